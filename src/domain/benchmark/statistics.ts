/**
 * Descriptive statistics for peer groups ("Benchmarking methods": competition ranks, percentile
 * ranks, median and quartiles). Pure functions over plain numbers; no input is mutated.
 *
 * Ties: scores are means of integer levels and can differ in the last bits depending on how they
 * were summed, so two scores closer than `TIE_EPSILON` count as equal everywhere in this module.
 */
import type { MetricKey, MetricStats } from './types';
import { MIN_PEERS_FOR_RANK } from './types';

/** Scores closer than this are ties (far below the 0.01 display precision). */
export const TIE_EPSILON = 1e-9;

function compareScores(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= TIE_EPSILON ? 0 : d;
}

/** Returns a sorted copy, lowest first. */
export function sortAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * Quantile of `sorted` (ascending) by linear interpolation between order statistics, R's
 * `quantile(type = 7)` (also numpy's default and Excel's QUARTILE.INC): with h = (n − 1)·p,
 * Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on 0-based indices. For n = 1 every quantile
 * is the single value. Returns null for an empty list. `p` is clamped to [0, 1].
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, n - 1)] ?? below;
  return below + (h - lo) * (above - below);
}

/**
 * Competition rank ("1, 2, 2, 4") of `value` among `values` (which should include it), highest
 * score = rank 1: rank = 1 + number of values strictly greater. Tied values share the rank and
 * the next rank skips accordingly.
 */
export function competitionRank(values: readonly number[], value: number): number {
  let greater = 0;
  for (const v of values) if (compareScores(v, value) > 0) greater += 1;
  return 1 + greater;
}

/**
 * `competitionRank` for many values of one list: sorts `values` once, then each rank is a binary
 * search (O(log n) instead of a pass over the list), with the same tolerance, so it returns exactly
 * what `competitionRank(values, value)` returns (v − value > TIE_EPSILON is monotone in v).
 */
export function competitionRanker(values: readonly number[]): (value: number) => number {
  const sorted = sortAscending(values);
  return (value) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareScores(sorted[mid] ?? 0, value) > 0) hi = mid;
      else lo = mid + 1;
    }
    return 1 + sorted.length - lo;
  };
}

/**
 * Percentile rank PR = 100 × (B + 0.5·E) / N (0–100), where B = values strictly below `value`,
 * E = values equal to it (itself included, so `values` should contain it) and N = all values.
 * Null for an empty list.
 */
export function percentileRank(values: readonly number[], value: number): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    const c = compareScores(v, value);
    if (c < 0) below += 1;
    else if (c === 0) equal += 1;
  }
  return (100 * (below + 0.5 * equal)) / values.length;
}

/**
 * Statistics of one metric: n, min, quartiles (type 7), median, max of `values` (the scores of all
 * peers that have one, the focus included), and the focus's competition rank and percentile rank.
 * Rank and percentile are null when n < MIN_PEERS_FOR_RANK (`isSuppressed`) or the focus has no
 * score; the distribution figures are always given so the view can show it instead.
 */
export function describeMetric(metric: MetricKey, values: readonly number[], focus: number | null): MetricStats {
  const sorted = sortAscending(values);
  const n = sorted.length;
  const isSuppressed = n < MIN_PEERS_FOR_RANK;
  const isRanked = !isSuppressed && focus !== null;
  return {
    metric,
    n,
    focus,
    min: n === 0 ? null : (sorted[0] ?? null),
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: n === 0 ? null : (sorted[n - 1] ?? null),
    rank: isRanked ? competitionRank(sorted, focus) : null,
    percentile: isRanked ? percentileRank(sorted, focus) : null,
    isSuppressed,
  };
}
