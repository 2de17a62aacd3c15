/**
 * Arithmetic shown by the explanation view: the weighted means of §6.5 written out with the
 * actual numbers. Pure string building; the scores themselves come from ScoreResult.
 */
import type { Level } from '../../domain/instrument/types';
import type { ElementResult } from '../../domain/scoring/types';

export interface MeanPart {
  readonly weight: number;
  readonly value: number;
}

export interface ExpressionFormat {
  /** A 0–5 score, e.g. "2,75". */
  readonly score: (value: number) => string;
  /** A weight or sum with at most 2 decimals and no trailing zeros, e.g. "11" or "0,5". */
  readonly plain: (value: number) => string;
}

const plainCache = new Map<string, Intl.NumberFormat>();

/** Formats a weight or sum with up to 2 decimals and no forced zeros ("11", "2,5"). */
export function formatPlain(value: number, locale: string): string {
  let format = plainCache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    plainCache.set(locale, format);
  }
  return format.format(value);
}

function allEqual(values: readonly number[]): boolean {
  return values.every((v) => Math.abs(v - (values[0] ?? v)) < 1e-12);
}

/**
 * Writes a weighted mean out with its numbers: "(2,75 + 3,00) / 2 = 2,88" when all weights are
 * equal (then it is a plain mean), "(2 × 2,75 + 1 × 3,00) / 3 = 2,83" otherwise. Returns "" when
 * there are no parts. `result` is the unrounded mean, formatted like the parts.
 */
export function weightedMeanExpression(parts: readonly MeanPart[], result: number, format: ExpressionFormat): string {
  if (parts.length === 0) return '';
  const isPlainMean = allEqual(parts.map((p) => p.weight));
  const terms = parts.map((p) => (isPlainMean ? format.score(p.value) : `${format.plain(p.weight)} × ${format.score(p.value)}`));
  const numerator = terms.length === 1 ? (terms[0] ?? '') : `(${terms.join(' + ')})`;
  const denominator = isPlainMean ? parts.length : parts.reduce((sum, p) => sum + p.weight, 0);
  return `${numerator} / ${format.plain(denominator)} = ${format.score(result)}`;
}

/** Σ w over the applicable indicators of an element: the conservative denominator. */
export function conservativeWeightTotal(element: Pick<ElementResult, 'indicators'>): number {
  return element.indicators.reduce((sum, i) => (i.status === 'na' ? sum : sum + i.weight), 0);
}

/** w·s of one indicator, or null when it is not answered (NA or empty). */
export function indicatorProduct(indicator: ElementResult['indicators'][number]): number | null {
  return typeof indicator.value === 'number' ? indicator.weight * indicator.value : null;
}

export interface BandRange {
  readonly level: Level;
  /** Inclusive lower edge on 0–5; null for the lowest band. */
  readonly from: number | null;
  /** Exclusive upper edge on 0–5; null for the highest band. */
  readonly to: number | null;
}

/**
 * The maturity bands as ranges (§6.6), from the lower edges of bands 1–5 (`BAND_EDGES`):
 * band 0 is "< first edge", the last band "≥ last edge".
 */
export function bandRanges(edges: readonly { readonly band: Level; readonly from: number }[]): BandRange[] {
  const first = edges[0];
  const ranges: BandRange[] = first ? [{ level: 0, from: null, to: first.from }] : [];
  edges.forEach((edge, i) => {
    ranges.push({ level: edge.band, from: edge.from, to: edges[i + 1]?.from ?? null });
  });
  return ranges;
}
