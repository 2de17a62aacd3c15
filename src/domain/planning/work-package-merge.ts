/**
 * The coordinator's side of a returned work package: is it for this assessment and still open
 * (`checkReturnedPackage`), what did the OPD change (`diffWorkPackage`), and which answers to
 * write after the coordinator accepted or rejected each change (`mergeDecisions`).
 */
import { emptyAnswer } from '../assessment/factory';
import type { Answer, AnswerMap, Assessment } from '../assessment/types';
import { canonicalJson } from '../exchange/canonical-json';
import { listIndicators } from '../instrument/lookup';
import type { Instrument } from '../instrument/types';
import { elementIdOf, opdKey } from './opd';
import type { PackageError } from './package-errors';
import type { AssessmentPlan, WorkPackageRecord } from './types';
import type { ReturnedWorkPackage, WorkPackage } from './work-package-format';

export type ReturnedPackageCheck =
  | { readonly ok: true; readonly pkg: ReturnedWorkPackage; readonly record: WorkPackageRecord }
  | { readonly ok: false; readonly error: PackageError };

function difference(a: readonly string[], b: ReadonlySet<string>): string[] {
  return a.filter((id) => !b.has(id));
}

/**
 * Checks a parsed package before it is shown as a diff against `target` (the open master
 * assessment and its plan). Refusals, in this order:
 * - `wrong_direction`: a package meant for an OPD (`to_opd`) imported as returned;
 * - `wrong_assessment`: its source assessment id, region code or period differ (both sides given);
 * - `instrument_mismatch`: answered under another instrument version;
 * - `assessment_final`: the master is final (reopen it as a draft first);
 * - `unknown_package`: no work package with this id (for this OPD) was exported from this plan;
 * - `already_merged`: its record already has `mergedAt`;
 * - `outside_assignment`: its indicator list differs from the record's, or it has answers for
 *   indicators outside it (the offending ids, sorted).
 */
export function checkReturnedPackage(pkg: WorkPackage, target: { readonly assessment: Assessment; readonly plan: AssessmentPlan }): ReturnedPackageCheck {
  const { assessment: a, plan } = target;
  if (pkg.direction !== 'to_coordinator') return { ok: false, error: { code: 'wrong_direction', direction: pkg.direction } };
  const s = pkg.source;
  if (s.assessmentId !== a.id || s.regionCode !== a.regionCode || s.period !== a.period) {
    return {
      ok: false,
      error: {
        code: 'wrong_assessment',
        file: { assessmentId: s.assessmentId, regionCode: s.regionCode, period: s.period, ...(s.regionName !== undefined ? { regionName: s.regionName } : {}) },
        target: { assessmentId: a.id, regionCode: a.regionCode, period: a.period },
      },
    };
  }
  if (s.instrumentVersion !== a.instrumentVersion) return { ok: false, error: { code: 'instrument_mismatch', file: s.instrumentVersion, target: a.instrumentVersion } };
  if (a.status === 'final') return { ok: false, error: { code: 'assessment_final' } };
  const record = plan.workPackages.find((r) => r.id === pkg.packageId && opdKey(r.opd) === opdKey(pkg.opd));
  if (!record) return { ok: false, error: { code: 'unknown_package', packageId: pkg.packageId } };
  if (record.mergedAt !== undefined) return { ok: false, error: { code: 'already_merged', mergedAt: record.mergedAt } };
  const assigned = new Set(record.indicatorIds);
  const outside = [...new Set([
    ...difference([...pkg.indicatorIds, ...Object.keys(pkg.answers)], assigned),
    ...difference(record.indicatorIds, new Set(pkg.indicatorIds)),
  ])].sort();
  if (outside.length > 0) return { ok: false, error: { code: 'outside_assignment', opd: record.opd, indicatorIds: outside } };
  return { ok: true, pkg, record };
}

/** The answer fields a diff compares (who and when are not content). */
export type DiffField = 'level' | 'naReason' | 'note' | 'evidence';

