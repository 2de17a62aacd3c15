/**
 * The action plan (issue 16): checking, building and editing `PlanAction`s. Pure; ids and
 * timestamps come from the caller. Quick wins are actions flagged `quickWin` (plan.ts).
 */
import { LIMITS } from '../assessment/validation';
import { elementOrder, listIndicators } from '../instrument/lookup';
import type { Instrument } from '../instrument/types';
import { normalizeOpdName, opdKey } from './opd';
import { OPD_NAME_MAX, type PlanFieldError } from './plan';
import { roundTarget } from './target-values';
import type { ActionLift, ActionSource, ActionStatus, ActionYearStatus, AssessmentPlan, PlanAction } from './types';

/** Longest action name accepted. */
export const ACTION_NAME_MAX = 200;
/** Longest budget note accepted ("APBD 2027, ± Rp 250 juta"). */
export const ACTION_BUDGET_MAX = 200;
/** Longest output indicator accepted. */
export const ACTION_OUTPUT_MAX = 300;
/** Longest note of a year's status. */
export const ACTION_STATUS_NOTE_MAX = 500;
/** Most supporting OPDs per action. */
export const ACTION_SUPPORTING_MAX = 20;

/** The years actions may run in (inclusive). */
export interface ActionYearRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The years of the roadmap horizon, or — before a roadmap exists — the longest horizon after the
 * baseline period (period + 1 … period + 10).
 */
export function actionYearRange(plan: AssessmentPlan | null, period: number): ActionYearRange {
  const roadmap = plan?.roadmap;
  return roadmap ? { first: roadmap.startYear, last: roadmap.startYear + roadmap.horizon - 1 } : { first: period + 1, last: period + 10 };
}

/** The action form's values. */
export interface ActionValues {
  readonly name: string;
  readonly description?: string;
  readonly opd: string;
  readonly supportingOpds?: readonly string[];
  readonly lifts: readonly ActionLift[];
  readonly startYear: number;
  readonly endYear: number;
  readonly budgetNote?: string;
  readonly outputIndicator?: string;
  readonly quickWin?: boolean;
  readonly dueDate?: string;
  readonly source?: ActionSource;
}

export type ActionFieldError = PlanFieldError | 'year_range' | 'end_before_start' | 'unknown_element' | 'too_many';
export type ActionErrors = Partial<Record<'name' | 'description' | 'opd' | 'supportingOpds' | 'lifts' | 'startYear' | 'endYear' | 'budgetNote' | 'outputIndicator', ActionFieldError>>;

/** What an action is checked against: the horizon and the instrument's element and indicator ids. */
export interface ActionContext {
  readonly years: ActionYearRange;
  readonly elementIds: ReadonlySet<string>;
  readonly indicatorIds: ReadonlySet<string>;
}

/** The context actions of `instrument` are checked in, for the years `years`. */
export function actionContextOf(instrument: Instrument, years: ActionYearRange): ActionContext {
  return { years, elementIds: new Set(elementOrder(instrument).map((e) => e.id)), indicatorIds: new Set(listIndicators(instrument).map((i) => i.id)) };
}

const tooLong = (text: string | undefined, max: number) => (text ?? '').trim().length > max;
const inRange = (year: number, r: ActionYearRange) => Number.isInteger(year) && year >= r.first && year <= r.last;

function checkLift(lift: ActionLift, ctx: ActionContext): boolean {
  return ctx.elementIds.has(lift.elementId) && (lift.indicatorIds ?? []).every((i) => ctx.indicatorIds.has(i) && i.startsWith(`${lift.elementId}.`));
}

/**
 * Checks an action: name and responsible OPD required (≤ their limits), years integers within the
 * horizon and end ≥ start, every element and indicator id known to the instrument, texts within
 * their limits. Empty object = valid. An action lifting no element is allowed (the views warn).
 */
export function validateAction(values: ActionValues, ctx: ActionContext): ActionErrors {
  const errors: { -readonly [K in keyof ActionErrors]: ActionErrors[K] } = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'required';
  else if (name.length > ACTION_NAME_MAX) errors.name = 'too_long';
  const opd = normalizeOpdName(values.opd);
  if (opd === '') errors.opd = 'required';
  else if (opd.length > OPD_NAME_MAX) errors.opd = 'too_long';
  const supporting = values.supportingOpds ?? [];
  if (supporting.length > ACTION_SUPPORTING_MAX) errors.supportingOpds = 'too_many';
  else if (supporting.some((o) => normalizeOpdName(o).length > OPD_NAME_MAX)) errors.supportingOpds = 'too_long';
  if (!inRange(values.startYear, ctx.years)) errors.startYear = 'year_range';
  if (!inRange(values.endYear, ctx.years)) errors.endYear = 'year_range';
  else if (errors.startYear === undefined && values.endYear < values.startYear) errors.endYear = 'end_before_start';
  if (!values.lifts.every((l) => checkLift(l, ctx))) errors.lifts = 'unknown_element';
  if (tooLong(values.description, LIMITS.noteMax)) errors.description = 'too_long';
  if (tooLong(values.budgetNote, ACTION_BUDGET_MAX)) errors.budgetNote = 'too_long';
  if (tooLong(values.outputIndicator, ACTION_OUTPUT_MAX)) errors.outputIndicator = 'too_long';
  return errors;
}

