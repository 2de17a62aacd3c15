// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../exchange/exchange-test-data';
import { whomToVisit } from './whom-to-visit';

describe('whomToVisit', () => {
  it('keeps level 4–5, one per region, sorted by level, similarity to Kabupaten Demak, score', () => {
    // Demak 33.21: kabupaten, Jawa Tengah (33), 1.25 M people (class 1m–2m).
    const c = (regionCode: string, score: number | null) => ({ regionCode, score, data: regionCode });
    const ranked = whomToVisit([
      c('33.74', 4.2), // Kota Semarang: kota, 33, 1.7 M → similarity 2, level 4
      c('32.09', 4.4), // Kabupaten Cirebon: kab, 32, 2.5 M → similarity 1, level 4
      c('35.78', 4.8), // Kota Surabaya: level 5, similarity 0
      c('32.74', 3.2), // level 3: left out
      c('33.21', 5), // ourselves: left out
      c('32.73', null), // not valid: left out
      c('33.74', 4.0), // Semarang again, lower: the higher one stays
    ], '33.21', testCatalog().byCode);
    expect(ranked.map((r) => [r.regionCode, r.level, r.similarity, r.score])).toEqual([
      ['35.78', 5, 0, 4.8],
      ['33.74', 4, 2, 4.2],
      ['32.09', 4, 1, 4.4],
    ]);
  });
});
