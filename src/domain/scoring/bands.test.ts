// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BAND_EDGES, bandOf, PREDICATE_EDGES, predicateOf } from './bands';

describe('bandOf (§6.6 nearest level)', () => {
  it.each([
    { score: 0, band: 0 },
    { score: 0.49, band: 0 },
    { score: 0.5, band: 1 },
    { score: 1.49, band: 1 },
    { score: 1.5, band: 2 },
    { score: 2.49, band: 2 },
    { score: 2.5, band: 3 },
    { score: 2.75, band: 3 },
    { score: 3.49, band: 3 },
    { score: 3.5, band: 4 },
    { score: 4.49, band: 4 },
    { score: 4.5, band: 5 },
    { score: 5, band: 5 },
    // Float artefacts just below an edge (a few ulps) still reach the edge's band.
    { score: 0.49999999999999994, band: 1 },
    { score: 1.4999999999999998, band: 2 },
    { score: 2.4999999999999996, band: 3 },
    { score: 3.4999999999999996, band: 4 },
    { score: 4.499999999999999, band: 5 },
    // Genuinely below an edge (well beyond the 1e-9 tolerance) stays below.
    { score: 2.5 - 1e-6, band: 2 },
    // Total for out-of-range input.
    { score: -1, band: 0 },
    { score: 7, band: 5 },
    { score: Number.NaN, band: 0 },
  ])('Given a score of $score, when banded, then the band is $band', ({ score, band }) => {
    // Given: the unrounded 0–5 score. When: banded. Then: the nearest level, halves rounded up.
    expect(bandOf(score)).toBe(band);
  });

  it('Given a sum that floating point computes below 2.5, when banded, then it lands in band 3', () => {
    // Given: 0.1·1 + 0.3·3 over weight 0.4, mathematically exactly 2.5.
    const score = (0.1 * 1 + 0.3 * 3) / (0.1 + 0.3);
    // Then: binary floating point gives slightly less than 2.5 …
    expect(score).toBeLessThan(2.5);
    // … and the tolerance still bands it as 3 Terdefinisi.
    expect(bandOf(score)).toBe(3);
  });

  it('Given the edge table, when read, then edges ascend by 1 from 0.5 and bands by 1 from 1', () => {
    // Given/When: the exported table. Then: it is the §6.6 table.
    expect(BAND_EDGES.map((e) => [e.band, e.from])).toEqual([[1, 0.5], [2, 1.5], [3, 2.5], [4, 3.5], [5, 4.5]]);
  });
});

describe('predicateOf (§6.6 SPBE analogue)', () => {
  it.each([
    { score: 0, predicate: 'kurang' },
    { score: 1.79, predicate: 'kurang' },
    { score: 1.8, predicate: 'cukup' },
    { score: 2.59, predicate: 'cukup' },
    { score: 2.6, predicate: 'baik' },
    { score: 3.49, predicate: 'baik' },
    { score: 3.5, predicate: 'sangat_baik' },
    { score: 4.19, predicate: 'sangat_baik' },
    { score: 4.2, predicate: 'memuaskan' },
    { score: 5, predicate: 'memuaskan' },
    // Float artefacts just below an edge reach the edge's predicate.
    { score: 1.7999999999999998, predicate: 'cukup' },
    { score: 2.5999999999999996, predicate: 'baik' },
    { score: 4.199999999999999, predicate: 'memuaskan' },
    { score: Number.NaN, predicate: 'kurang' },
  ])('Given a score of $score, when labelled, then the predicate is $predicate', ({ score, predicate }) => {
    // Given: the unrounded 0–5 score. When: labelled. Then: the SPBE-style predicate.
    expect(predicateOf(score)).toBe(predicate);
  });

  it('Given the predicate table, when read, then it holds the §6.6 cut-offs', () => {
    // Given/When: the exported table. Then: cukup 1.8, baik 2.6, sangat baik 3.5, memuaskan 4.2.
    expect(PREDICATE_EDGES.map((e) => [e.predicate, e.from])).toEqual([
      ['cukup', 1.8],
      ['baik', 2.6],
      ['sangat_baik', 3.5],
      ['memuaskan', 4.2],
    ]);
  });
});
