/**
 * Data shaping and series paints for comparison charts (grouped bars and the multi-series radar),
 * kept apart from the Recharts components so it can be unit-tested.
 */
import type { SymbolType } from 'recharts';
import type { ComparisonModel } from '../domain/report/build-comparison-model';
import type { RadarAxis, RadarSeries } from './chart-data';

export interface BarCategory {
  /** Stable key, e.g. the dimension id `GOV`. */
  readonly key: string;
  readonly label: string;
}

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  /** Value per category key on the 0–5 scale; null when there is no value (no bar drawn). */
  readonly values: Readonly<Record<string, number | null>>;
}

/** One Recharts data point: a category with every series' value. */
export interface BarRow {
  readonly category: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** Bar fill pattern; each is distinct in greyscale print. */
export type BarPattern = 'solid' | 'hatch' | 'dots' | 'light' | 'cross' | 'lines';

/** How one series is drawn in every comparison chart. */
export interface SeriesPaint {
  readonly colour: string;
  readonly pattern: BarPattern;
  /** Stroke dash of the radar line; undefined = solid. */
  readonly dash?: string;
  readonly marker: SymbolType;
}

/**
 * Up to six series that stay apart without colour: bars differ by fill pattern, radar lines by
 * dash pattern and marker shape. Colours only add a second cue on screen.
 */
export const SERIES_PAINTS: readonly SeriesPaint[] = [
  { colour: '#1f4e79', pattern: 'solid', marker: 'circle' },
  { colour: '#a0522d', pattern: 'hatch', dash: '8 4', marker: 'square' },
  { colour: '#2f6b3a', pattern: 'dots', dash: '2 3', marker: 'triangle' },
  { colour: '#5b5b5b', pattern: 'light', dash: '12 3 3 3', marker: 'diamond' },
  { colour: '#6a3d9a', pattern: 'cross', dash: '4 2', marker: 'cross' },
  { colour: '#111827', pattern: 'lines', dash: '1 3', marker: 'star' },
];

/** The paint of the i-th series (cycling after six, which a comparison never exceeds). */
export function paintAt(index: number): SeriesPaint {
  const paint = SERIES_PAINTS[index % SERIES_PAINTS.length];
  if (!paint) throw new Error('SERIES_PAINTS is empty');
  return paint;
}

/** Returns one row per category holding each series' value (missing → null), for Recharts `data`. */
export function groupedBarRows(categories: readonly BarCategory[], series: readonly BarSeries[]): BarRow[] {
  return categories.map((c) => {
    const values: Record<string, number | null> = {};
    for (const s of series) values[s.key] = s.values[c.key] ?? null;
    return { category: c.key, label: c.label, values };
  });
}

/** The dimensions of a comparison as bar categories (and radar axes), in instrument order. */
export function dimensionCategories(model: ComparisonModel): BarCategory[] {
  return model.dimensions.map((d) => ({ key: d.id, label: d.name }));
}

/** One bar series per compared assessment: its dimension scores, keyed by dimension id. */
export function dimensionBarSeries(model: ComparisonModel): BarSeries[] {
  return model.entries.map((e) => ({ key: e.key, label: e.label, values: e.dimensions }));
}

/** The same series for the radar (style is overridden by `SERIES_PAINTS` through `paints`). */
export function comparisonRadarSeries(model: ComparisonModel): RadarSeries[] {
  return model.entries.map((e) => ({ key: e.key, label: e.label, values: e.dimensions, style: 'primary' }));
}

/** Radar axes of a comparison: one per dimension. */
export function comparisonRadarAxes(model: ComparisonModel): RadarAxis[] {
  return dimensionCategories(model);
}
