import { describe, expect, it } from 'vitest';
import { BAND_EDGES } from '../../domain/scoring/bands';
import type { ElementResult } from '../../domain/scoring/types';
import { bandRanges, conservativeWeightTotal, formatPlain, indicatorProduct, weightedMeanExpression } from './explain-math';

const fixed = {
  score: (v: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v),
  plain: (v: number) => formatPlain(v, 'id-ID'),
};

describe('weightedMeanExpression', () => {
  it.each([
    ['equal weights → plain mean', [{ weight: 1, value: 2.75 }, { weight: 1, value: 3 }], 2.875, '(2,75 + 3,00) / 2 = 2,88'],
    ['equal non-unit weights → still a plain mean', [{ weight: 0.5, value: 2 }, { weight: 0.5, value: 4 }], 3, '(2,00 + 4,00) / 2 = 3,00'],
    ['unequal weights → weighted terms over Σ w', [{ weight: 2, value: 2.75 }, { weight: 1, value: 3 }], 2.8333, '(2 × 2,75 + 1 × 3,00) / 3 = 2,83'],
    ['one part', [{ weight: 1, value: 2.5 }], 2.5, '2,50 / 1 = 2,50'],
    ['no parts', [], 0, ''],
  ])('%s', (_name, parts, result, expected) => {
    // Given parts and their unrounded mean, When written out, Then the text shows the arithmetic
    expect(weightedMeanExpression(parts, result, fixed)).toBe(expected);
  });
});

describe('formatPlain', () => {
  it.each([
    [11, 'id-ID', '11'],
    [2.5, 'id-ID', '2,5'],
    [0.125, 'en-GB', '0.13'],
    [1234, 'id-ID', '1.234'],
  ])('%d in %s → %s', (value, locale, expected) => {
    expect(formatPlain(value, locale)).toBe(expected);
  });
});

describe('bandRanges', () => {
  it('turns the band edges into six contiguous ranges', () => {
    expect(bandRanges(BAND_EDGES)).toEqual([
      { level: 0, from: null, to: 0.5 },
      { level: 1, from: 0.5, to: 1.5 },
      { level: 2, from: 1.5, to: 2.5 },
      { level: 3, from: 2.5, to: 3.5 },
      { level: 4, from: 3.5, to: 4.5 },
      { level: 5, from: 4.5, to: null },
    ]);
  });
});

describe('element arithmetic helpers', () => {
  const element = {
    indicators: [
      { indicatorId: 'A.1.1', value: 3, status: 'answered', weight: 2 },
      { indicatorId: 'A.1.2', value: null, status: 'unanswered', weight: 1 },
      { indicatorId: 'A.1.3', value: 'NA', status: 'na', weight: 5 },
    ],
  } as const satisfies Pick<ElementResult, 'indicators'>;

  it('conservative denominator counts answered and unanswered weights, not NA', () => {
    expect(conservativeWeightTotal(element)).toBe(3);
  });

  it.each([
    [0, 6],
    [1, null],
    [2, null],
  ])('w·s of indicator %i is %s', (index, expected) => {
    const indicator = element.indicators[index];
    if (!indicator) throw new Error('missing');
    expect(indicatorProduct(indicator)).toBe(expected);
  });
});
