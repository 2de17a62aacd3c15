/**
 * The coordinator's review of a returned action-plan part (issue 16): which actions the OPD may
 * not touch (refused), what it proposed and changed per action, three ways like answers (exported
 * = base, the OPD's = theirs, the coordinator's plan now = ours), and the actions to write once
 * each change is accepted or rejected (docs/work-package-format.md "Action-plan part").
 */
import { canonicalJson } from '../exchange/canonical-json';
import { roleOf } from './action-package';
import { validateAction, type ActionContext } from './actions';
import { opdKey } from './opd';
import type { PackageError } from './package-errors';
import type { AssessmentPlan, PlanAction, WorkPackageRecord } from './types';
import type { ReturnedWorkPackage } from './work-package-format';

/** The action fields a review compares; `status:<year>` is that year's status and note. */
export type ActionDiffField =
  | 'name' | 'description' | 'supportingOpds' | 'lifts' | 'startYear' | 'endYear' | 'budgetNote' | 'outputIndicator' | 'quickWin' | 'dueDate'
  | `status:${number}`;

const SCALARS = ['name', 'description', 'supportingOpds', 'lifts', 'startYear', 'endYear', 'budgetNote', 'outputIndicator', 'quickWin', 'dueDate'] as const;
type Scalar = (typeof SCALARS)[number];

/**
 * - `new`: proposed by the OPD: offered, ticked;
 * - `opd`: only the OPD changed it since export: offered, ticked;
 * - `both`: the OPD and the coordinator changed the same fields differently: a conflict to decide;
 * - `coordinator`: only the coordinator changed it (or removed it) since export: never offered;
 * - `none`: nothing to merge.
 */
export type ActionDiffKind = 'new' | 'opd' | 'both' | 'coordinator' | 'none';

export interface ActionDiffRow {
  readonly actionId: string;
  readonly kind: ActionDiffKind;
  /** The OPD's version. */
  readonly theirs: PlanAction;
  /** The coordinator's action now; absent for a proposal or an action removed since export. */
  readonly ours?: PlanAction;
  /** The action as it left in the package; absent for a proposal or when not known (older records). */
  readonly base?: PlanAction;
  /** The fields the OPD changed (vs. the exported action) whose value differs from the coordinator's now. */
  readonly changedFields: readonly ActionDiffField[];
  /** Of those, the fields the coordinator changed too since export (kind `both`). */
  readonly conflictFields: readonly ActionDiffField[];
}

function values(a: PlanAction): Map<ActionDiffField, string> {
  const out = new Map<ActionDiffField, string>(SCALARS.map((f) => [f, canonicalJson(a[f] ?? null)]));
  for (const s of a.statuses) out.set(`status:${s.year}`, canonicalJson([s.status, s.note ?? null]));
  return out;
}

/** The fields whose values differ between `a` and `b` (scalars first, then statuses by year). */
function differing(a: PlanAction, b: PlanAction): ActionDiffField[] {
  const [x, y] = [values(a), values(b)];
  const fields = [...new Set([...x.keys(), ...y.keys()])];
  return fields.filter((f) => x.get(f) !== y.get(f)).sort((f, g) => rank(f) - rank(g));
}

function rank(f: ActionDiffField): number {
  const i = (SCALARS as readonly string[]).indexOf(f);
  return i >= 0 ? i : SCALARS.length + Number(f.slice('status:'.length));
}

const isAfter = (time: string, reference: string) => Date.parse(time) > Date.parse(reference);

/**
 * The ancestor of `id`: the exported action; for a record without exported actions (kept before
 * the part existed, or restored from a file), the coordinator's action if it was not edited after
 * the export (else none: every difference is then a conflict).
 */
function baseOf(id: string, record: WorkPackageRecord, ours: PlanAction | undefined): PlanAction | undefined {
  if (record.exportedActions) return record.exportedActions.find((a) => a.id === id);
  return ours && !isAfter(ours.updatedAt, record.exportedAt) ? ours : undefined;
}

function rowOf(theirs: PlanAction, record: WorkPackageRecord, ours: PlanAction | undefined): ActionDiffRow {
  const base = baseOf(theirs.id, record, ours);
  const common = { actionId: theirs.id, theirs, ...(ours ? { ours } : {}), ...(base ? { base } : {}) };
  if (!ours) return { ...common, kind: base ? 'coordinator' : 'new', changedFields: [], conflictFields: [] };
  const oursChanged = new Set(base ? differing(base, ours) : differing(theirs, ours));
  const changedFields = (base ? differing(base, theirs) : differing(theirs, ours)).filter((f) => values(theirs).get(f) !== values(ours).get(f));
  const conflictFields = changedFields.filter((f) => oursChanged.has(f));
  const kind: ActionDiffKind = changedFields.length > 0 ? (conflictFields.length > 0 ? 'both' : 'opd') : oursChanged.size > 0 ? 'coordinator' : 'none';
  return { ...common, kind, changedFields, conflictFields };
}

export type ReturnedActionsCheck =
  | { readonly ok: true; readonly rows: readonly ActionDiffRow[] }
  | { readonly ok: false; readonly error: PackageError };

