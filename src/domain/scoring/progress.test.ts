// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AnswerMap } from '../assessment/types';
import { DIMENSION_IDS } from '../instrument/types';
import type { Instrument } from '../instrument/types';
import { progressOf } from './progress';
import { answerOf, answersFor, answersFrom, buildInstrument, indicatorIds } from '../../test/instrument-fixture';

const instrument = buildInstrument({ naAllowed: ['GOV.1.2', 'BRD.1.1'] });
const ids = indicatorIds(instrument);

describe('progressOf', () => {
  it('Given no answers, when progress is derived, then nothing is done anywhere', () => {
    // Given/When
    const progress = progressOf(instrument, {});
    // Then
    expect(progress.overall).toEqual({ done: 0, total: 72 });
    for (const id of DIMENSION_IDS) expect(progress.byDimension[id]).toEqual({ done: 0, total: 12 });
    expect(Object.keys(progress.byElement)).toHaveLength(18);
    expect(Object.values(progress.byElement)).toEqual(Array(18).fill({ done: 0, total: 4 }));
  });

  it('Given every indicator answered, when progress is derived, then everything is done', () => {
    // Given/When
    const progress = progressOf(instrument, answersFor(ids, () => 0));
    // Then: level 0 (Belum Ada) is an answer.
    expect(progress.overall).toEqual({ done: 72, total: 72 });
    expect(progress.byDimension.ENV).toEqual({ done: 12, total: 12 });
  });

  it.each([
    { name: 'a level 0', answers: answersFrom({ 'GOV.1.1': 0 }), done: 1 },
    { name: 'a level 5', answers: answersFrom({ 'GOV.1.1': 5 }), done: 1 },
    { name: 'an allowed NA with a reason', answers: answersFrom({ 'GOV.1.2': 'NA' }), done: 1 },
    { name: 'an allowed NA without a reason', answers: { 'GOV.1.2': answerOf('GOV.1.2', 'NA', { naReason: ' ' }) }, done: 0 },
    { name: 'an NA on a non-naAllowed indicator', answers: answersFrom({ 'GOV.1.1': 'NA' }), done: 0 },
    { name: 'an explicit null', answers: answersFrom({ 'GOV.1.1': null }), done: 0 },
    { name: 'an answer for an unknown id', answers: answersFrom({ 'GOV.9.9': 3 }), done: 0 },
  ])('Given $name in GOV.1, when progress is derived, then GOV.1 has $done done', ({ answers, done }) => {
    // Given: one answer. When
    const progress = progressOf(instrument, answers satisfies AnswerMap);
    // Then: the element, its dimension and the total agree.
    expect(progress.byElement['GOV.1']).toEqual({ done, total: 4 });
    expect(progress.byDimension.GOV).toEqual({ done, total: 12 });
    expect(progress.overall).toEqual({ done, total: 72 });
  });

  it('Given a mixed set, when progress is derived, then each level sums its parts', () => {
    // Given: GOV.1 has 3 and a valid NA, GOV.2 has a 0, BRD.1 has an NA without a reason.
    const answers = {
      ...answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 'NA', 'GOV.1.3': 'NA', 'GOV.2.1': 0, 'XXX.1.1': 5 }),
      'BRD.1.1': answerOf('BRD.1.1', 'NA', { naReason: '' }),
    };
    // When
    const progress = progressOf(instrument, answers);
    // Then: GOV.1.3 does not allow NA, BRD.1.1 lacks a reason, XXX.1.1 is unknown.
    expect(progress.byElement['GOV.1']).toEqual({ done: 2, total: 4 });
    expect(progress.byElement['GOV.2']).toEqual({ done: 1, total: 4 });
    expect(progress.byElement['BRD.1']).toEqual({ done: 0, total: 4 });
    expect(progress.byDimension).toMatchObject({ GOV: { done: 3, total: 12 }, BRD: { done: 0, total: 12 } });
    expect(progress.overall).toEqual({ done: 3, total: 72 });
  });

  it('Given an instrument without ENV, when progress is derived, then ENV shows 0 of 0', () => {
    // Given
    const withoutEnv: Instrument = { ...instrument, dimensions: instrument.dimensions.filter((d) => d.id !== 'ENV') };
    // When
    const progress = progressOf(withoutEnv, answersFor(ids, () => 2));
    // Then
    expect(progress.byDimension.ENV).toEqual({ done: 0, total: 0 });
    expect(progress.overall).toEqual({ done: 60, total: 60 });
    expect(progress.byElement['ENV.1']).toBeUndefined();
  });
});
