// @vitest-environment node
import { quickWinAction } from '../planning/plan';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, Assessment } from '../assessment/types';
import { answerOf, answersFor, buildInstrument, buildWeightProfile, indicatorIds } from '../../test/instrument-fixture';
import { defaultRoadmap, setFinalTarget } from '../planning/roadmap';
import type { AssessmentPlan } from '../planning/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildReportModel } from './build-report-model';
import type { ReportInput } from './build-report-model';

const instrument = buildInstrument({ naAllowed: ['BRD.1.3', 'BRD.1.4'] });
const weights = buildWeightProfile();

const assessment: Assessment = {
  id: 'a-1', regionCode: '32.74', period: 2026, instrumentVersion: instrument.version,
  weightProfileId: weights.id, status: 'draft', team: '  Tim Smart City  ', contact: '   ',
  createdAt: '2026-01-05T08:00:00.000Z', updatedAt: '2026-02-01T09:30:00.000Z',
};

/**
 * Every indicator at 3, except: GOV.1 = 3, 2, 4, 2 (§6.10: E = 2.75) with an SK on GOV.1.1, a
 * photo on GOV.1.3 and a note on GOV.1.2; BRD.1 = 3, 2, NA, NA (E = 2.5, "basis sempit");
 * ENV.3.4 unanswered.
 */
function scenario(): AnswerMap {
  const base = answersFor(indicatorIds(instrument), (id) => (id === 'ENV.3.4' ? undefined : 3));
  const ev = (kind: 'sk' | 'foto') => [{ id: kind, kind, title: `Bukti ${kind}`, reference: 'No. 1', url: '' }];
  const overrides: Answer[] = [
    answerOf('GOV.1.1', 3, { evidence: ev('sk') }),
    answerOf('GOV.1.2', 2, { note: ' Catatan uji ' }),
    answerOf('GOV.1.3', 4, { evidence: ev('foto') }),
    answerOf('GOV.1.4', 2),
    answerOf('BRD.1.2', 2),
    answerOf('BRD.1.3', 'NA'),
    answerOf('BRD.1.4', 'NA'),
  ];
  return { ...base, ...Object.fromEntries(overrides.map((a) => [a.indicatorId, a])) };
}

function input(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    assessment, answers: scenario(), instrument, weights, lang: 'id', printedAt: '2026-03-01T10:00:00.000Z',
    region: { code: '32.74', name: 'Kota Cirebon', provinceName: 'Jawa Barat' },
    ...extra,
  };
}

