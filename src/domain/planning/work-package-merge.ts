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

export interface PackageDiffRow {
  readonly indicatorId: string;
  readonly elementId: string;
  /** The master copy's answer, if any. */
  readonly master?: Answer;
  /** The OPD's answer, if the package has one. */
  readonly returned?: Answer;
  /** The returned answer differs from the master's in at least one field. */
  readonly changed: boolean;
  readonly changedFields: readonly DiffField[];
  /**
   * The master's answer was changed after the package was exported (its `answeredAt` is later
   * than the package's `exportedAt`): accepting the OPD's answer would overwrite that newer edit.
   */
  readonly masterChangedSinceExport: boolean;
}

function changedFieldsOf(master: Answer, returned: Answer): DiffField[] {
  const fields: DiffField[] = [];
  if (master.level !== returned.level) fields.push('level');
  if ((master.naReason ?? '') !== (returned.naReason ?? '')) fields.push('naReason');
  if ((master.note ?? '') !== (returned.note ?? '')) fields.push('note');
  if (canonicalJson(master.evidence) !== canonicalJson(returned.evidence)) fields.push('evidence');
  return fields;
}

function isAfter(time: string | undefined, reference: string): boolean {
  if (time === undefined) return false;
  const [t, r] = [Date.parse(time), Date.parse(reference)];
  return Number.isFinite(t) && Number.isFinite(r) && t > r;
}

/**
 * One row per indicator of the package, in instrument order (ids the instrument lacks are
 * skipped), comparing the master's answer with the OPD's. A missing answer counts as empty
 * (`emptyAnswer`), so an empty returned answer against no master answer is unchanged, and an
 * indicator the OPD left out of its package is never a change (a merge never deletes). Unchanged
 * rows are included, flagged `changed: false`.
 */
export function diffWorkPackage(instrument: Instrument, master: AnswerMap, pkg: WorkPackage): PackageDiffRow[] {
  const inPackage = new Set(pkg.indicatorIds);
  return listIndicators(instrument)
    .filter((i) => inPackage.has(i.id))
    .map((i) => {
      const m = Object.hasOwn(master, i.id) ? master[i.id] : undefined;
      const r = Object.hasOwn(pkg.answers, i.id) ? pkg.answers[i.id] : undefined;
      const changedFields = r ? changedFieldsOf(m ?? emptyAnswer(i.id), r) : [];
      return {
        indicatorId: i.id,
        elementId: elementIdOf(i.id),
        ...(m ? { master: m } : {}),
        ...(r ? { returned: r } : {}),
        changed: changedFields.length > 0,
        changedFields,
        masterChangedSinceExport: isAfter(m?.answeredAt, pkg.exportedAt),
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
}

/**
 * Turns the coordinator's choices into writes: each changed row whose indicator id is in
 * `acceptedIds` becomes the OPD's answer with `provenance` {opd, packageId, answeredAt (the OPD's,
 * when known), mergedAt}; every other changed row is rejected and not written; unchanged rows are
 * never written. Write the answers and `markWorkPackageMerged(plan, packageId, mergedAt)` in one
 * transaction: the package counts as merged even when every change was rejected.
 */
export function mergeDecisions(rows: readonly PackageDiffRow[], acceptedIds: ReadonlySet<string>, options: MergeOptions): MergeResult {
  const answers: Answer[] = [];
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const row of rows) {
    if (!row.changed || !row.returned) continue;
    if (!acceptedIds.has(row.indicatorId)) {
      rejected.push(row.indicatorId);
      continue;
    }
    const r = row.returned;
    accepted.push(row.indicatorId);
    answers.push({
      ...r,
      provenance: {
        opd: options.opd,
        packageId: options.packageId,
        ...(r.answeredAt !== undefined ? { answeredAt: r.answeredAt } : {}),
        mergedAt: options.mergedAt,
      },
    });
  }
  return { answers, accepted, rejected };
}
