/**
 * One region across periods: the trend of its index and dimensions, and the previous period used
 * as a reference ring on the radar. Same selection rules as peers (docs/benchmarking.md): same
 * instrument version and weight profile as the focus, final-eligible finals only unless non-finals
 * are included,
 * and per period the latest final one; the focus stands for its own period.
 */
import { isComparable, isCountedFinal, latestPerRegion } from './select-peers';
import type { BenchmarkEntry } from './types';

/**
 * The focus region's assessments, one per period, oldest period first. `entries` should be the
 * entries of the focus's source (device or demo); the focus itself is used for its period.
 */
export function regionHistory(
  entries: readonly BenchmarkEntry[],
  focus: BenchmarkEntry,
  includeNonFinal: boolean,
): BenchmarkEntry[] {
  const byPeriod = new Map<number, BenchmarkEntry[]>();
  for (const e of entries) {
    if (e.regionCode !== focus.regionCode || e.period === focus.period || !isComparable(e, focus)) continue;
    if (!includeNonFinal && !isCountedFinal(e)) continue;
    const list = byPeriod.get(e.period) ?? [];
    list.push(e);
    byPeriod.set(e.period, list);
  }
  const history = [...byPeriod.values()].flatMap((list) => [...latestPerRegion(list).values()]);
  return [...history, focus].sort((a, b) => a.period - b.period);
}

/** The latest entry in `history` from a period before `period`, or undefined. */
export function previousPeriodEntry(history: readonly BenchmarkEntry[], period: number): BenchmarkEntry | undefined {
  let previous: BenchmarkEntry | undefined;
  for (const e of history) if (e.period < period && (!previous || e.period > previous.period)) previous = e;
  return previous;
}
