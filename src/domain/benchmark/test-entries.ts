/**
 * Builders for benchmark tests: entries with uniform dimension scores and a tiny region lookup
 * (real codes, names and populations from the catalogue).
 */
import type { Region } from '../regions/types';
import { dimensionRecord } from './summarize-score';
import type { BenchmarkEntry, ScoreSummary } from './types';

export const REGIONS: ReadonlyMap<string, Region> = new Map(
  (
    [
      ['32.01', 'Kabupaten Bogor', 'kabupaten', 5809790],
      ['32.71', 'Kota Bogor', 'kota', 1144108],
      ['32.72', 'Kota Sukabumi', 'kota', 370096],
      ['32.73', 'Kota Bandung', 'kota', 2591763],
      ['32.74', 'Kota Cirebon', 'kota', 356629],
      ['32.75', 'Kota Bekasi', 'kota', 2572209],
      ['32.76', 'Kota Depok', 'kota', 2010912],
      ['33.74', 'Kota Semarang', 'kota', 1702379],
      ['33.02', 'Kabupaten Banyumas', 'kabupaten', 1868446],
    ] as const
  ).map(([code, name, type, population]) => [
    code,
    { code, name, type, provinceCode: code.slice(0, 2), population, areaKm2: 100 },
  ]),
);

/** A final-eligible summary (coverage 100 %) whose six dimensions have the given scores; index = their mean. */
export function summaryOf(dims: readonly [number, number, number, number, number, number]): ScoreSummary {
  const order = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'] as const;
  const dimensions = dimensionRecord((id) => dims[order.indexOf(id)] ?? null);
  return { index: dims.reduce((s, x) => s + x, 0) / 6, dimensions, elements: {}, isFinalEligible: true, coverage: 1 };
}

type EntryOverrides = Partial<Omit<BenchmarkEntry, 'summary'>> & { readonly summary?: ScoreSummary | null };

/** An entry for 2026, final, gmsc-2026.1/equal-v1, on the device, with uniform dimension scores. */
export function entry(regionCode: string, score: number, overrides: EntryOverrides = {}): BenchmarkEntry {
  return {
    id: `${regionCode}-${overrides.period ?? 2026}-${score}`,
    regionCode,
    period: 2026,
    status: 'final',
    updatedAt: '2026-03-01T00:00:00.000Z',
    instrumentVersion: 'gmsc-2026.1',
    weightProfileId: 'equal-v1',
    source: 'device',
    summary: summaryOf([score, score, score, score, score, score]),
    ...overrides,
  };
}
