// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { gapMap } from './gap-map';

describe('gapMap', () => {
  it('marks ahead by ≥ 1 level, behind by ≥ 1 level, within a level, and excludes invalid elements', () => {
    const ours = { 'GOV.1': 2.1, 'GOV.2': 3.5, 'GOV.3': null, 'BRD.1': 4 };
    const theirs = { 'GOV.1': 3.1, 'GOV.2': 2.25, 'GOV.3': 4, 'BRD.1': 4.9, 'BRD.2': 5 };
    const map = gapMap(CURRENT_INSTRUMENT, ours, theirs);
    expect(map.elements).toHaveLength(18);
    expect(map.elements.slice(0, 4)).toEqual([
      { elementId: 'GOV.1', dimensionId: 'GOV', ours: 2.1, theirs: 3.1, difference: 1, status: 'learn' },
      { elementId: 'GOV.2', dimensionId: 'GOV', ours: 3.5, theirs: 2.25, difference: -1.25, status: 'share' },
      { elementId: 'GOV.3', dimensionId: 'GOV', ours: null, theirs: 4, difference: null, status: 'excluded' },
      { elementId: 'BRD.1', dimensionId: 'BRD', ours: 4, theirs: 4.9, difference: 0.9, status: 'equal' },
    ]);
    expect(map.elements[4]).toMatchObject({ elementId: 'BRD.2', status: 'excluded' });
    expect(map.counts).toEqual({ learn: 1, share: 1, equal: 1, excluded: 15 });
  });

  it('is the mirror image from the other side', () => {
    const map = gapMap(CURRENT_INSTRUMENT, { 'GOV.1': 3.1, 'GOV.2': 2.25 }, { 'GOV.1': 2.1, 'GOV.2': 3.5 });
    expect(map.elements.slice(0, 2).map((e) => e.status)).toEqual(['share', 'learn']);
  });
});