describe('buildReportModel', () => {
  it('carries the cover data, with blank team/contact as null and a draft flagged', () => {
    const { meta } = buildReportModel(input());
    expect(meta).toMatchObject({
      assessmentId: 'a-1', period: 2026, status: 'draft', isDraft: true, team: 'Tim Smart City', contact: null,
      instrumentVersion: 'fixture-1', weightProfileId: 'fixture-weights', printedAt: '2026-03-01T10:00:00.000Z',
      region: { code: '32.74', name: 'Kota Cirebon', provinceName: 'Jawa Barat' },
    });
    expect(buildReportModel(input({ assessment: { ...assessment, status: 'final' } })).meta.isDraft).toBe(false);
  });

  it('summarises index, level, coverage, conservative and evidence-supported scores (hand-computed)', () => {
    const { summary } = buildReportModel(input());
    // GOV = (2.75 + 3 + 3)/3 = 2.91666…; BRD = (2.5 + 3 + 3)/3 = 2.83333…; ECO, LIV, SOC, ENV = 3.
    // Index = (2.91666… + 2.83333… + 12)/6 = 17.75/6 = 2.958333… → level 3.
    expect(summary.index).toBeCloseTo(17.75 / 6, 12);
    expect(summary.level).toEqual({ level: 3, name: 'Level 3', descriptor: 'Deskripsi 3' });
    // Applicable 72 − 2 NA = 70, answered 69.
    expect([summary.answered, summary.applicable, summary.na, summary.total]).toEqual([69, 70, 2, 72]);
    expect(summary.coverage).toBeCloseTo(69 / 70, 12);
    // Conservative: ENV.3 = 9/4 = 2.25 → ENV = (3 + 3 + 2.25)/3 = 2.75 → index 17.5/6.
    expect(summary.conservative).toBeCloseTo(17.5 / 6, 12);
    // Evidence-supported: only GOV.1.1 (SK → 3) and GOV.1.3 (photo → 1) keep a level; the rest 0.
    // GOV.1 = (3 + 0 + 1 + 0)/4 = 1 → GOV = 1/3; every other dimension 0 → index = (1/3)/6 = 1/18.
    expect(summary.evidenceSupported).toBeCloseTo(1 / 18, 12);
    const gov = summary.dimensions[0];
    expect(gov).toMatchObject({ dimensionId: 'GOV', name: 'Dimensi GOV', isValid: true, answered: 12, applicable: 12 });
    expect(gov?.score).toBeCloseTo(8.75 / 3, 12);
    expect(gov?.evidenceSupported).toBeCloseTo(1 / 3, 12);
    expect(summary.dimensions.map((d) => d.level?.level)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('lists every indicator with level, note, "Tidak relevan" reason and evidence', () => {
    const { dimensions } = buildReportModel(input());
    expect(dimensions.map((d) => d.id)).toEqual(['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV']);
    const gov1 = dimensions[0]?.elements[0];
    expect(gov1).toMatchObject({ id: 'GOV.1', score: 2.75, answered: 4, applicable: 4, flags: [] });
    expect(gov1?.level?.level).toBe(3);
    expect(gov1?.indicators[1]).toMatchObject({ id: 'GOV.1.2', level: 2, levelName: 'Level 2', note: 'Catatan uji', evidence: [] });
    expect(gov1?.indicators[2]).toMatchObject({
      id: 'GOV.1.3', status: 'answered', level: 4, supportedLevel: 1,
      evidence: [{ kind: 'foto', title: 'Bukti foto', reference: 'No. 1', url: null, date: null, ownerOpd: null, supportsLevel: 1 }],
    });
    const brd1 = dimensions[1]?.elements[0];
    expect(brd1).toMatchObject({ score: 2.5, flags: ['narrow'] });
    expect(brd1?.indicators[2]).toMatchObject({ status: 'na', level: null, naReason: 'alasan uji' });
    const env3 = dimensions[5]?.elements[2];
    expect(env3?.indicators[3]).toMatchObject({ id: 'ENV.3.4', status: 'unanswered', level: null, supportedLevel: null });
  });

  it('picks strengths and gaps and gives the band table of the method appendix', () => {
    const model = buildReportModel(input());
    // Valid elements: GOV.1 2.75, BRD.1 2.5, ENV.3 3.0 and fifteen at 3.0.
    expect(model.strengths.map((s) => s.elementId)).toEqual(['GOV.2', 'GOV.3', 'BRD.2']);
    expect(model.gaps.map((g) => [g.elementId, g.nextLevel.level])).toEqual([['BRD.1', 3], ['GOV.1', 3], ['BRD.3', 4]]);
    expect(model.gaps[1]?.below.map((b) => b.indicatorId)).toEqual(['GOV.1.2', 'GOV.1.4']);
    expect(model.bands.map((b) => [b.level, b.from, b.to])).toEqual([
      [0, 0, 0.5], [1, 0.5, 1.5], [2, 1.5, 2.5], [3, 2.5, 3.5], [4, 3.5, 4.5], [5, 4.5, null],
    ]);
  });

  it('has no benchmark without peer data, and hides positions below 5 peers when there is some', () => {
    expect(buildReportModel(input())).not.toHaveProperty('benchmark');
    const { benchmark } = buildReportModel(input({
      benchmark: {
        peerGroup: 'Kota di Jawa Barat',
        dimensions: [
          { dimensionId: 'GOV', peers: 12, median: 2.5, rank: 3, percentile: 82 },
          { dimensionId: 'BRD', peers: 4, median: 2, rank: 1, percentile: 100 },
        ],
      },
    }));
    expect(benchmark?.minPeers).toBe(5);
    expect(benchmark?.dimensions[0]).toMatchObject({ dimensionId: 'GOV', peers: 12, median: 2.5, rank: 3, percentile: 82, isSuppressed: false });
    expect(benchmark?.dimensions[0]?.own).toBeCloseTo(8.75 / 3, 12);
    expect(benchmark?.dimensions[1]).toMatchObject({ peers: 4, median: null, rank: null, percentile: null, isSuppressed: true });
    expect(benchmark?.dimensions[2]).toMatchObject({ peers: 0, isSuppressed: true });
  });

  it('resolves instrument text in the report language', () => {
    const model = buildReportModel(input({ lang: 'en' }));
    expect(model.meta.lang).toBe('en');
    expect(model.dimensions[0]?.goal).toBe('Tujuan GOV');
  });
});

describe('buildReportModel planning section', () => {
  const score = scoreAssessment(instrument, weights, scenario());
  // GOV.1 = 2.75 → final 4 (steps 0.25: 3, 3.25→3.3, 3.5, 3.75→3.8, 4); every other element at its default.
  const roadmap = setFinalTarget(defaultRoadmap(instrument, score, 2026, 5, '2026-11-01T08:00:00.000Z'), 'GOV.1', 4, score);
  const at = '2026-03-01T08:00:00.000Z';
  const plan: AssessmentPlan = {
    assessmentId: 'a-1', roadmap, assignments: {}, workPackages: [], updatedAt: at,
    actions: [
      quickWinAction({ elementId: 'ECO.2', ownerOpd: 'Bappeda', dueDate: '2027-06-30', chosenAt: at }),
      quickWinAction({ elementId: 'BRD.2', ownerOpd: 'Dinas Pariwisata', dueDate: '2026-12-31', note: '  ', chosenAt: at }),
      quickWinAction({ elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2026-12-31', note: ' Parkir non-tunai ', chosenAt: at }),
    ],
  };

  it('is absent without a plan, or with a plan that has neither targets nor quick wins', () => {
    expect(buildReportModel(input())).not.toHaveProperty('planning');
    const { roadmap: _none, ...noRoadmap } = plan;
    expect(buildReportModel(input({ plan: { ...noRoadmap, actions: [] } }))).not.toHaveProperty('planning');
  });

  it('gives the roadmap per dimension and element with targets per year and the final gap', () => {
    const r = buildReportModel(input({ plan })).planning?.roadmap;
    expect(r).toMatchObject({ startYear: 2027, horizon: 5, years: [2027, 2028, 2029, 2030, 2031] });
    const gov = r?.dimensions[0];
    expect(gov).toMatchObject({ dimensionId: 'GOV', name: 'Dimensi GOV', isPartialBasis: false });
    expect(gov?.elements[0]).toMatchObject({ elementId: 'GOV.1', name: 'Elemen GOV.1', current: 2.75, isValid: true, mode: 'final', targets: [3, 3.3, 3.5, 3.8, 4], finalGap: 1.25 });
    expect(gov?.elements[1]).toMatchObject({ elementId: 'GOV.2', current: 3, targets: [3.2, 3.4, 3.6, 3.8, 4] });
    // GOV = (2.75 + 3 + 3)/3 = 8.75/3; target (3 + 3.2 + 3.2)/3 = 9.4/3 … (4 + 4 + 4)/3 = 4.
    expect(gov?.current).toBeCloseTo(8.75 / 3, 12);
    expect(gov?.targets[0]).toBeCloseTo(9.4 / 3, 12);
    expect(gov?.finalGap).toBeCloseTo(4 - 8.75 / 3, 12);
    // BRD.1 = 2.5 (band 3) → 4 in steps of 0.3.
    expect(r?.dimensions[1]?.elements[0]).toMatchObject({ elementId: 'BRD.1', current: 2.5, targets: [2.8, 3.1, 3.4, 3.7, 4] });
    // Every element ends at 4, so the index target ends at 4; current index 17.75/6.
    expect(r?.index.targets[4]).toBeCloseTo(4, 12);
    expect(r?.index.finalGap).toBeCloseTo(4 - 17.75 / 6, 12);
  });

  it('lists the chosen quick wins by due date, then instrument order, with the level they aim at', () => {
    const quickWins = buildReportModel(input({ plan })).planning?.quickWins;
    expect(quickWins?.map((q) => [q.elementId, q.ownerOpd, q.dueDate, q.note])).toEqual([
      ['GOV.1', 'Diskominfo', '2026-12-31', 'Parkir non-tunai'],
      ['BRD.2', 'Dinas Pariwisata', '2026-12-31', null],
      ['ECO.2', 'Bappeda', '2027-06-30', null],
    ]);
    expect(quickWins?.[0]).toMatchObject({
      elementName: 'Elemen GOV.1', dimensionName: 'Dimensi GOV', score: 2.75,
      nextLevel: { level: 4, name: 'Level 4', descriptor: 'Deskripsi 4' },
    });
  });

  it('has quick wins without a roadmap when no targets were set', () => {
    const { roadmap: _none, ...noRoadmap } = plan;
    expect(buildReportModel(input({ plan: noRoadmap })).planning).toMatchObject({ roadmap: null, quickWins: [{ elementId: 'GOV.1' }, { elementId: 'BRD.2' }, { elementId: 'ECO.2' }] });
  });
});

