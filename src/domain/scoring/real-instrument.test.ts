// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, AnswerValue } from '../assessment/types';
import type { IndicatorDef } from '../instrument/types';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import { scoreAssessment } from './score-assessment';

/** The 72 indicators in questionnaire order: dimension, then element, then indicator. */
const indicators: readonly IndicatorDef[] = CURRENT_INSTRUMENT.dimensions.flatMap((d) =>
  d.elements.flatMap((e) => e.indicators),
);

function answersBy(levelOf: (indicator: IndicatorDef, position: number) => AnswerValue): AnswerMap {
  return Object.fromEntries(
    indicators.map((indicator, position): [string, Answer] => {
      const level = levelOf(indicator, position);
      const answer: Answer = { indicatorId: indicator.id, level, evidence: [] };
      return [indicator.id, level === 'NA' ? { ...answer, naReason: 'alasan uji' } : answer];
    }),
  );
}

/** level = position mod 6: 0, 1, 2, 3, 4, 5, 0, 1, … */
const cyclicLevel = (_: IndicatorDef, position: number): AnswerValue => (position % 6) as AnswerValue;

describe('scoring the real instrument with the default weights', () => {
  it('Given the shape the hand computation relies on, when read, then it is 6 × 3 × 4', () => {
    // Given/When/Then
    expect(CURRENT_INSTRUMENT.dimensions).toHaveLength(6);
    expect(CURRENT_INSTRUMENT.dimensions.every((d) => d.elements.length === 3)).toBe(true);
    expect(indicators).toHaveLength(72);
    expect(indicators.every((i, p) => i.id.endsWith(`.${(p % 4) + 1}`))).toBe(true);
  });

  it('Given all 72 answered with level = position mod 6, when scored, then the index is 2.5', () => {
    // Given: element k (0-based) holds positions 4k … 4k+3, and the pattern repeats every 12
    // positions = 3 elements = 1 dimension (12d mod 6 = 0), so every dimension sees the same:
    //   element 1: 0, 1, 2, 3 → 6/4  = 1.5
    //   element 2: 4, 5, 0, 1 → 10/4 = 2.5
    //   element 3: 2, 3, 4, 5 → 14/4 = 3.5
    //   D = (1.5 + 2.5 + 3.5)/3 = 2.5 for each of the 6 dimensions
    //   I = 6 × 2.5 / 6 = 2.5 (= 180/72, the plain mean of 12 cycles of 0…5)
    // 2.5 sits exactly on the edge of band 3 and below the 2.6 "baik" cut-off.
    const answers = answersBy(cyclicLevel);
    // When
    const result = scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers);
    // Then
    for (const dimension of result.dimensions) {
      expect(dimension.elements.map((e) => e.score)).toEqual([1.5, 2.5, 3.5]);
      expect(dimension.score).toBe(2.5);
    }
    expect(result).toMatchObject({
      index: 2.5,
      conservative: 2.5,
      band: 3,
      predicate: 'cukup',
      coverage: 1,
      answered: 72,
      validDimensions: 6,
      isFinalEligible: true,
      spread: 0,
      instrumentVersion: CURRENT_INSTRUMENT.version,
      weightProfileId: DEFAULT_WEIGHT_PROFILE.id,
    });
    expect(result.balance).toBeCloseTo(2.5, 10);
  });

  it('Given every NA-allowed item marked NA, when scored, then every element and dimension stays valid', () => {
    // Given: † items NA (with a reason), all others answered with the cyclic pattern.
    const naIds = indicators.filter((i) => i.naAllowed).map((i) => i.id);
    const answers = answersBy((indicator, position) => (indicator.naAllowed ? 'NA' : cyclicLevel(indicator, position)));
    // When
    const result = scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers);
    // Then: no element becomes "tidak dinilai", all 6 dimensions count, and it can be final.
    expect(naIds.length).toBeGreaterThan(0);
    expect(result.na).toBe(naIds.length);
    expect(result.applicable).toBe(72 - naIds.length);
    expect(result.dimensions.flatMap((d) => d.elements).every((e) => e.isValid)).toBe(true);
    expect(result.dimensions.every((d) => d.isValid && d.validElements === 3)).toBe(true);
    expect(result).toMatchObject({ validDimensions: 6, coverage: 1, isFinalEligible: true });
    expect(result.index).not.toBeNull();
  });
});