/** `{ key: trimmed }` when the trimmed text is non-blank, else `{}`. */
function optionalText<K extends string>(key: K, text: string | undefined): Partial<Record<K, string>> {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

function normalizeLift(lift: ActionLift): ActionLift {
  const ids = [...new Set(lift.indicatorIds ?? [])];
  return {
    elementId: lift.elementId,
    ...(ids.length > 0 ? { indicatorIds: ids } : {}),
    ...(lift.raiseBy !== undefined ? { raiseBy: roundTarget(lift.raiseBy) } : {}),
  };
}

/**
 * Builds the action to store from checked values (see {@link validateAction}): texts trimmed,
 * blank optionals omitted, OPD names normalised, supporting OPDs without duplicates or the
 * responsible OPD, one lift per element. `previous` (an edit) keeps its statuses and creation time.
 */
export function buildAction(values: ActionValues, id: string, now: string, previous?: PlanAction): PlanAction {
  const opd = normalizeOpdName(values.opd);
  const seen = new Set([opdKey(opd)]);
  const supportingOpds = (values.supportingOpds ?? []).map(normalizeOpdName).filter((o) => {
    const key = opdKey(o);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lifts = [...new Map(values.lifts.map((l) => [l.elementId, normalizeLift(l)])).values()];
  return {
    id,
    name: values.name.trim(),
    ...optionalText('description', values.description),
    opd,
    supportingOpds,
    lifts,
    startYear: values.startYear,
    endYear: values.endYear,
    ...optionalText('budgetNote', values.budgetNote),
    ...optionalText('outputIndicator', values.outputIndicator),
    statuses: previous ? previous.statuses.filter((s) => !statusesOutside(previous, values.startYear, values.endYear).includes(s)) : [],
    quickWin: values.quickWin ?? false,
    ...optionalText('dueDate', values.dueDate),
    ...(values.source ? { source: values.source } : {}),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Adds an action, or replaces the one with the same id (keeping its position). */
export function putAction(plan: AssessmentPlan, action: PlanAction): AssessmentPlan {
  const exists = plan.actions.some((a) => a.id === action.id);
  return { ...plan, actions: exists ? plan.actions.map((a) => (a.id === action.id ? action : a)) : [...plan.actions, action] };
}

/**
 * The recorded statuses of `action` outside `startYear`–`endYear`: what an edit to those years
 * drops (`buildAction` keeps only the statuses within the action's years), so the form can say so.
 */
export function statusesOutside(action: PlanAction, startYear: number, endYear: number): ActionYearStatus[] {
  return action.statuses.filter((s) => s.year < startYear || s.year > endYear);
}

/** The plan without the action `actionId` (its statuses go with it; a quick win leaves the quick-win list). */
export function removeAction(plan: AssessmentPlan, actionId: string): AssessmentPlan {
  return { ...plan, actions: plan.actions.filter((a) => a.id !== actionId) };
}

/**
 * Sets the status of an action in one year (with an optional short note, trimmed, blank omitted).
 * Unchanged when the action is absent or the year is outside its start–end years. The note is cut to
 * {@link ACTION_STATUS_NOTE_MAX} characters.
 */
export function setActionStatus(plan: AssessmentPlan, actionId: string, year: number, status: ActionStatus, note: string, now: string): AssessmentPlan {
  const action = plan.actions.find((a) => a.id === actionId);
  if (!action || year < action.startYear || year > action.endYear) return plan;
  const entry = { year, status, ...optionalText('note', note.slice(0, ACTION_STATUS_NOTE_MAX)), at: now };
  const statuses = [...action.statuses.filter((s) => s.year !== year), entry].sort((a, b) => a.year - b.year);
  return putAction(plan, { ...action, statuses, updatedAt: now });
}

/** The status of an action in a year: its entry, else `direncanakan`. */
export function statusIn(action: PlanAction, year: number): ActionStatus {
  return action.statuses.find((s) => s.year === year)?.status ?? 'direncanakan';
}
