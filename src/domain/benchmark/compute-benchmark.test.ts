// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeBenchmark, metricValue, rankPeers } from './compute-benchmark';
import { selectPeers } from './select-peers';
import { entry, REGIONS, summaryOf } from './test-entries';

// Focus Kota Cirebon 2026 with all dimensions 3 (index 3), peers with known dimension patterns.
const focus = entry('32.74', 3, { id: 'focus' });
const peers = [
  entry('32.73', 0, { summary: summaryOf([5, 4, 4, 4, 4, 3]) }), // index 24/6 = 4
  entry('32.71', 0, { summary: summaryOf([4, 3, 3, 3, 3, 2]) }), // 18/6 = 3
  entry('32.75', 2), // 2
  entry('32.76', 3), // 3
  entry('32.72', 0, { summary: summaryOf([1, 2, 1, 2, 1, 2]) }), // 9/6 = 1.5
  entry('32.01', 5), // 5
  entry('33.74', 4), // 4
];

describe('computeBenchmark', () => {
  const selection = selectPeers([focus, ...peers], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
  const stats = computeBenchmark(selection);

  it('gives the index and six dimensions in order', () => {
    expect(stats.map((s) => s.metric)).toEqual(['index', 'GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV']);
  });

  it('matches the hand computation for the index', () => {
    // Index values sorted: 1.5, 2, 3, 3, 3, 4, 4, 5 (N = 8). Median (3 + 3)/2 = 3.
    // Q1: h = 7·.25 = 1.75 → 2 + .75·1 = 2.75. Q3: h = 5.25 → 4. Rank 1 + 3 greater = 4.
    // PR = 100·(2 below + .5·3 equal)/8 = 43.75.
    expect(stats[0]).toMatchObject({ n: 8, median: 3, q1: 2.75, q3: 4, rank: 4, percentile: 43.75 });
  });

  it('matches the hand computation for GOV', () => {
    // GOV values: 3, 5, 4, 2, 3, 1, 5, 4 → sorted 1, 2, 3, 3, 4, 4, 5, 5. Median (3 + 4)/2 = 3.5.
    // Rank 1 + 4 greater = 5. PR = 100·(2 + .5·2)/8 = 37.5.
    expect(stats[1]).toMatchObject({ metric: 'GOV', median: 3.5, rank: 5, percentile: 37.5 });
  });

  it('suppresses ranks for a group of fewer than 5', () => {
    const small = selectPeers([focus, ...peers], { focus, group: { kind: 'population' }, includeNonFinal: false }, REGIONS);
    const smallStats = computeBenchmark(small);
    expect(smallStats.every((s) => s.isSuppressed && s.rank === null && s.percentile === null)).toBe(true);
    expect(smallStats[0]).toMatchObject({ n: 2, median: 2.25 }); // Cirebon 3, Sukabumi 1.5
  });

  it('counts per metric only peers that have a score on it', () => {
    const partial = entry('33.02', 0, { summary: { ...summaryOf([2, 2, 2, 2, 2, 2]), dimensions: { ...summaryOf([2, 2, 2, 2, 2, 2]).dimensions, ENV: null } } });
    const s = computeBenchmark(selectPeers([focus, ...peers, partial], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS));
    expect(s.find((m) => m.metric === 'GOV')?.n).toBe(9);
    expect(s.find((m) => m.metric === 'ENV')?.n).toBe(8);
  });
});

describe('rankPeers', () => {
  it('orders by index and gives competition ranks', () => {
    const selection = selectPeers([focus, ...peers], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    const rows = rankPeers(selection);
    expect(rows.map((r) => [r.entry.regionCode, r.rank])).toEqual([
      ['32.01', 1], ['32.73', 2], ['33.74', 2], ['32.71', 4], ['32.74', 4], ['32.76', 4], ['32.75', 7], ['32.72', 8],
    ]);
    expect(rows.find((r) => r.isFocus)?.entry.id).toBe('focus');
  });

  it('gives no ranks below 5 peers', () => {
    const selection = selectPeers([focus, ...peers], { focus, group: { kind: 'custom', regionCodes: ['32.73', '32.71'] }, includeNonFinal: false }, REGIONS);
    expect(rankPeers(selection).map((r) => r.rank)).toEqual([null, null, null]);
  });
});

describe('metricValue', () => {
  it('reads the index or a dimension, null without a summary', () => {
    const s = summaryOf([1, 2, 3, 4, 5, 0]);
    expect(metricValue(s, 'index')).toBe(2.5);
    expect(metricValue(s, 'ECO')).toBe(3);
    expect(metricValue(null, 'ECO')).toBeNull();
  });
});

describe('a provisional focus (not eligible for final status)', () => {
  // The same focus scores, but at 12 of 72 answered: not final-eligible.
  const provisional = entry('32.74', 3, { id: 'provisional', status: 'draft', summary: { ...summaryOf([3, 3, 3, 3, 3, 3]), isFinalEligible: false, coverage: 1 / 6 } });
  const all = [provisional, ...peers];

  it('is left out of the statistics by default: no rank, N and the median over the 7 peers only', () => {
    const selection = selectPeers(all, { focus: provisional, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    const [index] = computeBenchmark(selection);
    // Peers sorted: 1.5, 2, 3, 3, 4, 4, 5 (N = 7). Median x[3] = 3. Q1: h = 1.5 → 2 + .5·1 = 2.5.
    // Q3: h = 4.5 → 4 + .5·0 = 4. The focus keeps its score (3) for display, unranked.
    expect(index).toMatchObject({ n: 7, median: 3, q1: 2.5, q3: 4, focus: 3, rank: null, percentile: null });
    expect(rankPeers(selection).some((r) => r.isFocus)).toBe(false);
  });

  it('is ranked among the peers when non-finals are included', () => {
    const selection = selectPeers(all, { focus: provisional, group: { kind: 'all' }, includeNonFinal: true }, REGIONS);
    // As the final focus above: N = 8, rank 4, PR 43.75.
    expect(computeBenchmark(selection)[0]).toMatchObject({ n: 8, rank: 4, percentile: 43.75 });
    expect(rankPeers(selection).find((r) => r.isFocus)?.rank).toBe(4);
  });
});
