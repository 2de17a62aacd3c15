/**
 * The masterplan roadmap: a target per element for each year of a 5- or 10-year horizon, either
 * one final target with interpolated yearly steps (mode `final`) or typed year by year (mode
 * `yearly`). Every operation returns a new `Roadmap`; inputs are never mutated. Operations that
 * interpolate take the baseline `ScoreResult` (the scored assessment the plan belongs to) as
 * their last argument.
 */
import { elementOrder } from '../instrument/lookup';
import type { Instrument } from '../instrument/types';
import { bandOf } from '../scoring/bands';
import type { ElementResult, ScoreResult } from '../scoring/types';
import { interpolateTargets, roundTarget } from './target-values';
import type { ElementTargets, Horizon, Roadmap, TargetMode } from './types';

/** Element results of a score in instrument order. */
export function elementResultsOf(score: ScoreResult): readonly ElementResult[] {
  return score.dimensions.flatMap((d) => d.elements);
}

/** The unrounded baseline score of an element, or null (no score, or not in the baseline). */
export function baselineScoreOf(score: ScoreResult, elementId: string): number | null {
  return elementResultsOf(score).find((e) => e.elementId === elementId)?.score ?? null;
}

/**
 * Default targets of one element: final target = its maturity band + 1 (at most 5); an element
 * without a score starts from 0 with final target 1. Mode `final`, yearly steps interpolated.
 */
export function defaultElementTargets(current: number | null, horizon: Horizon): ElementTargets {
  const finalTarget = current === null ? 1 : Math.min(5, bandOf(current) + 1);
  return { mode: 'final', finalTarget, yearly: interpolateTargets(current ?? 0, finalTarget, horizon) };
}

/**
 * The roadmap a team starts from: first target year = `baselinePeriod + 1`, and for every element
 * of the instrument the default targets of {@link defaultElementTargets} from its baseline score.
 */
export function defaultRoadmap(instrument: Instrument, baseline: ScoreResult, baselinePeriod: number, horizon: Horizon): Roadmap {
  const elements = Object.fromEntries(
    elementOrder(instrument).map((e) => [e.id, defaultElementTargets(baselineScoreOf(baseline, e.id), horizon)]),
  );
  return { startYear: baselinePeriod + 1, horizon, elements };
}

function withElement(roadmap: Roadmap, elementId: string, targets: ElementTargets): Roadmap {
  return { ...roadmap, elements: { ...roadmap.elements, [elementId]: targets } };
}

function entryOf(roadmap: Roadmap, elementId: string): ElementTargets | undefined {
  return Object.hasOwn(roadmap.elements, elementId) ? roadmap.elements[elementId] : undefined;
}

/**
 * Sets an element's final target (rounded to a valid target: 0–5, one decimal) and re-interpolates
 * its yearly steps from the baseline score; the element's mode becomes `final`. Validate typed
 * input with `parseTargetInput` first. An element without an entry leaves the roadmap unchanged.
 */
export function setFinalTarget(roadmap: Roadmap, elementId: string, value: number, baseline: ScoreResult): Roadmap {
  if (!entryOf(roadmap, elementId)) return roadmap;
  const finalTarget = roundTarget(value);
  const yearly = interpolateTargets(baselineScoreOf(baseline, elementId) ?? 0, finalTarget, roadmap.horizon);
  return withElement(roadmap, elementId, { mode: 'final', finalTarget, yearly });
}

/**
 * Sets the target of one year (`yearIndex` 0 = `startYear`), rounded to a valid target; the
 * element's mode becomes `yearly` and its other years stay as they are (a dip or a plateau is the
 * team's call). `finalTarget` is kept so that switching back to `final` restores it. An unknown
 * element or a year outside the horizon leaves the roadmap unchanged.
 */
