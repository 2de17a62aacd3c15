/**
 * Data shaping for the benchmark charts (distribution strips, trend lines, grouped bars), kept
 * apart from the Recharts components so it can be unit-tested; the components only draw it.
 */

/** One row of the distribution chart: the peer scores on one metric (0–5) and their summary. */
export interface DistributionRow {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
  readonly focus: number | null;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
}

/** A dot of a strip: x = score, y = row index + a small offset that separates tied scores. */
export interface StripPoint {
  readonly x: number;
  readonly y: number;
}

/** Scores within this distance are drawn as one stack (one display step on a 0–5 axis is 0.01). */
const STACK_TOLERANCE = 0.005;

/**
 * Lays out one strip: tied scores are spread vertically around the row centre (0, +d, −d, +2d,
 * −2d, …) so each peer stays visible; d shrinks so the tallest stack fits within ±`maxSpread`
 * (in row units). Deterministic (no randomness), O(n log n). Points come sorted by score.
 */
export function stripPoints(values: readonly number[], rowIndex: number, maxSpread = 0.36): StripPoint[] {
  const sorted = [...values].sort((a, b) => a - b);
  const stacks: number[][] = [];
  for (const v of sorted) {
    const last = stacks[stacks.length - 1];
    if (last && v - (last[0] ?? v) <= STACK_TOLERANCE) last.push(v);
    else stacks.push([v]);
  }
  const tallest = Math.max(1, ...stacks.map((s) => s.length));
  const step = Math.min(0.09, maxSpread / Math.max(1, Math.ceil((tallest - 1) / 2)));
  return stacks.flatMap((stack) =>
    stack.map((x, i) => {
      const level = Math.ceil(i / 2);
      const sign = i % 2 === 1 ? 1 : -1;
      return { x, y: rowIndex + sign * level * step };
    }),
  );
}

/** A point of a trend chart: one period with a value per series key. */
export interface TrendPoint {
  readonly period: number;
  readonly values: Readonly<Record<string, number | null>>;
}

/** A Recharts row keyed by category with each series' value (missing → null). */
export interface CategoryRow {
  readonly key: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface BenchmarkBarSeries {
  readonly key: string;
  readonly label: string;
  /** Value per category key on 0–5; null when there is none. */
  readonly values: Readonly<Record<string, number | null>>;
  /** The focus region: drawn solid and first. */
  readonly isFocus: boolean;
}

/**
 * One row per category (e.g. the index and six dimensions) holding each series' value, for a
 * grouped bar chart's `data`. Series beyond `maxSeries` are dropped (six stay readable).
 */
export function barRows(
  categories: readonly { readonly key: string; readonly label: string }[],
  series: readonly BenchmarkBarSeries[],
  maxSeries = 6,
): CategoryRow[] {
  const shown = series.slice(0, maxSeries);
  return categories.map((c) => {
    const values: Record<string, number | null> = {};
    for (const s of shown) values[s.key] = s.values[c.key] ?? null;
    return { key: c.key, label: c.label, values };
  });
}

/** The y-axis domain of a trend chart: 0–5 always (scores never leave it). */
export const SCORE_DOMAIN: readonly [number, number] = [0, 5];

/** Sorted distinct periods of the points, for the x-axis ticks. */
export function trendPeriods(points: readonly TrendPoint[]): number[] {
  return [...new Set(points.map((p) => p.period))].sort((a, b) => a - b);
}