/**
 * Checks a returned package's action part against the coordinator's `plan` and the package's
 * `record` (from `checkReturnedPackage`), and lists one row per returned action (in the file's
 * order). Refused:
 * - `other_opd_actions`: a returned action the OPD does not lead that differs from its exported
 *   version (statuses included), one of its actions handed to another OPD, a proposal for another
 *   OPD, or a proposal with the id of a coordinator's action it never received (names sorted);
 * - `invalid_action`: a proposed or changed action breaking `validateAction` against `ctx`.
 * Without exported actions (a record kept before the part existed, or restored from a file) an
 * action the OPD does not lead is never offered (kind `coordinator`), as the difference may be
 * the coordinator's own edit. An action the OPD left out is never removed. A package without the
 * part gives no rows.
 */
export function checkReturnedActions(pkg: ReturnedWorkPackage, record: WorkPackageRecord, plan: AssessmentPlan, ctx: ActionContext): ReturnedActionsCheck {
  const opd = pkg.opd;
  const oursById = new Map(plan.actions.map((a) => [a.id, a]));
  const offending = new Set<string>();
  const rows: ActionDiffRow[] = [];
  for (const theirs of pkg.actionPlan?.actions ?? []) {
    const ours = oursById.get(theirs.id);
    // Who owns it: the exported action; without exported actions, the coordinator's action.
    const owner = record.exportedActions ? record.exportedActions.find((a) => a.id === theirs.id) : ours;
    if (!record.exportedActions && owner && roleOf(owner, opd) !== 'lead') {
      // Without the exported version a difference may be the coordinator's own edit: never offered, not refused.
      rows.push({ actionId: theirs.id, kind: 'coordinator', theirs, ours: owner, changedFields: [], conflictFields: [] });
      continue;
    }
    const touched = owner ? differing(owner, theirs).length > 0 || owner.opd !== theirs.opd : true;
    const own = opdKey(theirs.opd) === opdKey(opd);
    const proposalClash = !owner && ours !== undefined;
    if ((owner && touched && (roleOf(owner, opd) !== 'lead' || !own)) || (!owner && !own) || proposalClash) offending.add(theirs.name);
    else if (touched && Object.keys(validateAction(theirs, ctx)).length > 0) return { ok: false, error: { code: 'invalid_action', action: theirs.name } };
    rows.push(rowOf(theirs, record, ours));
  }
  if (offending.size > 0) return { ok: false, error: { code: 'other_opd_actions', opd, actions: [...offending].sort() } };
  return { ok: true, rows };
}

export interface ActionMergeResult {
  /** The actions to put into the plan (accepted changes only). */
  readonly actions: readonly PlanAction[];
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  /** Conflicts without a decision: nothing may be written until this is empty. */
  readonly undecided: readonly string[];
}

/** The coordinator's action with the OPD's values of exactly `fields`, stamped `now`. */
function withTheirFields(ours: PlanAction, theirs: PlanAction, fields: readonly ActionDiffField[], now: string): PlanAction {
  const out: Record<string, unknown> = { ...ours };
  const statuses = new Map(ours.statuses.map((s) => [s.year, s]));
  for (const f of fields) {
    if (f.startsWith('status:')) {
      const year = Number(f.slice('status:'.length));
      const entry = theirs.statuses.find((s) => s.year === year);
      if (entry) statuses.set(year, entry);
      else statuses.delete(year);
    } else if (theirs[f as Scalar] === undefined) delete out[f];
    else out[f] = theirs[f as Scalar];
  }
  const merged = out as unknown as PlanAction;
  const kept = [...statuses.values()].filter((s) => s.year >= merged.startYear && s.year <= merged.endYear).sort((a, b) => a.year - b.year);
  return { ...merged, statuses: kept, updatedAt: now };
}

/**
 * Turns the coordinator's decisions (action id → true: take the OPD's change; false: keep the
 * plan's) into the actions to write. A proposal or OPD-only change without a decision is
 * rejected; a conflict without one is `undecided`. Rows of kind `none` and `coordinator` are never
 * written. An accepted proposal is stored as the OPD wrote it; an accepted change writes the
 * coordinator's action with the OPD's values of exactly its `changedFields`. Store the result with
 * the package marked merged, in one transaction.
 */
export function mergeActionDecisions(rows: readonly ActionDiffRow[], decisions: ReadonlyMap<string, boolean>, now: string): ActionMergeResult {
  const actions: PlanAction[] = [];
  const accepted: string[] = [];
  const rejected: string[] = [];
  const undecided: string[] = [];
  for (const row of rows) {
    if (row.kind === 'none' || row.kind === 'coordinator') continue;
    const decision = decisions.get(row.actionId);
    if (decision === undefined && row.kind === 'both') undecided.push(row.actionId);
    else if (decision !== true) rejected.push(row.actionId);
    else {
      accepted.push(row.actionId);
      actions.push(row.ours ? withTheirFields(row.ours, row.theirs, row.changedFields, now) : row.theirs);
    }
  }
  return { actions, accepted, rejected, undecided };
}
