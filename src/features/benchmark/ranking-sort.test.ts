// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../../domain/benchmark/compute-benchmark';
import { entry, summaryOf } from '../../domain/benchmark/test-entries';
import { DEFAULT_SORT, nextSort, sortRanking, visibleRows } from './ranking-sort';

const names: Record<string, string> = { '32.73': 'Kota Bandung', '32.71': 'Kota Bogor', '32.74': 'Kota Cirebon', '32.75': 'Kota Bekasi' };
const name = (code: string) => names[code] ?? code;
const rows: RankingRow[] = [
  { entry: entry('32.73', 0, { summary: summaryOf([5, 4, 4, 4, 4, 3]) }), isFocus: false, rank: 1 },
  { entry: entry('32.74', 3), isFocus: true, rank: 2 },
  { entry: entry('32.71', 0, { summary: summaryOf([4, 3, 3, 3, 3, 2]) }), isFocus: false, rank: 2 },
  { entry: entry('32.75', 2), isFocus: false, rank: 4 },
];
const codes = (list: readonly RankingRow[]) => list.map((r) => r.entry.regionCode);

describe('sortRanking', () => {
  it('keeps the best-first order for the default (rank ascending)', () => {
    expect(codes(sortRanking(rows, DEFAULT_SORT, name))).toEqual(['32.73', '32.74', '32.71', '32.75']);
  });
  it('reverses for rank descending, keeping ties in incoming order', () => {
    expect(codes(sortRanking(rows, { key: 'rank', direction: 'descending' }, name))).toEqual(['32.75', '32.74', '32.71', '32.73']);
  });
  it('sorts by region name', () => {
    expect(codes(sortRanking(rows, { key: 'region', direction: 'ascending' }, name))).toEqual(['32.73', '32.75', '32.71', '32.74']);
  });
  it('sorts by a dimension, high first, ties stable', () => {
    // GOV: Bandung 5, Cirebon 3, Bogor 4, Bekasi 2
    expect(codes(sortRanking(rows, { key: 'GOV', direction: 'descending' }, name))).toEqual(['32.73', '32.71', '32.74', '32.75']);
    // ENV: 3, 3, 2, 2 → ascending 2, 2, 3, 3 in incoming order within ties
    expect(codes(sortRanking(rows, { key: 'ENV', direction: 'ascending' }, name))).toEqual(['32.71', '32.75', '32.73', '32.74']);
  });
  it('puts missing values last in both directions', () => {
    const withNull = [...rows, { entry: entry('33.74', 0, { summary: null }), isFocus: false, rank: null }];
    expect(codes(sortRanking(withNull, { key: 'GOV', direction: 'ascending' }, name)).at(-1)).toBe('33.74');
    expect(codes(sortRanking(withNull, { key: 'GOV', direction: 'descending' }, name)).at(-1)).toBe('33.74');
  });
});

describe('nextSort', () => {
  it('starts a new column in its natural direction and flips the same column', () => {
    expect(nextSort(DEFAULT_SORT, 'GOV')).toEqual({ key: 'GOV', direction: 'descending' });
    expect(nextSort({ key: 'GOV', direction: 'descending' }, 'GOV')).toEqual({ key: 'GOV', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'region')).toEqual({ key: 'region', direction: 'ascending' });
  });
});

describe('visibleRows', () => {
  it('cuts to the limit and appends the focus when it falls below', () => {
    const sorted = sortRanking(rows, { key: 'rank', direction: 'descending' }, name); // Bekasi, Cirebon, Bogor, Bandung
    expect(codes(visibleRows(sorted, 1).rows)).toEqual(['32.75', '32.74']);
    expect(visibleRows(sorted, 1).isFocusAppended).toBe(true);
    expect(visibleRows(sorted, 2)).toEqual({ rows: sorted.slice(0, 2), isFocusAppended: false });
    expect(visibleRows(sorted, null).rows).toHaveLength(4);
  });
});
