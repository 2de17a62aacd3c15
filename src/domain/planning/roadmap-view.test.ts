// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import { scoreAssessment } from '../scoring/score-assessment';
import { defaultRoadmap, setYearlyTarget } from './roadmap';
import { roadmapView } from './roadmap-view';

const instrument = buildInstrument();
// GOV.1 weighs 2 inside GOV, GOV weighs 2 in the index.
const weights = buildWeightProfile({ element: { 'GOV.1': 2 }, dimension: { GOV: 2 } });

/**
 * GOV.1 = 2.25, GOV.2 = 4.75, GOV.3 no score → GOV = (2·2.25 + 4.75)/3 = 9.25/3 = 3.0833…;
 * BRD.1 = 2 but invalid (1 of 4 answered) → BRD not valid. Index = GOV alone = 9.25/3.
 */
const baseline = scoreAssessment(instrument, weights, answersFrom({
  'GOV.1.1': 3, 'GOV.1.2': 2, 'GOV.1.3': 2, 'GOV.1.4': 2,
  'GOV.2.1': 4, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
  'BRD.1.1': 2,
}));
const roadmap = defaultRoadmap(instrument, baseline, 2026, 5, '2026-11-01T08:00:00.000Z');

function close(actual: readonly (number | null)[] | undefined, expected: readonly (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => {
    if (x === null) expect(actual?.[i]).toBeNull();
    else expect(actual?.[i]).toBeCloseTo(x, 12);
  });
}

describe('roadmapView', () => {
  const view = roadmapView(instrument, weights, roadmap, baseline);

  it('gives the years and one row per element in instrument order', () => {
    expect(view.years).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(view.elements.map((e) => e.elementId).slice(0, 4)).toEqual(['GOV.1', 'GOV.2', 'GOV.3', 'BRD.1']);
    expect(view.elements).toHaveLength(18);
  });

  it('gives each element its current score, targets and gap per year (target − current)', () => {
    const gov1 = view.elements[0];
    expect(gov1).toMatchObject({ elementId: 'GOV.1', dimensionId: 'GOV', current: 2.25, isValid: true, mode: 'final', targets: [2.4, 2.6, 2.7, 2.9, 3], finalTarget: 3 });
    close(gov1?.gaps, [0.15, 0.35, 0.45, 0.65, 0.75]);
    expect(gov1?.finalGap).toBeCloseTo(0.75, 12);
    // An element without a score has no targets ("menunggu skor") and no gap.
    expect(view.elements[2]).toMatchObject({ elementId: 'GOV.3', current: null, isValid: false, mode: null, targets: [], gaps: [], finalTarget: null, finalGap: null });
    // An invalid element shows its partial score and gap, flagged.
    expect(view.elements[3]).toMatchObject({ elementId: 'BRD.1', current: 2, isValid: false });
    close(view.elements[3]?.gaps, [0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('aggregates a dimension target over the elements valid in the baseline, with element weights', () => {
    const gov = view.dimensions[0];
    // (2·T(GOV.1) + T(GOV.2)) / 3: (4.8 + 4.8)/3, (5.2 + 4.9)/3, (5.4 + 4.9)/3, (5.8 + 5)/3, (6 + 5)/3.
    expect(gov).toMatchObject({ dimensionId: 'GOV', isPartialBasis: true });
    expect(gov?.current).toBeCloseTo(9.25 / 3, 12);
    close(gov?.targets, [3.2, 10.1 / 3, 10.3 / 3, 3.6, 11 / 3]);
    close(gov?.gaps, [0.35 / 3, 0.85 / 3, 1.05 / 3, 1.55 / 3, 1.75 / 3]);
    expect(gov?.finalGap).toBeCloseTo(1.75 / 3, 12);
  });

  it('aggregates over the elements with targets when the dimension has no score (no gap then)', () => {
    const brd = view.dimensions[1];
    // Only BRD.1 (2 → 3) has targets; BRD.2 and BRD.3 wait for a score.
    expect(brd).toMatchObject({ dimensionId: 'BRD', current: null, isPartialBasis: true, gaps: [null, null, null, null, null], finalGap: null });
    close(brd?.targets, [2.2, 2.4, 2.6, 2.8, 3]);
    // ECO has no element with targets: no dimension target at all.
    expect(view.dimensions[2]).toMatchObject({ targets: [], gaps: [], finalGap: null });
  });

  it('builds the index row from the valid dimensions of the baseline', () => {
    expect(view.index.current).toBeCloseTo(9.25 / 3, 12);
    expect(view.index.isPartialBasis).toBe(true);
    close(view.index.targets, [3.2, 10.1 / 3, 10.3 / 3, 3.6, 11 / 3]);
    expect(view.index.finalGap).toBeCloseTo(1.75 / 3, 12);
  });

  it('gives no default targets when nothing is scored yet, and weights typed ones by dimension weight', () => {
    const empty = scoreAssessment(instrument, weights, {});
    const none = defaultRoadmap(instrument, empty, 2026, 5, '2026-11-01T08:00:00.000Z');
    expect(none.elements).toEqual({});
    expect(roadmapView(instrument, weights, none, empty).index).toMatchObject({ current: null, targets: [], finalGap: null });
    const typed = { mode: 'yearly' as const, finalTarget: 1, yearly: [0.2, 0.4, 0.6, 0.8, 1] };
    const withTyped = setYearlyTarget({ ...none, elements: { 'GOV.1': typed, 'GOV.2': typed, 'BRD.1': typed } }, 'GOV.1', 4, 4);
    const v = roadmapView(instrument, weights, withTyped, empty);
    // GOV = (2·4 + 1)/3 = 3 in the last year; BRD = 1; index = (2·3 + 1·1)/3 = 7/3.
    expect(v.dimensions[0]?.targets[4]).toBeCloseTo(3, 12);
    expect(v.index.targets[4]).toBeCloseTo(7 / 3, 12);
    expect(v.index.gaps).toEqual([null, null, null, null, null]);
    expect(v.elements[0]).toMatchObject({ mode: 'yearly', finalTarget: 4 });
  });
});
