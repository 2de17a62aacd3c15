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
 * Default targets of an element with score `current`: final target = its maturity band + 1 (at
 * most 5), mode `final`, yearly steps interpolated. An element without a score gets none.
 */
export function defaultElementTargets(current: number, horizon: Horizon): ElementTargets {
  const finalTarget = Math.min(5, bandOf(current) + 1);
  return { mode: 'final', finalTarget, yearly: interpolateTargets(current, finalTarget, horizon) };
}

/** The element scores of `score`, as a roadmap records them (null = no score). */
export function baselineScores(instrument: Instrument, score: ScoreResult): Record<string, number | null> {
  return Object.fromEntries(elementOrder(instrument).map((e) => [e.id, baselineScoreOf(score, e.id)]));
}

/**
 * The roadmap a team starts from: first target year = `baselinePeriod + 1`, default targets
 * ({@link defaultElementTargets}) for every element with a score, none for the others, and the
 * baseline scores recorded (decision `created` at `at`).
 */
export function defaultRoadmap(instrument: Instrument, baseline: ScoreResult, baselinePeriod: number, horizon: Horizon, at: string): Roadmap {
  const scores = baselineScores(instrument, baseline);
  const elements = Object.fromEntries(
    Object.entries(scores).flatMap(([id, score]) => (score === null ? [] : [[id, defaultElementTargets(score, horizon)]])),
  );
  return { startYear: baselinePeriod + 1, horizon, elements, baseline: { scores, decision: 'created', at } };
}

/**
 * The score an element's targets are interpolated from: the recorded baseline score (so a later
 * answer never moves targets silently), or `current`'s for a roadmap without a recorded baseline;
 * 0 without either.
 */
function startScoreOf(roadmap: Roadmap, elementId: string, current: ScoreResult): number {
  const recorded = roadmap.baseline?.scores;
  if (recorded && Object.hasOwn(recorded, elementId)) return recorded[elementId] ?? 0;
  return baselineScoreOf(current, elementId) ?? 0;
}

function withElement(roadmap: Roadmap, elementId: string, targets: ElementTargets): Roadmap {
  return { ...roadmap, elements: { ...roadmap.elements, [elementId]: targets } };
}

export function entryOf(roadmap: Roadmap, elementId: string): ElementTargets | undefined {
  return Object.hasOwn(roadmap.elements, elementId) ? roadmap.elements[elementId] : undefined;
}

/**
 * Sets an element's final target (rounded to a valid target: 0–5, one decimal) and re-interpolates
 * its yearly steps from the recorded baseline score ({@link startScoreOf}); the element's mode becomes `final`. Validate typed
 * input with `parseTargetInput` first. An element without an entry leaves the roadmap unchanged.
 */
export function setFinalTarget(roadmap: Roadmap, elementId: string, value: number, baseline: ScoreResult): Roadmap {
  if (!entryOf(roadmap, elementId)) return roadmap;
  const finalTarget = roundTarget(value);
  const yearly = interpolateTargets(startScoreOf(roadmap, elementId, baseline), finalTarget, roadmap.horizon);
  return withElement(roadmap, elementId, { mode: 'final', finalTarget, yearly });
}

/**
 * Sets the target of one year (`yearIndex` 0 = `startYear`), rounded to a valid target; the
 * element's mode becomes `yearly` and its other years stay as they are (a dip or a plateau is the
 * team's call). The final target follows the last year ({@link yearlyTargets}), so switching back
 * to `final` interpolates to what the years reach. An unknown element or a year outside the
 * horizon leaves the roadmap unchanged.
 */
export function setYearlyTarget(roadmap: Roadmap, elementId: string, yearIndex: number, value: number): Roadmap {
  const entry = entryOf(roadmap, elementId);
  if (!entry || !Number.isInteger(yearIndex) || yearIndex < 0 || yearIndex >= roadmap.horizon) return roadmap;
  return withElement(roadmap, elementId, yearlyTargets(entry.yearly.map((v, i) => (i === yearIndex ? roundTarget(value) : v))));
}

/** Year-by-year targets: the final target is the last year's. */
export function yearlyTargets(yearly: readonly number[]): ElementTargets {
  return { mode: 'yearly', finalTarget: yearly[yearly.length - 1] ?? 0, yearly };
}

/**
 * Switches an element between `final` (yearly steps re-interpolated from the baseline to its
 * final target) and `yearly` (the current yearly values become editable as they are).
 */
export function setMode(roadmap: Roadmap, elementId: string, mode: TargetMode, baseline: ScoreResult): Roadmap {
  const entry = entryOf(roadmap, elementId);
  if (!entry || entry.mode === mode) return roadmap;
  if (mode === 'final') return setFinalTarget(roadmap, elementId, entry.finalTarget, baseline);
  return withElement(roadmap, elementId, yearlyTargets(entry.yearly));
}

/** Cuts a yearly list to `horizon` years, or extends it by holding its last value (0 when empty). */
export function fitToHorizon(yearly: readonly number[], horizon: number): number[] {
  const last = yearly[yearly.length - 1] ?? 0;
  return Array.from({ length: horizon }, (_, i) => yearly[i] ?? last);
}

/**
 * Changes the horizon (5 ↔ 10 years); the start year stays. Elements in mode `final` reach their
 * final target in the last year of the new horizon (steps re-interpolated from the recorded
 * baseline, {@link startScoreOf}, so 5 → 10 → 5 gives back the same targets). Elements in mode
 * `yearly` keep the years they have: 10 → 5 drops years 6–10 (the final target follows the new
 * last year), 5 → 10 holds the year-5 value for years 6–10, which the team then raises where it
 * wants. The app never invents a rise the team did not type.
 */
export function changeHorizon(roadmap: Roadmap, horizon: Horizon, baseline: ScoreResult): Roadmap {
  if (roadmap.horizon === horizon) return roadmap;
  const elements = Object.fromEntries(
    Object.entries(roadmap.elements).map(([id, entry]) => {
      const next: ElementTargets =
        entry.mode === 'final'
          ? { ...entry, yearly: interpolateTargets(startScoreOf(roadmap, id, baseline), entry.finalTarget, horizon) }
          : yearlyTargets(fitToHorizon(entry.yearly, horizon));
      return [id, next];
    }),
  );
  return { ...roadmap, horizon, elements };
}

/** The calendar years of a roadmap: `startYear … startYear + horizon − 1`. */
export function roadmapYears(roadmap: Pick<Roadmap, 'startYear' | 'horizon'>): number[] {
  return Array.from({ length: roadmap.horizon }, (_, i) => roadmap.startYear + i);
}
