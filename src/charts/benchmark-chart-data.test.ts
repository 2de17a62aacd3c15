import { describe, expect, it } from 'vitest';
import { barRows, stripPoints, trendPeriods } from './benchmark-chart-data';

describe('stripPoints', () => {
  it('keeps x = score and puts distinct scores on the row centre', () => {
    expect(stripPoints([3, 1, 2], 4)).toEqual([{ x: 1, y: 4 }, { x: 2, y: 4 }, { x: 3, y: 4 }]);
  });

  it('spreads tied scores alternately above and below the centre', () => {
    const points = stripPoints([2, 2, 2, 2, 2], 0);
    // tallest stack 5 → step = min(0.09, 0.36 / 2) = 0.09; offsets 0, +d, −d, +2d, −2d
    expect(points.map((p) => p.y)).toEqual([0, 0.09, -0.09, 0.18, -0.18]);
  });

  it('keeps even a stack of 514 within ±0.36 rows', () => {
    const points = stripPoints(Array.from({ length: 514 }, () => 3), 2);
    expect(Math.max(...points.map((p) => p.y))).toBeLessThanOrEqual(2.36 + 1e-9);
    expect(Math.min(...points.map((p) => p.y))).toBeGreaterThanOrEqual(1.64 - 1e-9);
    expect(new Set(points.map((p) => p.y)).size).toBe(514);
  });

  it('treats scores within 0.005 as one stack', () => {
    expect(stripPoints([1, 1.004], 0).map((p) => p.y)).toEqual([0, 0.09]);
  });

  it('is empty for no values', () => {
    expect(stripPoints([], 0)).toEqual([]);
  });
});

describe('barRows', () => {
  const categories = [{ key: 'index', label: 'Indeks' }, { key: 'GOV', label: 'Governance' }];
  const series = Array.from({ length: 8 }, (_, i) => ({
    key: `r${i}`, label: `Region ${i}`, isFocus: i === 0, values: { index: i, GOV: i === 3 ? null : 5 - i },
  }));

  it('gives one row per category with every shown series (missing → null)', () => {
    const rows = barRows(categories, series.slice(0, 4));
    expect(rows).toEqual([
      { key: 'index', label: 'Indeks', values: { r0: 0, r1: 1, r2: 2, r3: 3 } },
      { key: 'GOV', label: 'Governance', values: { r0: 5, r1: 4, r2: 3, r3: null } },
    ]);
  });

  it('keeps at most six series', () => {
    expect(Object.keys(barRows(categories, series)[0]?.values ?? {})).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });
});

describe('trendPeriods', () => {
  it('returns sorted distinct periods', () => {
    expect(trendPeriods([{ period: 2026, values: {} }, { period: 2024, values: {} }, { period: 2026, values: {} }])).toEqual([2024, 2026]);
  });
});
