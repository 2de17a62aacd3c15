// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { competitionRank, competitionRanker, describeMetric, percentileRank, quantileSorted, sortAscending, TIE_EPSILON } from './statistics';

describe('competitionRank: highest = 1, ties share a rank, the next rank skips ("1, 2, 2, 4")', () => {
  const scores = [4.5, 3.25, 3.25, 2];
  it.each([
    [4.5, 1],
    [3.25, 2],
    [2, 4],
  ])('score %s → rank %s', (score, rank) => {
    expect(competitionRank(scores, score)).toBe(rank);
  });

  it('gives 1, 2, 2, 4 for the whole list', () => {
    expect(scores.map((s) => competitionRank(scores, s))).toEqual([1, 2, 2, 4]);
  });

  it('treats scores that differ only by float error as ties', () => {
    // Given 0.3 and 0.1 + 0.2 (= 0.30000000000000004)
    const drift = 0.1 + 0.2;
    const values = [0.5, 0.3, drift];
    expect(drift).not.toBe(0.3);
    // Then both share rank 2 and the same percentile
    expect(competitionRank(values, 0.3)).toBe(2);
    expect(competitionRank(values, drift)).toBe(2);
    expect(percentileRank(values, drift)).toBeCloseTo(100 / 3, 10); // (0 + 0.5·2)/3
    expect(Math.abs(drift - 0.3)).toBeLessThanOrEqual(TIE_EPSILON);
  });
});

describe('percentileRank PR = 100 × (B + 0.5·E) / N', () => {
  it.each([
    // values, focus, B, E, N → PR
    { values: [1, 2, 3, 4, 5], focus: 3, expected: 50 }, // (2 + 0.5)/5
    { values: [1, 2, 3, 4, 5], focus: 5, expected: 90 }, // (4 + 0.5)/5
    { values: [1, 2, 3, 4, 5], focus: 1, expected: 10 }, // (0 + 0.5)/5
    { values: [2, 3, 3, 3, 4, 5], focus: 3, expected: 41.666666666666664 }, // (1 + 1.5)/6
    { values: [1.5, 2, 3, 3, 3, 4, 4, 5], focus: 3, expected: 43.75 }, // (2 + 1.5)/8
    { values: [2, 2, 2, 2, 2], focus: 2, expected: 50 }, // all tied: (0 + 2.5)/5
  ])('$values, focus $focus → $expected', ({ values, focus, expected }) => {
    expect(percentileRank(values, focus)).toBeCloseTo(expected, 10);
  });

  it('is null for an empty list', () => {
    expect(percentileRank([], 3)).toBeNull();
  });
});

/** The median the app shows (`describeMetric`): quantile 0.5 of the sorted values. */
const median = (values: readonly number[]) => quantileSorted(sortAscending(values), 0.5);

