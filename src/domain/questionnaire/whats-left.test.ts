// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, Evidence, EvidenceKind } from '../assessment/types';
import { buildInstrument, indicatorIds } from '../../test/instrument-fixture';
import { nextUnanswered, whatsLeft } from './whats-left';

const instrument = buildInstrument({ naAllowed: ['BRD.1.3', 'ENV.2.1'] });
const ev = (kind: EvidenceKind, n = 1): Evidence => ({ id: `e${n}`, kind, title: `Bukti ${n}`, reference: '' });
const a = (indicatorId: string, level: Answer['level'], extra: Partial<Answer> = {}): [string, Answer] => [
  indicatorId, { indicatorId, level, evidence: [], ...extra },
];

/** Every indicator answered at 1 with a photo (supports 1), except the entries of `overrides`. */
function answers(overrides: readonly [string, Answer][]): AnswerMap {
  const base = indicatorIds(instrument).map((id) => a(id, 1, { evidence: [ev('foto')] }));
  return Object.fromEntries([...base, ...overrides]);
}

describe('whatsLeft', () => {
  it('lists unanswered, above-evidence and NA answers per dimension and element, in order', () => {
    // Given: GOV.1.2 missing, GOV.1.4 null, GOV.3.1 level 3 with an SK (supports 3: not listed),
    // GOV.3.2 level 4 with an SK (3 < 4), BRD.1.3 NA with reason, BRD.2.2 level 2 without
    // evidence (supports 0), ENV.2.1 NA without reason (unanswered), SOC.1.1 NA where not allowed
    // (unanswered), LIV.3.4 level 5 with a report (supports 5: not listed).
    const map = { ...answers([
      a('GOV.1.4', null),
      a('GOV.3.1', 3, { evidence: [ev('sk')] }),
      a('GOV.3.2', 4, { evidence: [ev('foto'), ev('sk', 2)] }),
      a('BRD.1.3', 'NA', { naReason: '  Tidak ada pantai ' }),
      a('BRD.2.2', 2),
      a('ENV.2.1', 'NA', { naReason: ' ' }),
      a('SOC.1.1', 'NA', { naReason: 'x' }),
      a('LIV.3.4', 5, { evidence: [ev('laporan')] }),
    ]) };
    delete (map as Record<string, Answer>)['GOV.1.2'];

    const left = whatsLeft(instrument, map);

    // Then: exactly these entries, grouped.
    const flat = left.dimensions.map((d) => ({
      dimension: d.dimension.id,
      elements: d.elements.map((e) => ({ element: e.element.id, entries: e.entries.map((x) => `${x.indicator.id}:${x.kind}`) })),
    }));
    expect(flat).toEqual([
      { dimension: 'GOV', elements: [
        { element: 'GOV.1', entries: ['GOV.1.2:unanswered', 'GOV.1.4:unanswered'] },
        { element: 'GOV.3', entries: ['GOV.3.2:above_evidence'] },
      ] },
      { dimension: 'BRD', elements: [
        { element: 'BRD.1', entries: ['BRD.1.3:not_applicable'] },
        { element: 'BRD.2', entries: ['BRD.2.2:above_evidence'] },
      ] },
      { dimension: 'SOC', elements: [{ element: 'SOC.1', entries: ['SOC.1.1:unanswered'] }] },
      { dimension: 'ENV', elements: [{ element: 'ENV.2', entries: ['ENV.2.1:unanswered'] }] },
    ]);
    expect(left.counts).toEqual({ unanswered: 4, above_evidence: 2, not_applicable: 1 });
    const entries = left.dimensions.flatMap((d) => d.elements.flatMap((e) => e.entries));
    expect(entries.find((e) => e.indicator.id === 'GOV.3.2')).toMatchObject({ level: 4, supported: 3 });
    expect(entries.find((e) => e.indicator.id === 'BRD.2.2')).toMatchObject({ level: 2, supported: 0 });
    expect(entries.find((e) => e.indicator.id === 'BRD.1.3')).toMatchObject({ reason: 'Tidak ada pantai' });
  });

  it('lists all 72 as unanswered for an empty assessment, and nothing when all is supported', () => {
    expect(whatsLeft(instrument, {}).counts).toEqual({ unanswered: 72, above_evidence: 0, not_applicable: 0 });
    expect(whatsLeft(instrument, answers([]))).toEqual({ dimensions: [], counts: { unanswered: 0, above_evidence: 0, not_applicable: 0 } });
  });

  it('treats level 0 as supported without evidence', () => {
    expect(whatsLeft(instrument, answers([a('GOV.1.1', 0)])).counts.above_evidence).toBe(0);
  });
});

describe('nextUnanswered', () => {
  const map = { ...answers([a('GOV.1.3', null), a('GOV.2.1', null), a('ENV.3.4', null)]) };

  it('walks the unanswered indicators in questionnaire order and wraps around', () => {
    const walk: string[] = [];
    let at: string | undefined;
    for (let i = 0; i < 4; i += 1) {
      at = nextUnanswered(instrument, map, at === undefined ? {} : { afterIndicatorId: at })?.id;
      walk.push(at ?? '-');
    }
    expect(walk).toEqual(['GOV.1.3', 'GOV.2.1', 'ENV.3.4', 'GOV.1.3']);
  });

  it('starts at the beginning of the current element', () => {
    expect(nextUnanswered(instrument, map, { fromElementId: 'GOV.2' })?.id).toBe('GOV.2.1');
    expect(nextUnanswered(instrument, map, { fromElementId: 'GOV.3' })?.id).toBe('ENV.3.4');
    expect(nextUnanswered(instrument, map, { fromElementId: 'nope' })?.id).toBe('GOV.1.3');
  });

  it('returns undefined when only the current one (or nothing) is unanswered', () => {
    const one = answers([a('LIV.1.1', null)]);
    expect(nextUnanswered(instrument, one, { afterIndicatorId: 'LIV.1.1' })).toBeUndefined();
    expect(nextUnanswered(instrument, one, { afterIndicatorId: 'GOV.1.1' })?.id).toBe('LIV.1.1');
    expect(nextUnanswered(instrument, answers([]), {})).toBeUndefined();
  });
});
