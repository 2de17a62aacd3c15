// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerOf, answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import type { AnswerMap } from '../assessment/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { baselineChanges, keepTargets, rebaseRoadmap } from './baseline';
import { changeHorizon, defaultRoadmap, setYearlyTarget } from './roadmap';
import { roadmapView } from './roadmap-view';

const instrument = buildInstrument();
const weights = buildWeightProfile();
const MADE = '2026-11-01T08:00:00.000Z';
const LATER = '2026-11-20T08:00:00.000Z';

/** GOV.1 = (3+2+2+2)/4 = 2.25, GOV.2 = 4.75, BRD.1 = 2 (only BRD.1.1: invalid); the rest unscored. */
const partial: AnswerMap = answersFrom({
  'GOV.1.1': 3, 'GOV.1.2': 2, 'GOV.1.3': 2, 'GOV.1.4': 2,
  'GOV.2.1': 4, 'GOV.2.2': 5, 'GOV.2.3': 5, 'GOV.2.4': 5,
  'BRD.1.1': 2,
});
const score = (answers: AnswerMap) => scoreAssessment(instrument, weights, answers);
const start = score(partial);
/** Defaults: GOV.1 2.25 → 3 [2.4 2.6 2.7 2.9 3]; GOV.2 4.75 → 5; BRD.1 typed year by year. */
const planned = setYearlyTarget(defaultRoadmap(instrument, start, 2026, 5, MADE), 'BRD.1', 1, 2.5);

describe('baselineChanges', () => {
  it('is empty while the scores are those the targets were made from', () => {
    expect(baselineChanges(instrument, planned, start)).toEqual([]);
  });

  it('lists, element by element, the scores that moved after more answers', () => {
    // GOV.1 3, 3, 2, 2 → 2.5; GOV.3.1 answered 4 → GOV.3 4 (first score).
    const later = score({ ...partial, ...answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 3, 'GOV.3.1': 4 }) });
    expect(baselineChanges(instrument, planned, later)).toEqual([
      { elementId: 'GOV.1', recorded: 2.25, current: 2.5 },
      { elementId: 'GOV.3', recorded: null, current: 4 },
    ]);
  });

  it('lists every element, recorded unknown, for a roadmap made before the baseline was recorded', () => {
    const changes = baselineChanges(instrument, { ...planned, baseline: null }, start);
    expect(changes).toHaveLength(18);
    expect(changes[0]).toEqual({ elementId: 'GOV.1', recorded: undefined, current: 2.25 });
  });
});

describe('rebaseRoadmap (recompute from today’s scores)', () => {
  it('after more answers: re-interpolates final-mode elements from today, gives a newly scored element its default, keeps yearly ones', () => {
    const later = score({ ...partial, ...answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 3, 'GOV.3.1': 4 }) });
    const rebased = rebaseRoadmap(instrument, planned, later, LATER);
    // GOV.1: 2.5 → 3 over 5 years, steps 0.1.
    expect(rebased.elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 3, yearly: [2.6, 2.7, 2.8, 2.9, 3] });
    // GOV.3: 4 (band 4) → 5, steps 0.2.
    expect(rebased.elements['GOV.3']).toEqual({ mode: 'final', finalTarget: 5, yearly: [4.2, 4.4, 4.6, 4.8, 5] });
    expect(rebased.elements['BRD.1']).toEqual(planned.elements['BRD.1']);
    expect(rebased.elements['ECO.1']).toBeUndefined(); // still no score: still no target
    expect(rebased.baseline).toMatchObject({ decision: 'recomputed', at: LATER });
    expect(baselineChanges(instrument, rebased, later)).toEqual([]);
  });

  it('never goes backwards: a score past the final target raises it to the score (rounded up to a tenth)', () => {
    // GOV.1 4, 3, 3, 3 → 3.25 > final 3: F′ = 3.3; 3.25 → 3.3 in steps of 0.01 → 3.3 every year.
    const later = score({ ...partial, ...answersFrom({ 'GOV.1.1': 4, 'GOV.1.2': 3, 'GOV.1.3': 3, 'GOV.1.4': 3 }) });
    const rebased = rebaseRoadmap(instrument, planned, later, LATER);
    expect(rebased.elements['GOV.1']).toEqual({ mode: 'final', finalTarget: 3.3, yearly: [3.3, 3.3, 3.3, 3.3, 3.3] });
    const row = roadmapView(instrument, weights, rebased, later).elements[0];
    expect(row?.gaps.every((g) => g !== null && g >= 0)).toBe(true);
  });

  it('after an OPD merge: the merged answers move the score, and recompute follows them', () => {
    // A package merged GOV.2.1 4 → 1 (with provenance): GOV.2 (1+5+5+5)/4 = 4.
    const merged = { ...partial, 'GOV.2.1': answerOf('GOV.2.1', 1, { provenance: { opd: 'Diskominfo', packageId: 'wp-1', mergedAt: LATER } }) };
    const later = score(merged);
    expect(baselineChanges(instrument, planned, later)).toEqual([{ elementId: 'GOV.2', recorded: 4.75, current: 4 }]);
    // Final 5 kept; 4 → 5 in steps of 0.2.
    expect(rebaseRoadmap(instrument, planned, later, LATER).elements['GOV.2']).toEqual({ mode: 'final', finalTarget: 5, yearly: [4.2, 4.4, 4.6, 4.8, 5] });
  });
});

describe('keepTargets', () => {
  it('keeps every target, records today’s scores (decision kept) and gives a newly scored element its default', () => {
    const later = score({ ...partial, ...answersFrom({ 'GOV.1.1': 5, 'GOV.1.2': 5, 'GOV.1.3': 5, 'GOV.1.4': 5, 'GOV.3.1': 4 }) });
    const kept = keepTargets(instrument, planned, later, LATER);
    expect(kept.elements['GOV.1']).toEqual(planned.elements['GOV.1']);
    expect(kept.elements['GOV.3']).toEqual({ mode: 'final', finalTarget: 5, yearly: [4.2, 4.4, 4.6, 4.8, 5] });
    expect(kept.baseline).toEqual({ scores: expect.objectContaining({ 'GOV.1': 5, 'GOV.3': 4 }), decision: 'kept', at: LATER });
    expect(baselineChanges(instrument, kept, later)).toEqual([]);
    // GOV.1 now 5, every target below it: the gap is negative (flagged), never "met" by default.
    expect(roadmapView(instrument, weights, kept, later).elements[0]?.finalGap).toBeCloseTo(-2, 12);
    // A horizon change after keeping interpolates from the kept baseline (5 → 3 falling), no silent rebase.
    expect(changeHorizon(changeHorizon(kept, 10, start), 5, start).elements['GOV.1']?.yearly).toEqual([4.6, 4.2, 3.8, 3.4, 3]);
  });
});
