// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComparisonModel } from '../domain/report/build-comparison-model';
import {
  SERIES_PAINTS, comparisonRadarSeries, dimensionBarSeries, dimensionCategories, groupedBarRows, paintAt,
} from './grouped-bar-data';

const model: Pick<ComparisonModel, 'entries' | 'dimensions'> = {
  dimensions: [{ id: 'GOV', name: 'Smart Governance' }, { id: 'BRD', name: 'Smart Branding' }],
  entries: [
    { key: 'a', label: 'Kota Cirebon 2026', dimensions: { GOV: 2.75, BRD: null } },
    { key: 'b', label: 'Kabupaten Cirebon 2026', dimensions: { GOV: 3, BRD: 1.5 } },
  ] as unknown as ComparisonModel['entries'],
};

describe('groupedBarRows', () => {
  it('gives one row per category with every series value, missing as null', () => {
    const rows = groupedBarRows(
      [{ key: 'GOV', label: 'Gov' }, { key: 'ECO', label: 'Eco' }],
      [{ key: 'a', label: 'A', values: { GOV: 2.75 } }, { key: 'b', label: 'B', values: { GOV: 3, ECO: null } }],
    );
    expect(rows).toEqual([
      { category: 'GOV', label: 'Gov', values: { a: 2.75, b: 3 } },
      { category: 'ECO', label: 'Eco', values: { a: null, b: null } },
    ]);
  });
});

describe('comparison shaping', () => {
  it('turns a comparison into dimension categories and one series per assessment', () => {
    const m = model as ComparisonModel;
    expect(dimensionCategories(m)).toEqual([{ key: 'GOV', label: 'Smart Governance' }, { key: 'BRD', label: 'Smart Branding' }]);
    expect(dimensionBarSeries(m)).toEqual([
      { key: 'a', label: 'Kota Cirebon 2026', values: { GOV: 2.75, BRD: null } },
      { key: 'b', label: 'Kabupaten Cirebon 2026', values: { GOV: 3, BRD: 1.5 } },
    ]);
    expect(comparisonRadarSeries(m).map((s) => [s.key, s.style, s.values.GOV])).toEqual([['a', 'primary', 2.75], ['b', 'primary', 3]]);
  });
});

describe('SERIES_PAINTS', () => {
  it('gives six series that differ in pattern, dash and marker (greyscale-safe)', () => {
    expect(SERIES_PAINTS).toHaveLength(6);
    expect(new Set(SERIES_PAINTS.map((p) => p.pattern)).size).toBe(6);
    expect(new Set(SERIES_PAINTS.map((p) => p.marker)).size).toBe(6);
    expect(new Set(SERIES_PAINTS.map((p) => p.dash ?? 'solid')).size).toBe(6);
    expect(paintAt(6)).toBe(SERIES_PAINTS[0]);
  });
});