/**
 * What a row of a returned package is, comparing three versions of the answer: as exported (the
 * common ancestor), the OPD's, and the master's now.
 * - `none`: nothing to merge (the OPD and the master agree, or neither changed it);
 * - `opd`: only the OPD changed it: offered, ticked;
 * - `master`: only the master changed it since export ("tidak diubah OPD"): never offered;
 * - `both`: both changed the same fields differently: a conflict the coordinator decides.
 */
type DiffKind = 'none' | 'opd' | 'master' | 'both';

export interface PackageDiffRow {
  readonly indicatorId: string;
  readonly elementId: string;
  /** The master copy's answer now, if any. */
  readonly master?: Answer;
  /** The OPD's answer, if the package has one. */
  readonly returned?: Answer;
  /** The answer as it left in the package; undefined when not known (older records). */
  readonly exported?: Answer;
  readonly kind: DiffKind;
  /** The returned answer differs from the master's now (kind `opd` or `both`). */
  readonly changed: boolean;
  /** The fields the OPD changed (vs. the exported answer) whose value differs from the master's now. */
  readonly changedFields: readonly DiffField[];
  /** Of those, the fields the master changed too since export (kind `both`). */
  readonly conflictFields: readonly DiffField[];
  /**
   * The master's answer was changed after the package was exported (its `answeredAt` is later
   * than the package's `exportedAt`).
   */
  readonly masterChangedSinceExport: boolean;
}

const FIELDS: readonly DiffField[] = ['level', 'naReason', 'note', 'evidence'];

function fieldValue(a: Answer, field: DiffField): string {
  if (field === 'evidence') return canonicalJson(a.evidence);
  return String(a[field] ?? '');
}

function fieldsDiffering(a: Answer, b: Answer): DiffField[] {
  return FIELDS.filter((f) => fieldValue(a, f) !== fieldValue(b, f));
}

function isAfter(time: string | undefined, reference: string): boolean {
  if (time === undefined) return false;
  const [t, r] = [Date.parse(time), Date.parse(reference)];
  return Number.isFinite(t) && Number.isFinite(r) && t > r;
}

function kindOf(changed: readonly DiffField[], conflicts: readonly DiffField[], masterChanged: boolean): DiffKind {
  if (changed.length > 0) return conflicts.length > 0 ? 'both' : 'opd';
  return masterChanged ? 'master' : 'none';
}

/**
 * One row per indicator of the package, in instrument order (ids the instrument lacks are
 * skipped), merging three versions per field (level, NA reason, note, evidence): `exported` (what
 * left in the package: the plan record's `exportedAnswers`), the OPD's, and the master's now. A
 * field the OPD changed is offered when the master still has the exported value (or the OPD's
 * value), a conflict when the master changed it too; a field only the master changed stays.
 * Without `exported` (a package recorded before it was kept) the master's answer stands in for
 * it unless the master was edited after `exportedAt`, when every difference is a conflict.
 * A missing answer counts as empty (`emptyAnswer`), so an indicator the OPD left out of its
 * package is never a change (a merge never deletes).
 */
export function diffWorkPackage(instrument: Instrument, master: AnswerMap, pkg: WorkPackage, exported?: AnswerMap): PackageDiffRow[] {
  const inPackage = new Set(pkg.indicatorIds);
  const has = <T>(map: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);
  return listIndicators(instrument)
    .filter((i) => inPackage.has(i.id))
    .map((i) => {
      const m = has(master, i.id);
      const r = has(pkg.answers, i.id);
      const e = exported ? has(exported, i.id) : undefined;
      const masterChangedSinceExport = isAfter(m?.answeredAt, pkg.exportedAt);
      const mine = m ?? emptyAnswer(i.id);
      const base = exported ? (e ?? emptyAnswer(i.id)) : masterChangedSinceExport ? undefined : mine;
      const opdFields = r ? fieldsDiffering(base ?? mine, r) : [];
      const masterFields = base ? fieldsDiffering(base, mine) : r ? fieldsDiffering(mine, r) : [];
      const changedFields = r ? opdFields.filter((f) => fieldValue(mine, f) !== fieldValue(r, f)) : [];
      const conflictFields = changedFields.filter((f) => masterFields.includes(f));
      return {
        indicatorId: i.id,
        elementId: elementIdOf(i.id),
        ...(m ? { master: m } : {}),
        ...(r ? { returned: r } : {}),
        ...(e ? { exported: e } : {}),
        kind: kindOf(changedFields, conflictFields, masterFields.length > 0 && opdFields.length === 0),
        changed: changedFields.length > 0,
        changedFields,
        conflictFields,
        masterChangedSinceExport,
      };
    });
}

