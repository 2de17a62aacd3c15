/**
 * Pure edits of an `AssessmentPlan` (roadmap, chosen quick wins, OPD assignments, work-package
 * records). Each returns a new plan; the input is never mutated. `updatedAt` is left as it is:
 * the caller stamps it when it stores the plan (state/plan-store does).
 */
import { checkIsoDate, LIMITS } from '../assessment/validation';
import { normalizeOpdName } from './opd';
import type { AssessmentPlan, ChosenQuickWin, PlanAction, WorkPackageRecord } from './types';

/** Longest OPD name accepted (the same limit as an evidence item's `ownerOpd`). */
export const OPD_NAME_MAX = LIMITS.evidenceOwnerMax;
/** Longest quick-win note accepted (the same limit as an answer's note). */
export const QUICK_WIN_NOTE_MAX = LIMITS.noteMax;

/** The plan of an assessment before anything was planned. */
export function emptyPlan(assessmentId: string, now: string): AssessmentPlan {
  return { assessmentId, actions: [], assignments: {}, workPackages: [], updatedAt: now };
}

/**
 * Sets the OPD of an element (`GOV.1`) or indicator (`GOV.1.1`); the name is normalised
 * (trimmed, single spaces) and a blank name removes the entry (an indicator then falls back to
 * its element's OPD). Check the length with {@link validateOpdName} first.
 */
export function setAssignment(plan: AssessmentPlan, key: string, opd: string): AssessmentPlan {
  const name = normalizeOpdName(opd);
  const { [key]: _old, ...rest } = plan.assignments;
  return { ...plan, assignments: name === '' ? rest : { ...rest, [key]: name } };
}

/** Why a planning form field is refused; the UI maps each code to a message. */
export type PlanFieldError = 'required' | 'too_long' | 'date_invalid';

/** Checks an OPD name typed in an assignment field: undefined when acceptable (blank clears). */
export function validateOpdName(opd: string): PlanFieldError | undefined {
  return normalizeOpdName(opd).length > OPD_NAME_MAX ? 'too_long' : undefined;
}

/** Adds a work-package record, or replaces the one with the same id. */
export function recordWorkPackage(plan: AssessmentPlan, record: WorkPackageRecord): AssessmentPlan {
  const exists = plan.workPackages.some((r) => r.id === record.id);
  const workPackages = exists ? plan.workPackages.map((r) => (r.id === record.id ? record : r)) : [...plan.workPackages, record];
  return { ...plan, workPackages };
}

/**
 * Marks work package `packageId` merged at `mergedAt` (a second import of it is then refused as
 * `already_merged`). Unchanged when the plan has no such record.
 */
export function markWorkPackageMerged(plan: AssessmentPlan, packageId: string, mergedAt: string): AssessmentPlan {
  if (!plan.workPackages.some((r) => r.id === packageId)) return plan;
  return { ...plan, workPackages: plan.workPackages.map((r) => (r.id === packageId ? { ...r, mergedAt } : r)) };
}

/** The quick-win form's values. */
export interface QuickWinValues {
  readonly ownerOpd: string;
  /** YYYY-MM-DD (what `<input type="date">` gives). */
  readonly dueDate: string;
  readonly note?: string;
}

export type QuickWinErrors = Partial<Record<keyof QuickWinValues, PlanFieldError>>;

/**
 * Checks a quick-win form: owner OPD required and ≤ {@link OPD_NAME_MAX} characters, due date
 * required and a real calendar date YYYY-MM-DD, note ≤ {@link QUICK_WIN_NOTE_MAX} characters.
 * Empty object = valid. A past due date is accepted (a plan may be written down late).
 */
export function validateQuickWin(values: QuickWinValues): QuickWinErrors {
  const errors: { -readonly [K in keyof QuickWinErrors]: QuickWinErrors[K] } = {};
  const opd = normalizeOpdName(values.ownerOpd);
  if (opd === '') errors.ownerOpd = 'required';
  else if (opd.length > OPD_NAME_MAX) errors.ownerOpd = 'too_long';
  if (values.dueDate.trim() === '') errors.dueDate = 'required';
  else if (checkIsoDate(values.dueDate)) errors.dueDate = 'date_invalid';
  if ((values.note ?? '').trim().length > QUICK_WIN_NOTE_MAX) errors.note = 'too_long';
  return errors;
}

/** The id of the quick-win action chosen for an element from the suggestions. */
export const quickWinActionId = (elementId: string): string => `qw-${elementId}`;

/** The year of a YYYY-MM-DD date. */
const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * The quick win of an element as an action (plan record version 3): named "Quick win <element>",
 * running in the due date's year, lifting that element. Used by {@link chooseQuickWin} and by the
 * plan migration that turns version-2 quick wins into actions.
 */
export function quickWinAction(quickWin: Omit<ChosenQuickWin, 'note'> & { readonly note?: string | undefined }, previous?: PlanAction): PlanAction {
  const note = quickWin.note?.trim() ?? '';
  const year = yearOf(quickWin.dueDate.trim());
  const { description: _oldNote, ...kept } = previous ?? {};
  return {
    ...kept,
    id: quickWinActionId(quickWin.elementId),
    name: previous?.name ?? `Quick win ${quickWin.elementId}`,
    ...(note !== '' ? { description: note } : {}),
    opd: normalizeOpdName(quickWin.ownerOpd),
    supportingOpds: previous?.supportingOpds ?? [],
    lifts: previous?.lifts ?? [{ elementId: quickWin.elementId }],
    startYear: year,
    endYear: year,
    statuses: (previous?.statuses ?? []).filter((s) => s.year === year),
    quickWin: true,
    dueDate: quickWin.dueDate.trim(),
    createdAt: previous?.createdAt ?? quickWin.chosenAt,
    updatedAt: quickWin.chosenAt,
  };
}

/**
 * Chooses an element as a quick win, or updates the choice (one per element: an update keeps the
 * action's creation time, statuses and position). Texts are normalised and a blank note is
 * omitted. Check the values with {@link validateQuickWin} first; this function stores what it is given.
 */
export function chooseQuickWin(plan: AssessmentPlan, quickWin: ChosenQuickWin): AssessmentPlan {
  const id = quickWinActionId(quickWin.elementId);
  const previous = plan.actions.find((a) => a.id === id);
  const stored = quickWinAction(quickWin, previous);
  const actions = previous ? plan.actions.map((a) => (a.id === id ? stored : a)) : [...plan.actions, stored];
  return { ...plan, actions };
}

/** Removes the quick win chosen for an element (no change when it was not chosen). */
export function removeQuickWin(plan: AssessmentPlan, elementId: string): AssessmentPlan {
  const id = quickWinActionId(elementId);
  return { ...plan, actions: plan.actions.filter((a) => a.id !== id) };
}

/**
 * The plan's quick wins as the quick-win list and the report show them: every action flagged
 * `quickWin` that lifts an element, with its first element, OPD, due date (else 31 December of
 * its end year) and description as the note.
 */
export function quickWinsOf(plan: AssessmentPlan): ChosenQuickWin[] {
  return plan.actions.flatMap((a) => {
    const first = a.lifts[0];
    if (!a.quickWin || first === undefined) return [];
    return [{
      elementId: first.elementId,
      ownerOpd: a.opd,
      dueDate: a.dueDate ?? `${a.endYear}-12-31`,
      ...(a.description !== undefined ? { note: a.description } : {}),
      chosenAt: a.createdAt,
    }];
  });
}