describe('median', () => {
  it('takes the middle value of an odd-sized list (unsorted input)', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('takes the mean of the two middle values of an even-sized list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1.5, 2, 3, 3, 4, 4, 5, 5])).toBe(3.5);
  });
  it('is the value itself for one value and null for none', () => {
    expect(median([2.75])).toBe(2.75);
    expect(median([])).toBeNull();
  });
  it('does not mutate its input', () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('quantileSorted: linear interpolation, R type 7', () => {
  it.each([
    // Hand computation: h = (n − 1)·p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) (0-based)
    // n = 8, p = .25: h = 1.75 → 2 + .75·(3 − 2) = 2.75
    { sorted: [1.5, 2, 3, 3, 3, 4, 4, 5], p: 0.25, expected: 2.75 },
    // n = 8, p = .75: h = 5.25 → 4 + .25·(4 − 4) = 4
    { sorted: [1.5, 2, 3, 3, 3, 4, 4, 5], p: 0.75, expected: 4 },
    // n = 7, p = .25: h = 1.5 → 2 + .5·(3 − 2) = 2.5
    { sorted: [1.5, 2, 3, 3, 3, 4, 4], p: 0.25, expected: 2.5 },
    // n = 7, p = .75: h = 4.5 → 3 + .5·(4 − 3) = 3.5
    { sorted: [1.5, 2, 3, 3, 3, 4, 4], p: 0.75, expected: 3.5 },
    // n = 4, p = .25: h = .75 → 1 + .75·(2 − 1) = 1.75; p = .75: h = 2.25 → 3 + .25 = 3.25
    { sorted: [1, 2, 3, 4], p: 0.25, expected: 1.75 },
    { sorted: [1, 2, 3, 4], p: 0.75, expected: 3.25 },
    // n = 5: h = 1 and 3 exactly
    { sorted: [10, 20, 30, 40, 50], p: 0.25, expected: 20 },
    { sorted: [10, 20, 30, 40, 50], p: 0.75, expected: 40 },
    // extremes
    { sorted: [1, 2, 3], p: 0, expected: 1 },
    { sorted: [1, 2, 3], p: 1, expected: 3 },
    { sorted: [7], p: 0.25, expected: 7 },
  ])('Q($p) of $sorted = $expected', ({ sorted, p, expected }) => {
    expect(quantileSorted(sorted, p)).toBeCloseTo(expected, 12);
  });

  it('is null for an empty list', () => {
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});

describe('describeMetric', () => {
  it('gives the distribution, rank and percentile with 8 peers', () => {
    const stats = describeMetric('index', [3, 4, 3, 2, 3, 1.5, 5, 4], 3);
    expect(stats).toEqual({
      metric: 'index', n: 8, focus: 3, min: 1.5, q1: 2.75, median: 3, q3: 4, max: 5,
      rank: 4, percentile: 43.75, isSuppressed: false,
    });
  });

  it('suppresses rank and percentile below 5 peers but keeps the distribution', () => {
    const stats = describeMetric('GOV', [3, 1.5, 4, 2], 3);
    expect(stats.isSuppressed).toBe(true);
    expect(stats.rank).toBeNull();
    expect(stats.percentile).toBeNull();
    expect(stats.median).toBe(2.5);
    expect(stats.n).toBe(4);
  });

  it('ranks with exactly 5 peers', () => {
    const stats = describeMetric('GOV', [3, 1.5, 4, 2, 3], 3);
    expect(stats.isSuppressed).toBe(false);
    expect(stats.rank).toBe(2);
    expect(stats.percentile).toBe(60); // (2 + 0.5·2)/5
  });

  it('has no rank when the focus has no score, and no figures without peers', () => {
    expect(describeMetric('ENV', [1, 2, 3, 4, 5], null).rank).toBeNull();
    expect(describeMetric('ENV', [], null)).toMatchObject({ n: 0, min: null, median: null, max: null, isSuppressed: true });
  });
});

describe('competitionRanker: the same ranks as competitionRank, sorted once', () => {
  it('agrees with competitionRank on ties, near-ties and scores outside the list', () => {
    const drift = 0.1 + 0.2;
    const values = [4, 3, 2, 3, 1.5, 5, 4, 3, 0.3, drift, 0.25, 0, 5];
    const rankOf = competitionRanker(values);
    for (const v of [...values, 6, -1, 3 + 1e-10, 3 - 1e-10, 3 + 1e-8, 2.5]) expect(rankOf(v)).toBe(competitionRank(values, v));
    expect(values.map(rankOf).slice(0, 4)).toEqual([3, 5, 8, 5]);
  });

  it('agrees on a national-size list of quarter-step scores', () => {
    const values = Array.from({ length: 514 }, (_, i) => ((i * 37) % 21) / 4);
    const rankOf = competitionRanker(values);
    expect(values.map(rankOf)).toEqual(values.map((v) => competitionRank(values, v)));
    expect(competitionRanker([])(3)).toBe(1);
  });
});
