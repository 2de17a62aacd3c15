// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import { scoreAssessment } from '../scoring/score-assessment';
import { changeHorizon, defaultRoadmap, roadmapYears, setFinalTarget, setMode, setYearlyTarget } from './roadmap';

const AT = '2026-11-01T08:00:00.000Z';

const instrument = buildInstrument();
const weights = buildWeightProfile();

/**
 * GOV.1 = 3, 2, 2, 2 → 9/4 = 2.25 (band 2); GOV.2 = 4, 5, 5, 5 → 19/4 = 4.75 (band 5);
 * GOV.3 unanswered (no score); BRD.1 only BRD.1.1 = 2 → 2 (invalid, coverage 1/4). Rest empty.
 */
const baseline = scoreAssessment(instrument, weights, answersFrom({
  'GOV.1.1': 3, 'GOV.1.2': 2, 'GOV.1.3': 2, 'GOV.1.4': 2,
  'GOV.2.1': 4, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
  'BRD.1.1': 2,
}));

describe('defaultRoadmap', () => {
  const roadmap = defaultRoadmap(instrument, baseline, 2026, 5, AT);

  it('starts the year after the baseline, gives targets only to scored elements and records the baseline', () => {
    expect(roadmap.startYear).toBe(2027);
    expect(roadmap.horizon).toBe(5);
    // GOV.1, GOV.2, BRD.1 have a score; the 15 others wait for one ("menunggu skor").
    expect(Object.keys(roadmap.elements)).toEqual(['GOV.1', 'GOV.2', 'BRD.1']);
    expect(roadmap.elements['GOV.3']).toBeUndefined();
    expect(roadmapYears(roadmap)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(roadmap.baseline).toMatchObject({ decision: 'created', at: AT });
    expect(roadmap.baseline?.scores).toMatchObject({ 'GOV.1': 2.25, 'GOV.2': 4.75, 'GOV.3': null, 'BRD.1': 2 });
    expect(Object.keys(roadmap.baseline?.scores ?? {})).toHaveLength(18);
  });

  it.each([
    // Given the baseline score, then final = band + 1 (≤ 5) and steps interpolated from the score.
    ['GOV.1', 3, [2.4, 2.6, 2.7, 2.9, 3]], // 2.25 → band 2 → 3; steps 0.15
    ['GOV.2', 5, [4.8, 4.9, 4.9, 5, 5]], // 4.75 → band 5 → 5; steps 0.05: 4.8, 4.85→4.9, 4.9, 4.95→5, 5
    ['BRD.1', 3, [2.2, 2.4, 2.6, 2.8, 3]], // 2 (partial score of an invalid element) → band 2 → 3
  ])('%s: final %s, yearly %j, mode final', (id, finalTarget, yearly) => {
    expect(roadmap.elements[id]).toEqual({ mode: 'final', finalTarget, yearly });
  });

  it('has 10 yearly values on a 10-year horizon', () => {
    // 2 → 3 over 10 years: steps 0.1.
    expect(defaultRoadmap(instrument, baseline, 2026, 10, AT).elements['BRD.1']?.yearly).toEqual([2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3]);
  });
});

describe('roadmap edits', () => {
  const start = defaultRoadmap(instrument, baseline, 2026, 5, AT);

  it('setFinalTarget re-interpolates from the unrounded score (2.25 → 4: 2.6, 3, 3.3, 3.7, 4)', () => {
    const next = setFinalTarget(start, 'GOV.1', 4, baseline);
    expect(next.elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 4, yearly: [2.6, 3, 3.3, 3.7, 4] });
    expect(start.elements['GOV.1']?.finalTarget).toBe(3); // input untouched
    expect(next.elements['GOV.2']).toBe(start.elements['GOV.2']);
  });

  it('setFinalTarget rounds and clamps the value and ignores elements without targets', () => {
    expect(setFinalTarget(start, 'BRD.1', 7, baseline).elements['BRD.1']?.finalTarget).toBe(5);
    // 2 → 4.04 rounds to 4: steps 0.4.
    expect(setFinalTarget(start, 'BRD.1', 4.04, baseline).elements['BRD.1']?.yearly).toEqual([2.4, 2.8, 3.2, 3.6, 4]);
    expect(setFinalTarget(start, 'GOV.3', 4, baseline)).toBe(start);
    expect(setFinalTarget(start, 'XXX.9', 4, baseline)).toBe(start);
  });

  it('interpolates from the recorded baseline, not from a later score', () => {
    // GOV.1 is 3 today, but the targets were made from 2.25: a new final target starts from 2.25.
    const later = scoreAssessment(instrument, weights, answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 3, 'GOV.1.3': 3, 'GOV.1.4': 3 }));
    expect(setFinalTarget(start, 'GOV.1', 4, later).elements['GOV.1']?.yearly).toEqual([2.6, 3, 3.3, 3.7, 4]);
    // A roadmap without a recorded baseline (plan version 1) starts from today's score.
    expect(setFinalTarget({ ...start, baseline: null }, 'GOV.1', 4, later).elements['GOV.1']?.yearly).toEqual([3.2, 3.4, 3.6, 3.8, 4]);
  });

  it('setYearlyTarget switches to yearly, keeps the other years, and the final target is the last year', () => {
    const next = setYearlyTarget(setFinalTarget(start, 'GOV.1', 4, baseline), 'GOV.1', 2, 3.45);
    expect(next.elements['GOV.1']).toEqual({ mode: 'yearly', finalTarget: 4, yearly: [2.6, 3, 3.5, 3.7, 4] });
    // The final target follows the last year in year-by-year mode.
    expect(setYearlyTarget(next, 'GOV.1', 4, 4.5).elements['GOV.1']).toEqual({ mode: 'yearly', finalTarget: 4.5, yearly: [2.6, 3, 3.5, 3.7, 4.5] });
    expect(setYearlyTarget(start, 'GOV.1', 5, 4)).toBe(start);
    expect(setYearlyTarget(start, 'GOV.1', -1, 4)).toBe(start);
  });

  it('setMode back to final restores the interpolation to the kept final target', () => {
    const yearly = setYearlyTarget(setFinalTarget(start, 'GOV.1', 4, baseline), 'GOV.1', 0, 2.3);
    expect(setMode(yearly, 'GOV.1', 'final', baseline).elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 4, yearly: [2.6, 3, 3.3, 3.7, 4] });
    const toYearly = setMode(start, 'GOV.1', 'yearly', baseline);
    expect(toYearly.elements['GOV.1']).toEqual({ mode: 'yearly', finalTarget: 3, yearly: [2.4, 2.6, 2.7, 2.9, 3] });
    expect(setMode(start, 'GOV.1', 'final', baseline)).toBe(start);
  });

  it('changeHorizon re-interpolates final-mode elements and holds the last value of yearly ones', () => {
    const planned = setYearlyTarget(setFinalTarget(start, 'GOV.1', 4, baseline), 'BRD.1', 1, 2.5);
    const ten = changeHorizon(planned, 10, baseline);
    expect(ten.horizon).toBe(10);
    expect(ten.startYear).toBe(2027);
    // 2.25 → 4 over 10 years, steps 0.175: 2.425→2.4, 2.6, 2.775→2.8, 2.95→3, 3.125→3.1, 3.3, 3.475→3.5, 3.65→3.7, 3.825→3.8, 4.
    expect(ten.elements['GOV.1']?.yearly).toEqual([2.4, 2.6, 2.8, 3, 3.1, 3.3, 3.5, 3.7, 3.8, 4]);
    expect(ten.elements['BRD.1']).toEqual({ mode: 'yearly', finalTarget: 3, yearly: [2.2, 2.5, 2.6, 2.8, 3, 3, 3, 3, 3, 3] });
    const five = changeHorizon(ten, 5, baseline);
    expect(five.elements['GOV.1']?.yearly).toEqual([2.6, 3, 3.3, 3.7, 4]);
    expect(five.elements['BRD.1']?.yearly).toEqual([2.2, 2.5, 2.6, 2.8, 3]);
    expect(changeHorizon(five, 5, baseline)).toBe(five);
  });

  it('changeHorizon 5 → 10 → 5 after the answers changed gives back the same targets (no silent rebase)', () => {
    const later = scoreAssessment(instrument, weights, answersFrom({ 'GOV.1.1': 4, 'GOV.1.2': 4, 'GOV.1.3': 4, 'GOV.1.4': 4 }));
    const back = changeHorizon(changeHorizon(start, 10, later), 5, later);
    expect(back.elements).toEqual(start.elements);
    expect(back.baseline).toBe(start.baseline);
  });
});