export function setYearlyTarget(roadmap: Roadmap, elementId: string, yearIndex: number, value: number): Roadmap {
  const entry = entryOf(roadmap, elementId);
  if (!entry || !Number.isInteger(yearIndex) || yearIndex < 0 || yearIndex >= roadmap.horizon) return roadmap;
  const yearly = entry.yearly.map((v, i) => (i === yearIndex ? roundTarget(value) : v));
  return withElement(roadmap, elementId, { ...entry, mode: 'yearly', yearly });
}

/**
 * Switches an element between `final` (yearly steps re-interpolated from the baseline to its kept
 * final target) and `yearly` (the current yearly values become editable as they are).
 */
export function setMode(roadmap: Roadmap, elementId: string, mode: TargetMode, baseline: ScoreResult): Roadmap {
  const entry = entryOf(roadmap, elementId);
  if (!entry || entry.mode === mode) return roadmap;
  if (mode === 'final') return setFinalTarget(roadmap, elementId, entry.finalTarget, baseline);
  return withElement(roadmap, elementId, { ...entry, mode });
}

/** Cuts a yearly list to `horizon` years, or extends it by holding its last value (0 when empty). */
export function fitToHorizon(yearly: readonly number[], horizon: number): number[] {
  const last = yearly[yearly.length - 1] ?? 0;
  return Array.from({ length: horizon }, (_, i) => yearly[i] ?? last);
}

/**
 * Changes the horizon (5 ↔ 10 years); the start year stays. Elements in mode `final` reach their
 * final target in the last year of the new horizon (steps re-interpolated: 10 → 5 makes them
 * steeper). Elements in mode `yearly` keep the years they have: 10 → 5 drops years 6–10, 5 → 10
 * holds the year-5 value for years 6–10, which the team then raises where it wants. The app never
 * invents a rise the team did not type.
 */
export function changeHorizon(roadmap: Roadmap, horizon: Horizon, baseline: ScoreResult): Roadmap {
  if (roadmap.horizon === horizon) return roadmap;
  const elements = Object.fromEntries(
    Object.entries(roadmap.elements).map(([id, entry]) => {
      const yearly =
        entry.mode === 'final'
          ? interpolateTargets(baselineScoreOf(baseline, id) ?? 0, entry.finalTarget, horizon)
          : fitToHorizon(entry.yearly, horizon);
      return [id, { ...entry, yearly }];
    }),
  );
  return { ...roadmap, horizon, elements };
}

function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Brings a stored roadmap in line with the baseline's current scores: re-interpolates the yearly
 * steps of every `final`-mode element (the baseline's answers may have changed since the targets
 * were set), resizes any yearly list whose length is not the horizon, and adds default targets
 * for elements of the baseline that have no entry. `yearly`-mode values are never changed.
 * Returns the same object when nothing changed, so a caller can skip a write.
 */
export function rebaseRoadmap(roadmap: Roadmap, baseline: ScoreResult): Roadmap {
  let changed = false;
  const elements: Record<string, ElementTargets> = { ...roadmap.elements };
  for (const e of elementResultsOf(baseline)) {
    const entry = entryOf(roadmap, e.elementId);
    let next: ElementTargets;
    if (!entry) next = defaultElementTargets(e.score, roadmap.horizon);
    else if (entry.mode === 'final') next = { ...entry, yearly: interpolateTargets(e.score ?? 0, entry.finalTarget, roadmap.horizon) };
    else next = { ...entry, yearly: fitToHorizon(entry.yearly, roadmap.horizon) };
    if (!entry || !sameValues(entry.yearly, next.yearly)) {
      elements[e.elementId] = next;
      changed = true;
    }
  }
  return changed ? { ...roadmap, elements } : roadmap;
}

/** The calendar years of a roadmap: `startYear … startYear + horizon − 1`. */
export function roadmapYears(roadmap: Pick<Roadmap, 'startYear' | 'horizon'>): number[] {
  return Array.from({ length: roadmap.horizon }, (_, i) => roadmap.startYear + i);
}