export interface MergeOptions {
  /** The OPD and package the accepted answers come from (recorded as their provenance). */
  readonly opd: string;
  readonly packageId: string;
  /** ISO timestamp of the merge. */
  readonly mergedAt: string;
}

export interface MergeResult {
  /** The answers to write to the master copy (accepted changes only). */
  readonly answers: readonly Answer[];
  /** Indicator ids whose change was accepted / rejected (changed rows only). */
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  /** Conflicts (kind `both`) without a decision: nothing may be written until this is empty. */
  readonly undecided: readonly string[];
}

/** The master's answer with the OPD's values of `fields`, and the OPD's who/when. */
function withOpdFields(row: PackageDiffRow, returned: Answer, options: MergeOptions): Answer {
  const base = row.master ?? emptyAnswer(row.indicatorId);
  const { naReason: _n, note: _o, provenance: _p, answeredBy: _b, answeredAt: _a, ...rest } = base;
  const pick = <K extends DiffField>(f: K): Answer[K] => (row.changedFields.includes(f) ? returned[f] : base[f]);
  const naReason = pick('naReason');
  const note = pick('note');
  return {
    ...rest,
    level: pick('level'),
    evidence: pick('evidence'),
    ...(naReason !== undefined ? { naReason } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(returned.answeredBy !== undefined ? { answeredBy: returned.answeredBy } : {}),
    ...(returned.answeredAt !== undefined ? { answeredAt: returned.answeredAt } : {}),
    provenance: {
      opd: options.opd,
      packageId: options.packageId,
      ...(returned.answeredAt !== undefined ? { answeredAt: returned.answeredAt } : {}),
      mergedAt: options.mergedAt,
    },
  };
}

/**
 * Turns the coordinator's decisions into writes. `decisions` maps an indicator id to true
 * (take the OPD's change) or false (keep the master's). A row of kind `opd` without a decision is
 * rejected (unticked); a conflict (`both`) without one is `undecided`. Rows of kind `none` and
 * `master` are never written, whatever `decisions` says. An accepted row writes the master's
 * answer with the OPD's values of exactly its `changedFields` (the fields the master changed
 * alone stay the master's), the OPD's `answeredBy`/`answeredAt`, and `provenance` {opd,
 * packageId, answeredAt (the OPD's, when known), mergedAt}. Write the answers and
 * `markWorkPackageMerged(plan, packageId, mergedAt)` in one transaction: the package counts as
 * merged even when every change was rejected.
 */
export function mergeDecisions(rows: readonly PackageDiffRow[], decisions: ReadonlyMap<string, boolean>, options: MergeOptions): MergeResult {
  const answers: Answer[] = [];
  const accepted: string[] = [];
  const rejected: string[] = [];
  const undecided: string[] = [];
  for (const row of rows) {
    if (!row.changed || !row.returned) continue;
    const decision = decisions.get(row.indicatorId);
    if (decision === undefined && row.kind === 'both') undecided.push(row.indicatorId);
    else if (decision !== true) rejected.push(row.indicatorId);
    else {
      accepted.push(row.indicatorId);
      answers.push(withOpdFields(row, row.returned, options));
    }
  }
  return { answers, accepted, rejected, undecided };
}
