/**
 * Views of the action plan (issue 16): the timeline grouped by dimension or OPD, what one OPD does
 * in a year, the per-element coverage warnings, and progress by status per year and per OPD.
 */
import { elementOrder } from '../instrument/lookup';
import type { Instrument } from '../instrument/types';
import { statusIn } from './actions';
import { compareOpdNames, opdKey } from './opd';
import { ACTION_STATUSES, type ActionStatus, type AssessmentPlan, type PlanAction } from './types';

/** An action runs in `year` (inclusive start–end). */
const runsIn = (action: PlanAction, year: number): boolean => year >= action.startYear && year <= action.endYear;

/** A group of timeline rows: a dimension id (`''` = lifts no element) or an OPD name. */
export interface TimelineGroup {
  readonly key: string;
  readonly actions: readonly PlanAction[];
}

/** Timeline order: start year, end year, then name. */
export const compareActions = (a: PlanAction, b: PlanAction): number => a.startYear - b.startYear || a.endYear - b.endYear || a.name.localeCompare(b.name, 'id');

/**
 * The timeline's rows grouped by the dimension of an action's first element (instrument order,
 * then actions without an element under `''`) or by responsible OPD (collation order); within a
 * group by start year, end year, then name.
 */
export function timelineGroups(instrument: Instrument, actions: readonly PlanAction[], by: 'dimension' | 'opd'): TimelineGroup[] {
  const dimensionOf = new Map(elementOrder(instrument).map((e) => [e.id, e.dimensionId as string]));
  const keyOf = (a: PlanAction) => (by === 'opd' ? a.opd : dimensionOf.get(a.lifts[0]?.elementId ?? '') ?? '');
  const groups = new Map<string, PlanAction[]>();
  for (const a of actions) {
    const key = by === 'opd' ? [...groups.keys()].find((k) => opdKey(k) === opdKey(a.opd)) ?? keyOf(a) : keyOf(a);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const order = instrument.dimensions.map((d) => d.id as string);
  const rank = (key: string) => (key === '' ? order.length : order.indexOf(key));
  return [...groups.entries()]
    .sort(([a], [b]) => (by === 'opd' ? compareOpdNames(a, b) : rank(a) - rank(b)))
    .map(([key, list]) => ({ key, actions: [...list].sort(compareActions) }));
}

/** An action of one OPD in one year, and whether the OPD leads it or supports it. */
export interface OpdYearAction {
  readonly action: PlanAction;
  readonly role: 'lead' | 'support';
  readonly status: ActionStatus;
}

/** What `opd` does in `year`: the actions it leads or supports that run that year, leads first. */
export function opdActionsInYear(actions: readonly PlanAction[], opd: string, year: number): OpdYearAction[] {
  const key = opdKey(opd);
  return actions
    .filter((a) => runsIn(a, year))
    .flatMap((a): OpdYearAction[] => {
      if (opdKey(a.opd) === key) return [{ action: a, role: 'lead', status: statusIn(a, year) }];
      if (a.supportingOpds.some((o) => opdKey(o) === key)) return [{ action: a, role: 'support', status: statusIn(a, year) }];
      return [];
    })
    .sort((a, b) => (a.role === b.role ? compareActions(a.action, b.action) : a.role === 'lead' ? -1 : 1));
}

/** The OPDs named in the action plan (responsible or supporting), once each, in collation order. */
export function actionOpds(actions: readonly PlanAction[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of actions.flatMap((a) => [a.opd, ...a.supportingOpds])) if (!byKey.has(opdKey(name))) byKey.set(opdKey(name), name);
  return [...byKey.values()].sort(compareOpdNames);
}

/** One element's target path beside the actions meant to lift it. */
export interface ElementCoverage {
  readonly elementId: string;
  /** Targets per roadmap year (null: the element has no target). */
  readonly targets: readonly number[] | null;
  readonly actions: readonly PlanAction[];
  /** Years whose target rises above the year before (the baseline score for the first year) with no action running that year. */
  readonly uncoveredYears: readonly number[];
}

export interface ActionCoverage {
  readonly elements: readonly ElementCoverage[];
  /** Actions that lift no element. */
  readonly withoutElement: readonly PlanAction[];
}

/**
 * Per element (instrument order): its targets, its actions, and the years where the target rises
 * with no action behind it (an action lifting the element that runs that year and is not
 * `dibatalkan` then). The first year rises when its target is above the recorded baseline score
 * (an element without one, or a roadmap without a baseline, compares the first year with nothing).
 */
export function actionCoverage(instrument: Instrument, plan: AssessmentPlan): ActionCoverage {
  const roadmap = plan.roadmap;
  const elements = elementOrder(instrument).map((e): ElementCoverage => {
    const actions = plan.actions.filter((a) => a.lifts.some((l) => l.elementId === e.id));
    const targets = roadmap?.elements[e.id]?.yearly ?? null;
    const baseline = roadmap?.baseline?.scores[e.id] ?? null;
    const uncoveredYears = (targets ?? []).flatMap((value, i) => {
      const before = i === 0 ? baseline : (targets?.[i - 1] ?? null);
      const year = (roadmap?.startYear ?? 0) + i;
      const rises = before !== null && value > before + 1e-9;
      const covered = actions.some((a) => runsIn(a, year) && statusIn(a, year) !== 'dibatalkan');
      return rises && !covered ? [year] : [];
    });
    return { elementId: e.id, targets, actions, uncoveredYears };
  });
  return { elements, withoutElement: plan.actions.filter((a) => a.lifts.length === 0) };
}

/** Counts of actions per status (every status present, 0 when none). */
export type StatusCounts = Readonly<Record<ActionStatus, number>>;

function countStatuses(items: readonly ActionStatus[]): StatusCounts {
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const s of items) counts[s] += 1;
  return counts;
}

/** Per year of `years`: the actions running that year, counted by their status in that year. */
export function progressByYear(actions: readonly PlanAction[], years: readonly number[]): { readonly year: number; readonly counts: StatusCounts }[] {
  return years.map((year) => ({ year, counts: countStatuses(actions.filter((a) => runsIn(a, year)).map((a) => statusIn(a, year))) }));
}

/** Per responsible OPD (collation order): its actions running in `year`, counted by status that year. */
export function progressByOpd(actions: readonly PlanAction[], year: number): { readonly opd: string; readonly counts: StatusCounts }[] {
  const running = actions.filter((a) => runsIn(a, year));
  return actionOpds(running.map((a) => ({ ...a, supportingOpds: [] }))).map((opd) => ({
    opd,
    counts: countStatuses(running.filter((a) => opdKey(a.opd) === opdKey(opd)).map((a) => statusIn(a, year))),
  }));
}
