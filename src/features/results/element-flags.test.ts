import { describe, expect, it } from 'vitest';
import type { ElementResult } from '../../domain/scoring/types';
import { elementFlags } from './element-flags';

function element(applicable: number, isValid: boolean, isNarrowBasis: boolean): ElementResult {
  return {
    elementId: 'GOV.1', dimensionId: 'GOV', score: null, conservative: null, band: null, total: 4, applicable,
    answered: 0, na: 4 - applicable, coverage: null, isValid, isNarrowBasis, weightedSum: 0, weightTotal: 0,
    weight: 1, indicators: [],
  };
}

describe('elementFlags', () => {
  it.each([
    ['no applicable indicator → tidak dinilai', element(0, false, false), ['notRated']],
    ['coverage below 50 % → tidak valid', element(4, false, false), ['invalid']],
    ['valid on 2 applicable → basis sempit', element(2, true, true), ['narrow']],
    ['valid on 4 applicable → no note', element(4, true, false), []],
  ])('%s', (_name, given, expected) => {
    expect(elementFlags(given)).toEqual(expected);
  });
});
