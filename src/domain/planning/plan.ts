/**
 * Pure edits of an `AssessmentPlan` (roadmap, chosen quick wins, OPD assignments, work-package
 * records). Each returns a new plan; the input is never mutated. `updatedAt` is left as it is:
 * the caller stamps it when it stores the plan (state/plan-store does).
 */
import { checkIsoDate, LIMITS } from '../assessment/validation';
import { normalizeOpdName } from './opd';
import type { AssessmentPlan, ChosenQuickWin, Roadmap, WorkPackageRecord } from './types';

/** Longest OPD name accepted (the same limit as an evidence item's `ownerOpd`). */
export const OPD_NAME_MAX = LIMITS.evidenceOwnerMax;
/** Longest quick-win note accepted (the same limit as an answer's note). */
export const QUICK_WIN_NOTE_MAX = LIMITS.noteMax;

/** The plan of an assessment before anything was planned. */
export function emptyPlan(assessmentId: string, now: string): AssessmentPlan {
  return { assessmentId, quickWins: [], assignments: {}, workPackages: [], updatedAt: now };
}

/** Stores a roadmap, or removes it with `null` (the team starts over from the defaults). */
export function setRoadmap(plan: AssessmentPlan, roadmap: Roadmap | null): AssessmentPlan {
  const { roadmap: _old, ...rest } = plan;
  return roadmap === null ? rest : { ...rest, roadmap };
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

/**
 * Chooses an element as a quick win, or updates the choice (one per element: an update keeps the
 * original `chosenAt` and position). Texts are normalised and a blank note is omitted. Check the
 * values with {@link validateQuickWin} first; this function stores what it is given.
 */
export function chooseQuickWin(plan: AssessmentPlan, quickWin: ChosenQuickWin): AssessmentPlan {
  const previous = plan.quickWins.find((q) => q.elementId === quickWin.elementId);
  const note = quickWin.note?.trim() ?? '';
  const stored: ChosenQuickWin = {
    elementId: quickWin.elementId,
    ownerOpd: normalizeOpdName(quickWin.ownerOpd),
    dueDate: quickWin.dueDate.trim(),
    ...(note !== '' ? { note } : {}),
    chosenAt: previous?.chosenAt ?? quickWin.chosenAt,
  };
  const quickWins = previous
    ? plan.quickWins.map((q) => (q.elementId === quickWin.elementId ? stored : q))
    : [...plan.quickWins, stored];
  return { ...plan, quickWins };
}

/** Removes the quick win of an element (no change when it was not chosen). */
export function removeQuickWin(plan: AssessmentPlan, elementId: string): AssessmentPlan {
  return { ...plan, quickWins: plan.quickWins.filter((q) => q.elementId !== elementId) };
}
