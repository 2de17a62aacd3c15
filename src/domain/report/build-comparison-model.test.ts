// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/types';
import { answersFor, buildInstrument, buildWeightProfile, indicatorIds } from '../../test/instrument-fixture';
import { buildComparisonModel, checkComparisonIds } from './build-comparison-model';
import type { ComparisonInputEntry } from './build-comparison-model';

const instrument = buildInstrument();
const weights = buildWeightProfile();
const ids = indicatorIds(instrument);

function entry(id: string, name: string | null, status: Assessment['status'], level: (i: number) => number): ComparisonInputEntry {
  return {
    assessment: {
      id, regionCode: '32.74', period: 2026, instrumentVersion: instrument.version, weightProfileId: weights.id,
      status, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    },
    answers: answersFor(ids, (_id, p) => level(p) as 0 | 1 | 2 | 3 | 4 | 5),
    instrument,
    weights,
    region: { code: '32.74', name, provinceName: null },
  };
}

describe('checkComparisonIds', () => {
  it.each([
    [['a'], { ok: false, reason: 'too_few', count: 1 }],
    [[], { ok: false, reason: 'too_few', count: 0 }],
    [['a', 'a', ' '], { ok: false, reason: 'too_few', count: 1 }],
    [['a', 'b'], { ok: true, ids: ['a', 'b'] }],
    [['a', 'b', 'a', 'c'], { ok: true, ids: ['a', 'b', 'c'] }],
    [['1', '2', '3', '4', '5', '6'], { ok: true, ids: ['1', '2', '3', '4', '5', '6'] }],
    [['1', '2', '3', '4', '5', '6', '7'], { ok: false, reason: 'too_many', count: 7 }],
  ])('%j → %j', (input, expected) => {
    expect(checkComparisonIds(input)).toEqual(expected);
  });
});

describe('buildComparisonModel', () => {
  it('scores each assessment side by side (hand-computed) in the given order', () => {
    // A: every answer 4 → all elements, dimensions and the index 4.00 (level 4).
    // B: the p-th indicator gets p mod 5 → GOV = 1.75, BRD = 2.0833…, index 1.958333… (see e2e).
    const model = buildComparisonModel(
      [entry('a', 'Kota Cirebon', 'final', () => 4), entry('b', null, 'draft', (p) => p % 5)],
      '2026-03-01T10:00:00.000Z', 'id',
    );
    expect(model?.entries.map((e) => [e.key, e.label, e.isDraft, e.level?.level])).toEqual([
      ['a', 'Kota Cirebon 2026', false, 4], ['b', '32.74 2026', true, 2],
    ]);
    expect(model?.entries[0]?.index).toBe(4);
    expect(model?.entries[1]?.index).toBeCloseTo(11.75 / 6, 12);
    expect(model?.entries[1]?.dimensions.GOV).toBeCloseTo(1.75, 12);
    expect(model?.entries[1]?.dimensions.BRD).toBeCloseTo(25 / 12, 12);
    expect(model?.entries[1]?.elements['GOV.1']).toBe(1.5);
    expect(model?.dimensions.map((d) => d.id)).toEqual(['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV']);
    expect(model?.elements).toHaveLength(18);
    expect(model?.isSameBasis).toBe(true);
    expect(model?.hasDraft).toBe(true);
  });

  it('flags a different scoring basis and returns null for nothing to compare', () => {
    const other = entry('c', 'Kabupaten Cirebon', 'final', () => 2);
    const moved = { ...other, assessment: { ...other.assessment, weightProfileId: 'other-weights' } };
    const model = buildComparisonModel([entry('a', 'Kota Cirebon', 'final', () => 4), moved], '2026-03-01', 'en');
    expect(model?.isSameBasis).toBe(false);
    expect(model?.hasDraft).toBe(false);
    expect(buildComparisonModel([], '2026-03-01', 'id')).toBeNull();
  });

  it('leaves invalid elements and dimensions empty', () => {
    // Only GOV.1.1 answered: GOV.1 has coverage 1/4 < 0.5 → invalid → null; GOV → null.
    const sparse = { ...entry('s', 'Kota Bogor', 'draft', () => 3), answers: answersFor(['GOV.1.1'], () => 3) };
    const model = buildComparisonModel([sparse, entry('a', 'Kota Cirebon', 'final', () => 4)], 'x', 'id');
    expect(model?.entries[0]?.elements['GOV.1']).toBeNull();
    expect(model?.entries[0]?.dimensions.GOV).toBeNull();
    expect(model?.entries[0]?.index).toBeNull();
  });
});
