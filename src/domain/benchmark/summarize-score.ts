/** Reduces a full ScoreResult to the compact vector benchmarking (and the home list) keeps per assessment. */
import type { DimensionId } from '../instrument/types';
import type { ScoreResult } from '../scoring/types';
import type { ScoreSummary } from './types';

/** A record with one value per dimension, built from `valueOf`. */
export function dimensionRecord<T>(valueOf: (id: DimensionId) => T): Record<DimensionId, T> {
  return {
    GOV: valueOf('GOV'),
    BRD: valueOf('BRD'),
    ECO: valueOf('ECO'),
    LIV: valueOf('LIV'),
    SOC: valueOf('SOC'),
    ENV: valueOf('ENV'),
  };
}

/**
 * The index, the six dimension scores and the 18 element scores of `score` (0–5, unrounded).
 * Only valid scores are kept: an invalid element or dimension becomes null, as in the index. Also
 * whether the index is final-eligible, and the answer coverage.
 */
export function summarizeScore(score: ScoreResult): ScoreSummary {
  const elements: Record<string, number | null> = {};
  for (const d of score.dimensions) {
    for (const e of d.elements) elements[e.elementId] = e.isValid ? e.score : null;
  }
  const dimensions = dimensionRecord((id) => score.dimensions.find((d) => d.dimensionId === id)?.score ?? null);
  return { index: score.index, dimensions, elements, isFinalEligible: score.isFinalEligible, coverage: score.coverage };
}
