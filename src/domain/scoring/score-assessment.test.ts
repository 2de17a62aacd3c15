// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AnswerMap, AnswerValue } from '../assessment/types';
import type { Instrument, WeightProfile } from '../instrument/types';
import { bandOf } from './bands';
import { scoreAssessment } from './score-assessment';
import type { DimensionResult, ElementResult, ScoreResult } from './types';
import {
  answerOf,
  answersFor,
  answersFrom,
  buildInstrument,
  buildWeightProfile,
  FIXTURE_VERSION,
  FIXTURE_WEIGHT_PROFILE_ID,
  indicatorIds,
} from '../../test/instrument-fixture';

/** NA is allowed on the third and fourth indicator of BRD.1 (§6.10) and on a few others. */
const NA_ALLOWED = ['BRD.1.3', 'BRD.1.4', 'GOV.1.1', 'GOV.1.3', 'GOV.2.1', 'GOV.2.2', 'GOV.2.3', 'GOV.2.4', 'ECO.1.1'];
const instrument = buildInstrument({ naAllowed: NA_ALLOWED });
const equalWeights = buildWeightProfile();
const ids = indicatorIds(instrument);

function score(answers: AnswerMap, weights: WeightProfile = equalWeights, inst: Instrument = instrument): ScoreResult {
  return scoreAssessment(inst, weights, answers);
}

