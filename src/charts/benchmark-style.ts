/**
 * Styles of the benchmark charts. Series differ by dash pattern, marker shape, fill pattern and
 * lightness, not only by hue, so they stay apart in greyscale print. Colours reach 3:1 contrast
 * on white (WCAG 1.4.11 graphics).
 */
import type { SymbolType } from 'recharts';

export const GRID_COLOUR = '#c9ced6';
export const TEXT_COLOUR = '#374151';

/** Distribution strips. */
export const STRIP_STYLE = {
  dot: '#55606e',
  dotOpacity: 0.45,
  dotRadius: 2.6,
  box: '#1f4e79',
  boxOpacity: 0.14,
  median: '#163a5a',
  whisker: '#6b7280',
  focus: '#a0522d',
} as const;

export interface LineStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDasharray?: string;
  readonly symbol: SymbolType;
}

/** Trend lines in order: the first (index) is emphasised; the others cycle dash and marker. */
export const TREND_STYLES: readonly LineStyle[] = [
  { stroke: '#1b1f24', strokeWidth: 3.5, symbol: 'circle' },
  { stroke: '#1f4e79', strokeWidth: 2, symbol: 'square' },
  { stroke: '#a0522d', strokeWidth: 2, strokeDasharray: '7 3', symbol: 'triangle' },
  { stroke: '#2e7d32', strokeWidth: 2, strokeDasharray: '2 3', symbol: 'diamond' },
  { stroke: '#6a1b9a', strokeWidth: 2, strokeDasharray: '9 3 2 3', symbol: 'cross' },
  { stroke: '#8a6d00', strokeWidth: 2, strokeDasharray: '4 4', symbol: 'star' },
  { stroke: '#00695c', strokeWidth: 2, strokeDasharray: '12 4', symbol: 'wye' },
];

export type HatchKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';

export interface BarStyle {
  readonly colour: string;
  readonly hatch: HatchKind;
}

/** Bars in order: the focus solid and dark, then hatched patterns on lighter grounds. */
export const BAR_STYLES: readonly BarStyle[] = [
  { colour: '#1f4e79', hatch: 'solid' },
  { colour: '#a0522d', hatch: 'diagonal' },
  { colour: '#2e7d32', hatch: 'dots' },
  { colour: '#55606e', hatch: 'cross' },
  { colour: '#6a1b9a', hatch: 'horizontal' },
  { colour: '#8a6d00', hatch: 'vertical' },
];

/** Style number `i`, cycling. */
export function styleAt<T>(styles: readonly T[], i: number): T {
  const style = styles[i % styles.length];
  if (style === undefined) throw new Error('empty style list');
  return style;
}

/**
 * For a `CartesianGrid` without vertical lines (`vertical={false}`): Recharts would still place
 * them, measuring every x-axis tick label in the DOM (a forced layout each) unless given a generator.
 */
export const noGridLines = (): number[] => [];
