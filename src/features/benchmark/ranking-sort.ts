/** Sorting of the ranking table: pure, so it is unit-tested apart from the component. */
import type { RankingRow } from '../../domain/benchmark/compute-benchmark';
import { metricValue } from '../../domain/benchmark/compute-benchmark';
import { compareIndonesian } from '../../lib/collate';
import type { MetricKey } from '../../domain/benchmark/types';

export type RankingSortKey = 'rank' | 'region' | MetricKey;
export type SortDirection = 'ascending' | 'descending';

export interface RankingSort {
  readonly key: RankingSortKey;
  readonly direction: SortDirection;
}

/** Best first: ranked by index descending, as `rankPeers` returns the rows. */
export const DEFAULT_SORT: RankingSort = { key: 'rank', direction: 'ascending' };

/** The direction a column starts in when first clicked: names A–Z, ranks 1 first, scores high first. */
export function initialDirection(key: RankingSortKey): SortDirection {
  return key === 'region' || key === 'rank' ? 'ascending' : 'descending';
}

/** Clicking a column: a new column starts in its initial direction, the same column flips. */
export function nextSort(current: RankingSort, key: RankingSortKey): RankingSort {
  if (current.key !== key) return { key, direction: initialDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Returns the rows sorted by `sort`. Scores compare numerically, regions by name (Indonesian
 * collation), ranks by the index order; missing values always go last; ties keep the incoming
 * (best-first) order. Does not mutate `rows`.
 */
export function sortRanking(
  rows: readonly RankingRow[],
  sort: RankingSort,
  regionName: (code: string) => string,
): RankingRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (row: RankingRow): number | string | null => {
    if (sort.key === 'region') return regionName(row.entry.regionCode);
    if (sort.key === 'rank') return metricValue(row.entry.summary, 'index') === null ? null : -(metricValue(row.entry.summary, 'index') ?? 0);
    return metricValue(row.entry.summary, sort.key);
  };
  const indexed = rows.map((row, i) => ({ row, i, v: value(row) }));
  indexed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === null ? (b.v === null ? a.i - b.i : 1) : -1;
    const c = typeof a.v === 'string' || typeof b.v === 'string' ? compareIndonesian(String(a.v), String(b.v)) : a.v - b.v;
    return c === 0 ? a.i - b.i : sign * c;
  });
  return indexed.map((x) => x.row);
}

/**
 * The rows to show: the first `limit` (all when `limit` is null), plus the focus row at the end
 * when it would otherwise be cut, so the user always sees where the focus stands.
 */
export function visibleRows(rows: readonly RankingRow[], limit: number | null): { rows: RankingRow[]; isFocusAppended: boolean } {
  if (limit === null || rows.length <= limit) return { rows: [...rows], isFocusAppended: false };
  const head = rows.slice(0, limit);
  const focus = rows.slice(limit).find((r) => r.isFocus);
  return focus ? { rows: [...head, focus], isFocusAppended: true } : { rows: head, isFocusAppended: false };
}
