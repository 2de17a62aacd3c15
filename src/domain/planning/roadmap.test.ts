// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import { scoreAssessment } from '../scoring/score-assessment';
import { changeHorizon, defaultRoadmap, rebaseRoadmap, roadmapYears, setFinalTarget, setMode, setYearlyTarget } from './roadmap';

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
  const roadmap = defaultRoadmap(instrument, baseline, 2026, 5);

  it('starts the year after the baseline and covers every element of the instrument', () => {
    expect(roadmap.startYear).toBe(2027);
    expect(roadmap.horizon).toBe(5);
    expect(Object.keys(roadmap.elements)).toHaveLength(18);
    expect(roadmapYears(roadmap)).toEqual([2027, 2028, 2029, 2030, 2031]);
  });

  it.each([
    // Given the baseline score, then final = band + 1 (≤ 5) and steps interpolated from the score.
    ['GOV.1', 3, [2.4, 2.6, 2.7, 2.9, 3]], // 2.25 → band 2 → 3; steps 0.15
    ['GOV.2', 5, [4.8, 4.9, 4.9, 5, 5]], // 4.75 → band 5 → 5; steps 0.05: 4.8, 4.85→4.9, 4.9, 4.95→5, 5
    ['GOV.3', 1, [0.2, 0.4, 0.6, 0.8, 1]], // no score → from 0 to 1
    ['BRD.1', 3, [2.2, 2.4, 2.6, 2.8, 3]], // 2 (partial score of an invalid element) → band 2 → 3
  ])('%s: final %s, yearly %j, mode final', (id, finalTarget, yearly) => {
    expect(roadmap.elements[id]).toEqual({ mode: 'final', finalTarget, yearly });
  });

  it('has 10 yearly values on a 10-year horizon', () => {
    expect(defaultRoadmap(instrument, baseline, 2026, 10).elements['GOV.3']?.yearly).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe('roadmap edits', () => {
  const start = defaultRoadmap(instrument, baseline, 2026, 5);

  it('setFinalTarget re-interpolates from the unrounded score (2.25 → 4: 2.6, 3, 3.3, 3.7, 4)', () => {
    const next = setFinalTarget(start, 'GOV.1', 4, baseline);
    expect(next.elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 4, yearly: [2.6, 3, 3.3, 3.7, 4] });
    expect(start.elements['GOV.1']?.finalTarget).toBe(3); // input untouched
    expect(next.elements['GOV.2']).toBe(start.elements['GOV.2']);
  });

  it('setFinalTarget rounds and clamps the value and ignores unknown elements', () => {
    expect(setFinalTarget(start, 'GOV.3', 7, baseline).elements['GOV.3']?.finalTarget).toBe(5);
    expect(setFinalTarget(start, 'GOV.3', 2.04, baseline).elements['GOV.3']?.yearly).toEqual([0.4, 0.8, 1.2, 1.6, 2]);
    expect(setFinalTarget(start, 'XXX.9', 4, baseline)).toBe(start);
  });

  it('setYearlyTarget switches to yearly, keeps the other years and the final target', () => {
    const next = setYearlyTarget(setFinalTarget(start, 'GOV.1', 4, baseline), 'GOV.1', 2, 3.45);
    expect(next.elements['GOV.1']).toEqual({ mode: 'yearly', finalTarget: 4, yearly: [2.6, 3, 3.5, 3.7, 4] });
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
    const planned = setYearlyTarget(setFinalTarget(start, 'GOV.1', 4, baseline), 'GOV.3', 1, 0.5);
    const ten = changeHorizon(planned, 10, baseline);
    expect(ten.horizon).toBe(10);
    expect(ten.startYear).toBe(2027);
    // 2.25 → 4 over 10 years, steps 0.175: 2.425→2.4, 2.6, 2.775→2.8, 2.95→3, 3.125→3.1, 3.3, 3.475→3.5, 3.65→3.7, 3.825→3.8, 4.
    expect(ten.elements['GOV.1']?.yearly).toEqual([2.4, 2.6, 2.8, 3, 3.1, 3.3, 3.5, 3.7, 3.8, 4]);
    expect(ten.elements['GOV.3']).toEqual({ mode: 'yearly', finalTarget: 1, yearly: [0.2, 0.5, 0.6, 0.8, 1, 1, 1, 1, 1, 1] });
    const five = changeHorizon(ten, 5, baseline);
    expect(five.elements['GOV.1']?.yearly).toEqual([2.6, 3, 3.3, 3.7, 4]);
    expect(five.elements['GOV.3']?.yearly).toEqual([0.2, 0.5, 0.6, 0.8, 1]);
    expect(changeHorizon(five, 5, baseline)).toBe(five);
  });
});

describe('rebaseRoadmap', () => {
  const planned = setYearlyTarget(setFinalTarget(defaultRoadmap(instrument, baseline, 2026, 5), 'GOV.1', 4, baseline), 'GOV.3', 1, 0.5);

  it('returns the same object when the baseline has not changed', () => {
    expect(rebaseRoadmap(planned, baseline)).toBe(planned);
  });

  it('re-interpolates final-mode elements from a changed baseline and leaves yearly ones alone', () => {
    // GOV.1 now 3, 3, 3, 3 → 3; final 4 → steps 0.2. GOV.3 now answered (yearly mode: unchanged).
    const changed = scoreAssessment(instrument, weights, answersFrom({
      'GOV.1.1': 3, 'GOV.1.2': 3, 'GOV.1.3': 3, 'GOV.1.4': 3,
      'GOV.2.1': 4, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
      'GOV.3.1': 4, 'BRD.1.1': 2,
    }));
    const rebased = rebaseRoadmap(planned, changed);
    expect(rebased.elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 4, yearly: [3.2, 3.4, 3.6, 3.8, 4] });
    expect(rebased.elements['GOV.3']).toBe(planned.elements['GOV.3']);
    expect(rebased.elements['GOV.2']).toBe(planned.elements['GOV.2']);
  });

  it('adds default targets for missing elements and resizes wrong-length yearly lists', () => {
    const { 'ENV.3': _dropped, ...rest } = planned.elements;
    const damaged = { ...planned, elements: { ...rest, 'GOV.3': { mode: 'yearly' as const, finalTarget: 1, yearly: [0.5, 0.7] } } };
    const rebased = rebaseRoadmap(damaged, baseline);
    expect(rebased.elements['ENV.3']).toEqual({ mode: 'final', finalTarget: 1, yearly: [0.2, 0.4, 0.6, 0.8, 1] });
    expect(rebased.elements['GOV.3']?.yearly).toEqual([0.5, 0.7, 0.7, 0.7, 0.7]);
  });
});
