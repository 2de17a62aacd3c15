/**
 * The informational `scores` block of an exported assessment, taken from a freshly computed
 * `ScoreResult`. Rounded to `SCORE_DECIMALS` so the file stays small and readable; an importing
 * app never reads it back (it recomputes from the answers).
 */
import type { DimensionId } from '../instrument/types';
import type { ScoreResult } from '../scoring/types';
import type { ExportedScores } from './format';
import { SCORE_DECIMALS } from './format';

/** Rounds to `decimals` decimals (half away from zero); null stays null. */
export function roundScore(value: number | null, decimals = SCORE_DECIMALS): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Builds the exported `scores` block: index, conservative index, coverage, 6 dimensions, 18 elements. */
export function summarizeScores(score: ScoreResult): ExportedScores {
  const dimensions = Object.fromEntries(score.dimensions.map((d) => [d.dimensionId, roundScore(d.score)])) as Record<
    DimensionId,
    number | null
  >;
  const elements = Object.fromEntries(
    score.dimensions.flatMap((d) => d.elements.map((e) => [e.elementId, roundScore(e.score)] as const)),
  );
  return {
    index: roundScore(score.index),
    conservative: roundScore(score.conservative),
    coverage: roundScore(score.coverage) ?? 0,
    isFinalEligible: score.isFinalEligible,
    dimensions,
    elements,
  };
}