function dimensionOf(result: ScoreResult, id: string): DimensionResult {
  const found = result.dimensions.find((d) => d.dimensionId === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
}

function elementOf(result: ScoreResult, id: string): ElementResult {
  const found = result.dimensions.flatMap((d) => d.elements).find((e) => e.elementId === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

/** Answers the four indicators of one element in order; `undefined` leaves one empty. */
function elementAnswers(elementId: string, levels: readonly (AnswerValue | undefined)[]): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  levels.forEach((level, i) => {
    if (level !== undefined) values[`${elementId}.${i + 1}`] = level;
  });
  return values;
}

describe('scoreAssessment: §6.10 worked example', () => {
  it.each([
    {
      name: 'GOV.1 answers 3, 2, 4, 2',
      elementId: 'GOV.1',
      levels: [3, 2, 4, 2],
      expected: { score: 2.75, band: 3, coverage: 1, isValid: true, conservative: 2.75, isNarrowBasis: false },
    },
    {
      name: 'GOV.1 answers 3, 2, 4 with GOV.1.4 empty',
      elementId: 'GOV.1',
      levels: [3, 2, 4, undefined],
      expected: { score: 3, band: 3, coverage: 0.75, isValid: true, conservative: 2.25, isNarrowBasis: false },
    },
    {
      name: 'BRD.1 answers 3, 2, NA, NA',
      elementId: 'BRD.1',
      levels: [3, 2, 'NA', 'NA'],
      expected: { score: 2.5, band: 3, coverage: 1, isValid: true, conservative: 2.5, isNarrowBasis: true },
    },
  ] as const)('Given $name, when scored, then E, coverage and flags follow §6.10', ({ elementId, levels, expected }) => {
    // Given: one element answered as in the worked example, nothing else.
    const answers = answersFrom(elementAnswers(elementId, levels));
    // When
    const element = elementOf(score(answers), elementId);
    // Then
    expect(element).toMatchObject(expected);
  });

  it('Given GOV.1 = 3, 2, 4, 2, when displayed on 0–100, then it is 55.0', () => {
    // Given/When
    const element = elementOf(score(answersFrom(elementAnswers('GOV.1', [3, 2, 4, 2]))), 'GOV.1');
    // Then: score100 = 20 × 2.75
    expect(20 * (element.score ?? Number.NaN)).toBeCloseTo(55, 10);
  });

  it('Given GOV.1.4 empty, when scored, then the conservative E 2.25 is level 2', () => {
    // Given/When
    const element = elementOf(score(answersFrom(elementAnswers('GOV.1', [3, 2, 4, undefined]))), 'GOV.1');
    // Then
    expect(bandOf(element.conservative ?? Number.NaN)).toBe(2);
  });

  it('Given elements 2.75, 3.00 and an invalid one, when the dimension is scored, then D = 2.875 and valid', () => {
    // Given: ECO.1 = 2.75, ECO.2 = 3.00 (one empty, coverage 0.75), ECO.3 has 1 of 4 (coverage 0.25).
    const answers = answersFrom({
      ...elementAnswers('ECO.1', [3, 2, 4, 2]),
      ...elementAnswers('ECO.2', [3, 2, 4, undefined]),
      ...elementAnswers('ECO.3', [5]),
    });
    // When
    const eco = dimensionOf(score(answers), 'ECO');
    // Then
    expect(eco).toMatchObject({ score: 2.875, isValid: true, validElements: 2, band: 3 });
    expect(eco.elements.map((e) => e.isValid)).toEqual([true, true, false]);
  });
});

describe('scoreAssessment: N/A renormalisation (§6.7)', () => {
  it.each([
    {
      name: 'equal weights, one NA',
      weights: buildWeightProfile(),
      levels: [4, 1, 'NA', 2],
      // (4 + 1 + 2) / 3
      expected: { score: 7 / 3, weightedSum: 7, weightTotal: 3, applicable: 3, na: 1, coverage: 1 },
    },
    {
      name: 'weight 2 on GOV.1.1 and weight 5 on the NA item GOV.1.3',
      weights: buildWeightProfile({ indicator: { 'GOV.1.1': 2, 'GOV.1.3': 5 } }),
      levels: [4, 1, 'NA', 2],
      // (2·4 + 1·1 + 1·2) / (2 + 1 + 1) = 11/4: the NA weight 5 leaves numerator and denominator.
      expected: { score: 2.75, weightedSum: 11, weightTotal: 4, applicable: 3, na: 1, coverage: 1 },
    },
    {
      name: 'two NA items',
      weights: buildWeightProfile(),
      levels: ['NA', 5, 'NA', 2],
      expected: { score: 3.5, weightedSum: 7, weightTotal: 2, applicable: 2, na: 2, coverage: 1 },
    },
  ] as const)('Given GOV.1 with $name, when scored, then NA leaves both sums', ({ weights, levels, expected }) => {
    // Given: GOV.1.1 and GOV.1.3 allow NA.
    const answers = answersFrom(elementAnswers('GOV.1', levels));
    // When
    const element = elementOf(score(answers, weights), 'GOV.1');
    // Then
    expect(element.score).toBeCloseTo(expected.score, 10);
    expect(element).toMatchObject({ ...expected, score: element.score });
  });
});

describe('scoreAssessment: element coverage rules (§6.5)', () => {
  it.each([
    { name: '2 of 4 answered (c = 0.5)', levels: [3, 1], expected: { coverage: 0.5, isValid: true, score: 2, conservative: 1 } },
    { name: '1 of 4 answered (c = 0.25)', levels: [3], expected: { coverage: 0.25, isValid: false, score: 3, band: 3, conservative: 0.75 } },
    { name: 'nothing answered', levels: [], expected: { coverage: 0, isValid: false, score: null, band: null, conservative: 0 } },
    {
      name: 'all four NA ("tidak dinilai")',
      levels: ['NA', 'NA', 'NA', 'NA'],
      expected: { applicable: 0, na: 4, coverage: null, isValid: false, score: null, band: null, conservative: null, isNarrowBasis: false },
    },
    {
      name: '3 NA and 1 answered',
      levels: ['NA', 'NA', 'NA', 4],
      expected: { applicable: 1, coverage: 1, isValid: true, isNarrowBasis: true, score: 4 },
    },
    {
      name: '2 NA and 1 of 2 answered (c = 0.5)',
      levels: ['NA', 'NA', 4],
      expected: { applicable: 2, coverage: 0.5, isValid: true, isNarrowBasis: true, score: 4, conservative: 2 },
    },
    {
      name: '1 NA and 2 of 3 answered',
      levels: ['NA', 2, 4],
      expected: { applicable: 3, answered: 2, coverage: 2 / 3, isValid: true, isNarrowBasis: false, score: 3, conservative: 2 },
    },
  ] as const)('Given GOV.2 with $name, when scored, then coverage and validity follow c ≥ 0.5', ({ levels, expected }) => {
    // Given: all four GOV.2 indicators allow NA; `levels` fills them in order, the rest stay empty.
    const answers = answersFrom(elementAnswers('GOV.2', levels));
    // When
    const element = elementOf(score(answers), 'GOV.2');
    // Then
    expect(element).toMatchObject({ total: 4, ...expected });
  });
});

describe('scoreAssessment: dimension validity (§6.5, §6.7)', () => {
  const full = [2, 2, 2, 2] as const;
  const allNa = ['NA', 'NA', 'NA', 'NA'] as const;
  it.each([
    {
      name: 'one valid element, two empty',
      gov2: [] as const,
      gov3: [] as const,
      // Conservative: GOV.1 2, GOV.2 0, GOV.3 0 → 2/3; every element has applicable items.
      expected: { isValid: false, score: null, band: null, validElements: 1, conservative: 2 / 3 },
    },
    {
      name: 'one element "tidak dinilai" and two valid',
      gov2: allNa,
      gov3: [4, 4, 4, 4] as const,
      expected: { isValid: true, score: 3, band: 3, validElements: 2, conservative: 3 },
    },
    {
      name: 'one element "tidak dinilai", one valid, one invalid',
      gov2: allNa,
      gov3: [4] as const,
      // Conservative: GOV.1 2 and GOV.3 1 (4/4); GOV.2 has nothing applicable.
      expected: { isValid: false, score: null, validElements: 1, conservative: 1.5 },
    },
    {
      name: 'three valid elements',
      gov2: [1, 1] as const,
      gov3: full,
      expected: { isValid: true, score: 5 / 3, band: 2, validElements: 3, conservative: (2 + 0.5 + 2) / 3 },
    },
  ])('Given GOV with $name, when scored, then the ≥ 2 valid elements rule applies', ({ gov2, gov3, expected }) => {
    // Given: GOV.1 = 2, 2, 2, 2; GOV.2 and GOV.3 as named.
    const answers = answersFrom({
      ...elementAnswers('GOV.1', full),
      ...elementAnswers('GOV.2', gov2),
      ...elementAnswers('GOV.3', gov3),
    });
    // When
    const gov = dimensionOf(score(answers), 'GOV');
    // Then
    const { score: expectedScore, conservative, ...rest } = expected;
    expect(gov).toMatchObject(rest);
    if (expectedScore === null) expect(gov.score).toBeNull();
    else expect(gov.score).toBeCloseTo(expectedScore, 10);
    expect(gov.conservative).toBeCloseTo(conservative, 10);
  });

  it('Given only one element with applicable items, when scored, then the conservative D is null too', () => {
    // Given: BRD.1 all 5; BRD.2 and BRD.3 allow NA and are all NA, so only BRD.1 has applicable
    // items and even the conservative variant lacks a second element.
    const inst = buildInstrument({ naAllowed: ids.filter((id) => id.startsWith('BRD.2') || id.startsWith('BRD.3')) });
    const answers = answersFrom({
      ...elementAnswers('BRD.1', [5, 5, 5, 5]),
      ...elementAnswers('BRD.2', allNa),
      ...elementAnswers('BRD.3', allNa),
    });
    // When
    const brd = dimensionOf(score(answers, equalWeights, inst), 'BRD');
    // Then
    expect(brd).toMatchObject({ isValid: false, score: null, conservative: null, validElements: 1, applicable: 4 });
  });
});

describe('scoreAssessment: float error at a band edge', () => {
  it('Given weights 0.1 and 0.3 on levels 1 and 3, when scored, then E is banded 3 although below 2.5 in binary', () => {
    // Given: (0.1·1 + 0.3·3) / 0.4 = 2.5 exactly in decimals; GOV.1.3–4 empty (coverage 0.5).
    const weights = buildWeightProfile({ indicator: { 'GOV.1.1': 0.1, 'GOV.1.2': 0.3 } });
    const answers = answersFrom(elementAnswers('GOV.1', [1, 3]));
    // When
    const element = elementOf(score(answers, weights), 'GOV.1');
    // Then: full precision is kept (no rounding) and the band is still 3.
    expect(element.score).toBeLessThan(2.5);
    expect(element.score).toBeCloseTo(2.5, 10);
    expect(element.band).toBe(3);
  });
});

/**
 * Ids that can stay empty while every element keeps ≥ 2 of 4 answered: all *.3 and *.4, from the
 * end of the questionnaire, so the NA items used below (GOV.1.1, ECO.1.1) sit in untouched elements.
 */
const skippable = ids.filter((id) => id.endsWith('.3') || id.endsWith('.4')).reverse();

function answeredExcept(skip: number, na: readonly string[] = []): AnswerMap {
  const skipped = new Set(skippable.filter((id) => !na.includes(id)).slice(0, skip));
  return answersFor(ids, (id) => (na.includes(id) ? 'NA' : skipped.has(id) ? undefined : 3));
}

describe('scoreAssessment: final eligibility (§6.5)', () => {
  it.each([
    { name: '58 of 72 answered', answers: answeredExcept(14), coverage: 58 / 72, isFinalEligible: true },
    { name: '57 of 72 answered', answers: answeredExcept(15), coverage: 57 / 72, isFinalEligible: false },
    // Two valid NA leave 70 applicable; 56/70 is exactly 0.80.
    { name: '56 of 70 applicable (exactly 0.80)', answers: answeredExcept(14, ['GOV.1.1', 'ECO.1.1']), coverage: 0.8, isFinalEligible: true },
    { name: '55 of 70 applicable', answers: answeredExcept(15, ['GOV.1.1', 'ECO.1.1']), coverage: 55 / 70, isFinalEligible: false },
    { name: 'all answered', answers: answeredExcept(0), coverage: 1, isFinalEligible: true },
  ])('Given $name with every dimension valid, when scored, then isFinalEligible is $isFinalEligible', ({ answers, coverage, isFinalEligible }) => {
    // Given: every element keeps ≥ 2 answered, so all 6 dimensions are valid.
    // When
    const result = score(answers);
    // Then
    expect(result.validDimensions).toBe(6);
    expect(result.coverage).toBeCloseTo(coverage, 10);
    expect(result.isFinalEligible).toBe(isFinalEligible);
  });

  it('Given 64 of 72 answered but GOV.1 and GOV.2 empty, when scored, then not final (GOV invalid)', () => {
    // Given: coverage 64/72 ≈ 0.89, but GOV has only one valid element.
    const answers = answersFor(ids, (id) => (id.startsWith('GOV.1.') || id.startsWith('GOV.2.') ? undefined : 4));
    // When
    const result = score(answers);
    // Then
    expect(result.coverage).toBeCloseTo(64 / 72, 10);
    expect(result.validDimensions).toBe(5);
    expect(dimensionOf(result, 'GOV').isValid).toBe(false);
    expect(result.isFinalEligible).toBe(false);
    // The index uses the 5 valid dimensions.
    expect(result.index).toBe(4);
  });
});

describe('scoreAssessment: whole assessments', () => {
  it('Given an empty assessment, when scored, then index is null and the conservative index is 0', () => {
    // Given/When
    const result = score({});
    // Then
    expect(result).toMatchObject({
      index: null,
      conservative: 0,
      band: null,
      predicate: null,
      coverage: 0,
      total: 72,
      applicable: 72,
      answered: 0,
      na: 0,
      validDimensions: 0,
      isFinalEligible: false,
      spread: null,
      balance: null,
    });
    expect(result.dimensions.map((d) => [d.score, d.conservative, d.band])).toEqual(Array(6).fill([null, 0, null]));
    expect(result.layers.map((l) => l.score)).toEqual([null, null, null, null, null]);
  });

  it('Given every answer 5, when scored, then everything is 5', () => {
    // Given/When
    const result = score(answersFor(ids, () => 5));
    // Then
    expect(result).toMatchObject({ index: 5, conservative: 5, band: 5, predicate: 'memuaskan', coverage: 1, isFinalEligible: true, spread: 0 });
    expect(result.balance).toBeCloseTo(5, 10);
  });

  it('Given a complete mixed pattern, when scored, then the index matches the hand computation', () => {
    // Given: level = position mod 5 in questionnaire order (0,1,2,3,4,0,1,…).
    // Element k (0-based) holds positions 4k…4k+3: four of the five residues, missing r = 4(k+1) mod 5,
    // so E_k = (10 − r)/4: k = 0…4 → 1.5, 1.75, 2, 2.25, 2.5, then repeating.
    // GOV (k 0–2) 1.5, 1.75, 2 → 1.75      BRD (k 3–5) 2.25, 2.5, 1.5 → 6.25/3
    // ECO (k 6–8) 1.75, 2, 2.25 → 2        LIV (k 9–11) 2.5, 1.5, 1.75 → 5.75/3
    // SOC (k 12–14) 2, 2.25, 2.5 → 2.25    ENV (k 15–17) 1.5, 1.75, 2 → 1.75
    // I = (5.25 + 6.25 + 6 + 5.75 + 6.75 + 5.25) / 18 = 35.25/18 = 1.958333… (= 141/72, the plain mean).
    const answers = answersFor(ids, (_, p) => (p % 5) as AnswerValue);
    // When
    const result = score(answers);
    // Then
    expect(result.dimensions.map((d) => d.score)).toEqual([1.75, 6.25 / 3, 2, 5.75 / 3, 2.25, 1.75].map((x) => expect.closeTo(x, 10)));
    expect(result.index).toBeCloseTo(35.25 / 18, 10);
    expect(result.conservative).toBeCloseTo(35.25 / 18, 10);
    expect(result).toMatchObject({ band: 2, predicate: 'cukup', isFinalEligible: true });
    expect(result.spread).toBeCloseTo(0.5, 10);
  });

  it('Given non-equal weights, when scored, then the hand-computed index results', () => {
    // Given: GOV.1.1 weight 2, element GOV.1 weight 3, dimension GOV weight 2.
    // GOV.1 = 5, 1, 1, 1 → (2·5 + 1 + 1 + 1)/(2 + 1 + 1 + 1) = 13/5 = 2.6; GOV.2 and GOV.3 all 1 → 1.
    // D_GOV = (3·2.6 + 1 + 1)/(3 + 1 + 1) = 9.8/5 = 1.96; other dimensions all 3.
    // I = (2·1.96 + 5·3)/(2 + 5) = 18.92/7 = 2.702857…  (equal weights would give 49/18 = 2.7222…)
    const weights = buildWeightProfile({ indicator: { 'GOV.1.1': 2 }, element: { 'GOV.1': 3 }, dimension: { GOV: 2 } });
    const answers = answersFor(ids, (id) => (id === 'GOV.1.1' ? 5 : id.startsWith('GOV.') ? 1 : 3));
    // When
    const result = score(answers, weights);
    // Then
    expect(elementOf(result, 'GOV.1')).toMatchObject({ score: 2.6, weightedSum: 13, weightTotal: 5, weight: 3 });
    expect(dimensionOf(result, 'GOV').score).toBeCloseTo(1.96, 10);
    expect(dimensionOf(result, 'GOV').weight).toBe(2);
    expect(result.index).toBeCloseTo(18.92 / 7, 10);
    expect(result.conservative).toBeCloseTo(18.92 / 7, 10);
    expect(score(answers).index).toBeCloseTo(49 / 18, 10);
  });

  it('Given a partial assessment, when scored, then the conservative index counts empty items as 0', () => {
    // Given: only GOV.1 = 3, 2, 4, (empty). GOV is invalid, so the index is null.
    // Conservative: GOV.1 9/4, GOV.2 0, GOV.3 0 → D = 0.75; other dimensions 0 → I = 0.75/6.
    const result = score(answersFrom(elementAnswers('GOV.1', [3, 2, 4, undefined])));
    // Then
    expect(result.index).toBeNull();
    expect(dimensionOf(result, 'GOV').conservative).toBeCloseTo(0.75, 10);
    expect(result.conservative).toBeCloseTo(0.125, 10);
  });

  it('Given the result, when read, then it names the instrument version and weight profile', () => {
    // Given/When
    const result = score({});
    // Then
    expect(result).toMatchObject({ instrumentVersion: FIXTURE_VERSION, weightProfileId: FIXTURE_WEIGHT_PROFILE_ID });
  });
});

/** Stored data is not type-checked at runtime: lets a test hold an out-of-range level. */
const oddLevel = (n: number): AnswerValue => n as AnswerValue;

describe('scoreAssessment: answers that do not count', () => {
  it('Given answers for unknown ids, when scored, then they are ignored', () => {
    // Given
    const known = { 'GOV.1.1': 2, 'GOV.1.2': 4 } as const;
    const withUnknown = answersFrom({ ...known, 'XXX.9.9': 5, 'GOV.4.1': 5, 'GOV.1.5': 0 });
    // When/Then
    expect(score(withUnknown)).toEqual(score(answersFrom(known)));
    expect(score(withUnknown).answered).toBe(2);
  });

  it.each([
    { name: 'NA on a non-naAllowed indicator', answer: answerOf('GOV.1.2', 'NA') },
    { name: 'NA without a reason', answer: answerOf('GOV.1.1', 'NA', { naReason: '' }) },
    { name: 'NA with a blank reason', answer: answerOf('GOV.1.1', 'NA', { naReason: '   ' }) },
    { name: 'level 7', answer: answerOf('GOV.1.1', oddLevel(7)) },
    { name: 'level -1', answer: answerOf('GOV.1.1', oddLevel(-1)) },
    { name: 'level 2.5', answer: answerOf('GOV.1.1', oddLevel(2.5)) },
    { name: 'level NaN', answer: answerOf('GOV.1.1', oddLevel(Number.NaN)) },
    { name: 'level Infinity', answer: answerOf('GOV.1.1', oddLevel(Number.POSITIVE_INFINITY)) },
    { name: 'an explicit null', answer: answerOf('GOV.1.1', null) },
  ])('Given $name, when scored, then it counts as unanswered', ({ answer }) => {
    // Given: GOV.1 = (odd answer), 2, 2, 2 in some order. GOV.1.1 allows NA, GOV.1.2 does not.
    const others = answersFrom(Object.fromEntries(['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4'].filter((id) => id !== answer.indicatorId).map((id) => [id, 2])));
    // When
    const element = elementOf(score({ ...others, [answer.indicatorId]: answer }), 'GOV.1');
    // Then: applicable 4, answered 3, nothing NA; the odd answer reads as empty.
    expect(element).toMatchObject({ applicable: 4, answered: 3, na: 0, coverage: 0.75, score: 2 });
    expect(element.indicators.find((i) => i.indicatorId === answer.indicatorId)).toMatchObject({ status: 'unanswered', value: null });
  });

  it('Given an answer only inherited from the map\'s prototype, when scored, then it counts as unanswered', () => {
    const inherited: AnswerMap = Object.create(answersFrom({ 'GOV.1.1': 5 })) as AnswerMap;
    const element = elementOf(score({ ...answersFrom({ 'GOV.1.2': 1 }), ...inherited }), 'GOV.1');
    expect(elementOf(score(inherited), 'GOV.1')).toMatchObject({ answered: 0, score: null });
    expect(element).toMatchObject({ answered: 1, score: 1 });
  });

  it('Given malformed stored data, when scored, then it does not throw and counts it as unanswered', () => {
    // Given: what a corrupted record might hold.
    const answers: AnswerMap = JSON.parse('{"GOV.1.1": null, "GOV.1.2": {"level": "x"}, "GOV.1.3": {}, "GOV.1.4": {"level": 3}}');
    // When
    const element = elementOf(score(answers), 'GOV.1');
    // Then
    expect(element).toMatchObject({ answered: 1, applicable: 4, score: 3, isValid: false });
  });

  it.each([
    { name: 'zero', weight: 0 },
    { name: 'negative', weight: -2 },
    { name: 'NaN', weight: Number.NaN },
    { name: 'infinite', weight: Number.POSITIVE_INFINITY },
  ])('Given a $name weight, when scored, then it weighs 1', ({ weight }) => {
    // Given
    const weights = buildWeightProfile({ indicator: { 'GOV.1.1': weight }, element: { 'GOV.1': weight }, dimension: { GOV: weight } });
    const answers = answersFrom(elementAnswers('GOV.1', [4, 2]));
    // When
    const element = elementOf(score(answers, weights), 'GOV.1');
    // Then
    expect(element).toMatchObject({ score: 3, weightTotal: 2, weight: 1 });
    expect(element.indicators[0]?.weight).toBe(1);
  });
});

describe('scoreAssessment: readiness layers', () => {
  it('Given answers across layers, when scored, then R_layer is the plain mean of answered levels', () => {
    // Given: default layers .1 SUP, .2 STR, .3 INF, .4 LAY; GOV.1.4 re-tagged DMP.
    // SUP: GOV.1.1 = 1, BRD.1.1 = 4 (weight 3, ignored by R), ECO.1.1 NA → (1 + 4)/2 = 2.5.
    // STR: GOV.1.2 = 3 → 3. INF: nothing → null. LAY: LIV.1.4 = 0 → 0. DMP: GOV.1.4 = 5 → 5.
    const inst = buildInstrument({ naAllowed: NA_ALLOWED, layers: { 'GOV.1.4': 'DMP' } });
    const weights = buildWeightProfile({ indicator: { 'BRD.1.1': 3 } });
    const answers = answersFrom({ 'GOV.1.1': 1, 'BRD.1.1': 4, 'ECO.1.1': 'NA', 'GOV.1.2': 3, 'LIV.1.4': 0, 'GOV.1.4': 5 });
    // When
    const { layers } = score(answers, weights, inst);
    // Then
    expect(layers).toEqual([
      { layer: 'SUP', score: 2.5, answered: 2, total: 18 },
      { layer: 'STR', score: 3, answered: 1, total: 18 },
      { layer: 'INF', score: null, answered: 0, total: 18 },
      { layer: 'LAY', score: 0, answered: 1, total: 17 },
      { layer: 'DMP', score: 5, answered: 1, total: 1 },
    ]);
  });
});

describe('scoreAssessment: spread and balance', () => {
  const cases: {
    name: string;
    levelOf: (id: string) => AnswerValue | undefined;
    spread: number | null;
    balance: number;
  }[] = [
    { name: 'all dimensions 3', levelOf: () => 3, spread: 0, balance: 3 },
    { name: 'all dimensions 0', levelOf: () => 0, spread: 0, balance: 0 },
    // GOV = 0, BRD = 5, others empty (invalid): G = 5(√(0.05 · 1.05) − 0.05) = 0.895643923738960…
    { name: 'GOV 0 and BRD 5 only', levelOf: (id: string) => (id.startsWith('GOV') ? 0 : id.startsWith('BRD') ? 5 : undefined), spread: 5, balance: 5 * (Math.sqrt(0.0525) - 0.05) },
    { name: 'only GOV valid', levelOf: (id: string) => (id.startsWith('GOV') ? 4 : undefined), spread: null, balance: 4 },
  ];
  it.each(cases)('Given $name, when scored, then spread and balance follow §6.5', ({ levelOf, spread, balance }) => {
    // Given
    const answers = answersFor(ids, levelOf);
    // When
    const result = score(answers);
    // Then
    if (spread === null) expect(result.spread).toBeNull();
    else expect(result.spread).toBeCloseTo(spread, 10);
    expect(result.balance).toBeCloseTo(balance, 10);
  });

  it('Given uneven dimensions, when scored, then balance is below the index', () => {
    // Given: GOV 0, BRD 5 → index 2.5, balance ≈ 0.896.
    const answers = answersFor(ids, (id) => (id.startsWith('GOV') ? 0 : id.startsWith('BRD') ? 5 : undefined));
    // When
    const result = score(answers);
    // Then
    expect(result.index).toBe(2.5);
    expect(result.balance).toBeCloseTo(0.89564392373896, 10);
  });
});

describe('scoreAssessment: purity', () => {
  function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  }

  it('Given frozen inputs, when scored twice, then it neither throws nor changes the result', () => {
    // Given
    const inst = deepFreeze(buildInstrument({ naAllowed: NA_ALLOWED }));
    const weights = deepFreeze(buildWeightProfile({ indicator: { 'GOV.1.1': 2 }, element: { 'GOV.1': 3 } }));
    const answers = deepFreeze(answersFor(ids, (id, p) => (id === 'GOV.1.1' ? 'NA' : p % 7 === 0 ? undefined : (p % 6) as AnswerValue)));
    // When
    const first = scoreAssessment(inst, weights, answers);
    const second = scoreAssessment(inst, weights, answers);
    // Then
    expect(second).toEqual(first);
    expect(answers['GOV.1.1']).toMatchObject({ level: 'NA', naReason: 'alasan uji' });
  });
});
