// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../assessment/types';
import type { Level } from '../instrument/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { answersFor, answersFrom, buildInstrument, buildWeightProfile, indicatorIds } from '../../test/instrument-fixture';
import { nextLevelOf, selectStrengthsAndGaps } from './strengths-gaps';

const instrument = buildInstrument();
const weights = buildWeightProfile();
const ids = indicatorIds(instrument);

/** Levels of the four indicators per element; unlisted elements get 3, 3, 3, 3. */
function answersByElement(levels: Readonly<Record<string, readonly AnswerValue[]>>) {
  const values: Record<string, AnswerValue> = {};
  for (const id of ids) {
    const elementId = id.slice(0, id.lastIndexOf('.'));
    const n = Number(id.slice(id.lastIndexOf('.') + 1));
    const given = levels[elementId];
    const level = given ? given[n - 1] : 3;
    if (level !== undefined) values[id] = level;
  }
  return answersFrom(values);
}

describe('nextLevelOf', () => {
  it.each<[number, Level]>([
    [0, 1], [0.75, 1], [1.5, 2], [2, 3], [2.9999999999999996, 4], [3.25, 4], [4.5, 5], [4.99, 5], [5, 5],
  ])('score %f → next level %i', (score, next) => {
    expect(nextLevelOf(score)).toBe(next);
  });
});

describe('selectStrengthsAndGaps', () => {
  it('lists the three highest and three lowest valid elements with the next level as next step', () => {
    // Given element scores (hand-computed from four answers each):
    //   GOV.1 4,4,4,4 = 4.00 · GOV.2 3,2,2,2 = 2.25 · GOV.3 5,5,5,5 = 5.00
    //   BRD.1 1,1,2,2 = 1.50 · BRD.2 only one of four answered (5) → invalid, never ranked
    //   ECO.1 0,1,1,1 = 0.75 · ECO.2 4,4,5,5 = 4.50 · ECO.3 2,2,2,2 = 2.00 · every other element 3.00
    const answers = answersByElement({
      'GOV.1': [4, 4, 4, 4], 'GOV.2': [3, 2, 2, 2], 'GOV.3': [5, 5, 5, 5],
      'BRD.1': [1, 1, 2, 2], 'BRD.2': [5, null, null, null],
      'ECO.1': [0, 1, 1, 1], 'ECO.2': [4, 4, 5, 5], 'ECO.3': [2, 2, 2, 2],
    });
    const score = scoreAssessment(instrument, weights, answers);
    const { strengths, gaps } = selectStrengthsAndGaps(instrument, score, answers, 'id');
    // Then strengths are 5.00, 4.50, 4.00 and gaps 0.75, 1.50, 2.00.
    expect(strengths.map((s) => [s.elementId, s.score, s.level.level])).toEqual([
      ['GOV.3', 5, 5], ['ECO.2', 4.5, 5], ['GOV.1', 4, 4],
    ]);
    expect(gaps.map((g) => [g.elementId, g.score, g.nextLevel.level, g.nextLevel.descriptor])).toEqual([
      ['ECO.1', 0.75, 1, 'Deskripsi 1'],
      ['BRD.1', 1.5, 2, 'Deskripsi 2'],
      ['ECO.3', 2, 3, 'Deskripsi 3'],
    ]);
    // And each gap lists its answered indicators below the next level, lowest first.
    expect(gaps[0]?.below.map((b) => [b.indicatorId, b.level])).toEqual([['ECO.1.1', 0]]);
    expect(gaps[1]?.below.map((b) => [b.indicatorId, b.level])).toEqual([['BRD.1.1', 1], ['BRD.1.2', 1]]);
    expect(gaps[2]?.below).toHaveLength(4);
    expect(strengths[0]).toMatchObject({ name: 'Elemen GOV.3', dimensionName: 'Dimensi GOV' });
  });

  it('breaks ties by instrument order and never lists an element twice', () => {
    // Given every element at 3.00, then strengths are the first three and gaps the next three.
    const answers = answersFor(ids, () => 3);
    const score = scoreAssessment(instrument, weights, answers);
    const { strengths, gaps } = selectStrengthsAndGaps(instrument, score, answers, 'en');
    expect(strengths.map((s) => s.elementId)).toEqual(['GOV.1', 'GOV.2', 'GOV.3']);
    expect(gaps.map((g) => g.elementId)).toEqual(['BRD.1', 'BRD.2', 'BRD.3']);
    expect(gaps[0]?.nextLevel.level).toBe(4);
  });

  it('has no gaps when every element is at the maximum, and nothing at all without answers', () => {
    const full = answersFor(ids, () => 5);
    const top = selectStrengthsAndGaps(instrument, scoreAssessment(instrument, weights, full), full, 'id');
    expect(top.strengths).toHaveLength(3);
    expect(top.gaps).toEqual([]);
    const none = selectStrengthsAndGaps(instrument, scoreAssessment(instrument, weights, {}), {}, 'id');
    expect(none).toEqual({ strengths: [], gaps: [] });
  });

  it('ranks the only four valid elements as three strengths and one gap', () => {
    // Given only GOV.1–GOV.3 and BRD.1 answered (2, 4, 3, 1), then BRD.1 is the single gap.
    const byElement: Readonly<Record<string, Level>> = { 'GOV.1': 2, 'GOV.2': 4, 'GOV.3': 3, 'BRD.1': 1 };
    const only = answersFor(ids, (id) => byElement[id.slice(0, id.lastIndexOf('.'))]);
    const result = selectStrengthsAndGaps(instrument, scoreAssessment(instrument, weights, only), only, 'id');
    expect(result.strengths.map((s) => s.elementId)).toEqual(['GOV.2', 'GOV.3', 'GOV.1']);
    expect(result.gaps.map((g) => [g.elementId, g.nextLevel.level])).toEqual([['BRD.1', 2]]);
  });
});
