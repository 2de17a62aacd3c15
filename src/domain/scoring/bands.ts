/**
 * Maturity bands and SPBE-style predicates (assessment-model.md §6.6). Both labels are applied to
 * the unrounded 0–5 score; rounding is for display only.
 */
import type { Band, Predicate } from './types';

/**
 * Absolute tolerance when comparing a score with a band or predicate edge.
 *
 * Scores are weighted means of integer levels, so a score that is mathematically exactly on an
 * edge (2.5) can come out of binary floating point a few ulps short (2.4999999999999996) and would
 * otherwise fall into the lower band. The rounding error of a few additions and one division is
 * around 1e-15, while a genuine score is never within 1e-9 of an edge without being on it (with
 * weights of ordinary size, means of 0–5 integers have small denominators). So "score ≥ edge −
 * 1e-9" means "score ≥ edge" for every score that is not a floating-point artefact.
 */
export const EDGE_TOLERANCE = 1e-9;

/**
 * Lower edges of bands 1–5 on the 0–5 scale (band 0 is everything below 0.5): the nearest level,
 * with halves rounded up. Ordered by ascending edge.
 */
export const BAND_EDGES = [
  { band: 1, from: 0.5 },
  { band: 2, from: 1.5 },
  { band: 3, from: 2.5 },
  { band: 4, from: 3.5 },
  { band: 5, from: 4.5 },
] as const satisfies readonly { readonly band: Band; readonly from: number }[];

/**
 * Lower edges of the predicates above `kurang` (SPBE analogue, "analogi predikat SPBE").
 * Ordered by ascending edge.
 */
export const PREDICATE_EDGES = [
  { predicate: 'cukup', from: 1.8 },
  { predicate: 'baik', from: 2.6 },
  { predicate: 'sangat_baik', from: 3.5 },
  { predicate: 'memuaskan', from: 4.2 },
] as const satisfies readonly { readonly predicate: Predicate; readonly from: number }[];

function reaches(score: number, edge: number): boolean {
  return score >= edge - EDGE_TOLERANCE;
}

/**
 * Maturity band of a 0–5 score: the nearest level (< 0.5 → 0, 0.5–< 1.5 → 1, …, ≥ 4.5 → 5).
 * Total: scores below 0 give 0, above 5 give 5, NaN gives 0.
 */
export function bandOf(score: number): Band {
  let band: Band = 0;
  for (const edge of BAND_EDGES) {
    if (reaches(score, edge.from)) band = edge.band;
  }
  return band;
}

/**
 * SPBE-style predicate of a 0–5 score: kurang < 1.8 ≤ cukup < 2.6 ≤ baik < 3.5 ≤ sangat_baik
 * < 4.2 ≤ memuaskan. An analogue only: SPBE's scale starts at 1, ours at 0. NaN gives `kurang`.
 */
export function predicateOf(score: number): Predicate {
  let predicate: Predicate = 'kurang';
  for (const edge of PREDICATE_EDGES) {
    if (reaches(score, edge.from)) predicate = edge.predicate;
  }
  return predicate;
}
