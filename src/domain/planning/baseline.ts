/**
 * The baseline a roadmap knows: which element scores moved since the targets were made
 * (`baselineChanges`), and the two answers to that: recompute the final-mode targets from
 * today's scores (`rebaseRoadmap`, never going backwards) or keep the targets as set
 * (`keepTargets`). Both record today's scores and the decision (docs/scoring.md "Baseline").
 */
import type { Instrument } from '../instrument/types';
import { EDGE_TOLERANCE } from '../scoring/bands';
import type { ScoreResult } from '../scoring/types';
import { baselineScores, defaultElementTargets, entryOf, fitToHorizon, yearlyTargets } from './roadmap';
import { interpolateTargets, TARGET_MAX } from './target-values';
import type { BaselineDecision, ElementTargets, Roadmap } from './types';

export interface BaselineChange {
  readonly elementId: string;
  /** The recorded score (null: none then); undefined when the roadmap has no recorded baseline. */
  readonly recorded: number | null | undefined;
  /** Today's score (null: none). */
  readonly current: number | null;
}

function differs(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a !== b : Math.abs(a - b) > EDGE_TOLERANCE;
}

/**
 * The elements whose score today differs from the recorded baseline, in instrument order. For a
 * roadmap without a recorded baseline (made before it was kept) every element is listed, with
 * `recorded` undefined. Empty = the targets are made from today's scores.
 */
export function baselineChanges(instrument: Instrument, roadmap: Roadmap, score: ScoreResult): BaselineChange[] {
  const today = baselineScores(instrument, score);
  const recorded = roadmap.baseline?.scores;
  return Object.entries(today).flatMap(([elementId, current]): BaselineChange[] => {
    if (!recorded) return [{ elementId, recorded: undefined, current }];
    const was = Object.hasOwn(recorded, elementId) ? (recorded[elementId] ?? null) : null;
    return differs(was, current) ? [{ elementId, recorded: was, current }] : [];
  });
}

/** The smallest valid target (one decimal) at or above `score`, at most 5. */
function ceilTarget(score: number): number {
  return Math.min(TARGET_MAX, Math.ceil(score * 10 - EDGE_TOLERANCE * 10) / 10);
}

function adopt(
  instrument: Instrument,
  roadmap: Roadmap,
  score: ScoreResult,
  decision: BaselineDecision,
  at: string,
  next: (entry: ElementTargets, current: number) => ElementTargets,
): Roadmap {
  const scores = baselineScores(instrument, score);
  const elements: Record<string, ElementTargets> = { ...roadmap.elements };
  for (const [id, current] of Object.entries(scores)) {
    const entry = entryOf(roadmap, id);
    if (current === null) continue;
    elements[id] = entry ? next(entry, current) : defaultElementTargets(current, roadmap.horizon);
  }
  return { ...roadmap, elements, baseline: { scores, decision, at } };
}

/**
 * Recomputes the targets from today's scores E: every `final`-mode element with a score gets
 * final target F′ = max(F, ⌈E⌉₁) (a roadmap never goes backwards: F′ is never below today's
 * score) and yearly steps re-interpolated from E to F′; an element that gained a score gets its
 * default targets; `yearly`-mode values and elements without a score are left as they are (a
 * yearly list is only resized to the horizon). Records today's scores, decision `recomputed`.
 */
export function rebaseRoadmap(instrument: Instrument, roadmap: Roadmap, score: ScoreResult, at: string): Roadmap {
  return adopt(instrument, roadmap, score, 'recomputed', at, (entry, current) => {
    if (entry.mode === 'yearly') return yearlyTargets(fitToHorizon(entry.yearly, roadmap.horizon));
    const finalTarget = Math.max(entry.finalTarget, ceilTarget(current));
    return { mode: 'final', finalTarget, yearly: interpolateTargets(current, finalTarget, roadmap.horizon) };
  });
}

/**
 * Keeps every target as set and records today's scores as the baseline (decision `kept`), so
 * the notice goes away; an element that gained a score and has no target yet gets its default
 * targets (there is nothing to keep). A target left below today's score stays flagged.
 */
export function keepTargets(instrument: Instrument, roadmap: Roadmap, score: ScoreResult, at: string): Roadmap {
  return adopt(instrument, roadmap, score, 'kept', at, (entry) => entry);
}
