// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import { scoreAssessment } from '../scoring/score-assessment';
import { achievementView } from './achievement';
import { defaultRoadmap, setFinalTarget } from './roadmap';

const instrument = buildInstrument();
const weights = buildWeightProfile();

// Baseline 2026: GOV.1 = 2.25, GOV.2 = 4.75, BRD.1 = 2 (invalid), the rest empty.
const baseline = scoreAssessment(instrument, weights, answersFrom({
  'GOV.1.1': 3, 'GOV.1.2': 2, 'GOV.1.3': 2, 'GOV.1.4': 2,
  'GOV.2.1': 4, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
  'BRD.1.1': 2,
}));
// Targets 2027–2031: GOV.1 2.6, 3, 3.3, 3.7, 4; GOV.2 4.8, 4.9, 4.9, 5, 5; BRD.1 2.2 … 3. The
// unscored elements get none by default; here the team typed 0.2 … 1 for each of them.
const made = setFinalTarget(defaultRoadmap(instrument, baseline, 2026, 5, '2026-11-01T08:00:00.000Z'), 'GOV.1', 4, baseline);
const typed = { mode: 'yearly' as const, finalTarget: 1, yearly: [0.2, 0.4, 0.6, 0.8, 1] };
const roadmap = { ...made, elements: Object.fromEntries(instrument.dimensions.flatMap((d) => d.elements).map((e) => [e.id, made.elements[e.id] ?? typed])) };

/**
 * Later (2029, targets of year index 2): GOV.1 = 4, 3, 3, 3 → 3.25 (target 3.3); GOV.2 = 5 (4.9);
 * GOV.3 = 1, 1 → 1 (0.6); BRD.1 = 3 alone → invalid; BRD.2 = 1, 1, 1, 0 → 0.75 (0.6);
 * BRD.3 = 0, 1, 1, 0 → 0.5 (0.6). Everything else unanswered.
 */
const later = scoreAssessment(instrument, weights, answersFrom({
  'GOV.1.1': 4, 'GOV.1.2': 3, 'GOV.1.3': 3, 'GOV.1.4': 3,
  'GOV.2.1': 5, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
  'GOV.3.1': 1, 'GOV.3.2': 1,
  'BRD.1.1': 3,
  'BRD.2.1': 1, 'BRD.2.2': 1, 'BRD.2.3': 1, 'BRD.2.4': 0,
  'BRD.3.1': 0, 'BRD.3.2': 1, 'BRD.3.3': 1, 'BRD.3.4': 0,
}));

describe('achievementView', () => {
  const view = achievementView(roadmap, later, 2029);

  it('takes the targets of the later period (2029 = year index 2)', () => {
    expect(view).toMatchObject({ period: 2029, yearIndex: 2, isWithinHorizon: true });
  });

  it.each([
    ['GOV.1', 3.3, 3.25, 'belum_tercapai'],
    ['GOV.2', 4.9, 5, 'tercapai'],
    ['GOV.3', 0.6, 1, 'tercapai'],
    ['BRD.1', 2.6, null, 'tidak_dinilai'], // 3 ≥ 2.6, but only 1 of 4 answered: not valid
    ['BRD.2', 0.6, 0.75, 'tercapai'],
    ['BRD.3', 0.6, 0.5, 'belum_tercapai'],
    ['ECO.1', 0.6, null, 'tidak_dinilai'],
  ])('%s: target %s, score %s → %s', (elementId, target, score, status) => {
    expect(view.elements.find((e) => e.elementId === elementId)).toEqual({ elementId, dimensionId: elementId.slice(0, 3), target, score, status });
  });

  it('compares dimensions with the target aggregated over their valid elements', () => {
    const [gov, brd, eco] = view.dimensions;
    // GOV: (3.25 + 5 + 1)/3 = 9.25/3 vs (3.3 + 4.9 + 0.6)/3 = 8.8/3.
    expect(gov?.score).toBeCloseTo(9.25 / 3, 12);
    expect(gov?.target).toBeCloseTo(8.8 / 3, 12);
    expect(gov?.status).toBe('tercapai');
    // BRD: BRD.1 is not valid, so (0.75 + 0.5)/2 = 0.625 vs (0.6 + 0.6)/2 = 0.6.
    expect(brd?.score).toBeCloseTo(0.625, 12);
    expect(brd?.target).toBeCloseTo(0.6, 12);
    expect(brd?.status).toBe('tercapai');
    expect(eco).toMatchObject({ dimensionId: 'ECO', score: null, status: 'tidak_dinilai' });
    expect(eco?.target).toBeCloseTo(0.6, 12);
  });

  it('counts the element statuses', () => {
    expect(view.counts).toEqual({ tercapai: 3, belum_tercapai: 2, tidak_dinilai: 13, tanpa_target: 0 });
  });

  it('counts a score exactly on the target as reached', () => {
    // 2028 (index 1): GOV.1 target 3; later GOV.1 = 3, 3, 3, 3 → 3.
    const exact = scoreAssessment(instrument, weights, answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 3, 'GOV.1.3': 3, 'GOV.1.4': 3 }));
    expect(achievementView(roadmap, exact, 2028).elements[0]).toMatchObject({ target: 3, score: 3, status: 'tercapai' });
  });

  it.each([2026, 2032])('has no targets for %s, outside the roadmap years 2027–2031', (period) => {
    const outside = achievementView(roadmap, later, period);
    expect(outside).toMatchObject({ yearIndex: null, isWithinHorizon: false });
    expect(outside.elements.every((e) => e.target === null && e.status === 'tanpa_target')).toBe(true);
    expect(outside.dimensions.every((d) => d.target === null && d.status === 'tanpa_target')).toBe(true);
    expect(outside.counts.tanpa_target).toBe(18);
  });

  it('marks an element without a roadmap entry, and its dimension, as without target', () => {
    const { 'GOV.3': _dropped, ...rest } = roadmap.elements;
    const partial = achievementView({ ...roadmap, elements: rest }, later, 2029);
    expect(partial.elements[2]).toMatchObject({ elementId: 'GOV.3', target: null, status: 'tanpa_target' });
    expect(partial.dimensions[0]).toMatchObject({ target: null, status: 'tanpa_target' });
  });
});
