// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFor, buildInstrument, buildWeightProfile, indicatorIds } from '../../test/instrument-fixture';
import { buildAction, putAction, setActionStatus } from '../planning/actions';
import type { ActionValues } from '../planning/actions';
import { emptyPlan } from '../planning/plan';
import { defaultRoadmap } from '../planning/roadmap';
import type { AssessmentPlan } from '../planning/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildActionPlanReport } from './action-plan';
import { buildReportModel } from './build-report-model';

const instrument = buildInstrument();
const T = '2026-03-01T08:00:00.000Z';
const act = (id: string, v: Partial<ActionValues> & Pick<ActionValues, 'name' | 'opd'>) =>
  buildAction({ supportingOpds: [], startYear: 2027, endYear: 2027, lifts: [], ...v }, id, T);

// Five actions over three OPDs (one named in two spellings) and two dimensions, one without an element.
let plan: AssessmentPlan = [
  act('a1', { name: 'Perwal SPBE', opd: 'Diskominfo', lifts: [{ elementId: 'GOV.1', raiseBy: 0.5 }, { elementId: 'LIV.2' }], startYear: 2027, endYear: 2030, supportingOpds: ['Bappeda', 'Dinas Kesehatan'], budgetNote: 'APBD 2027, ± Rp 250 juta', outputIndicator: 'Perwal ditetapkan' }),
  act('a2', { name: 'Mal pelayanan', opd: 'Bappeda', lifts: [{ elementId: 'GOV.2' }], startYear: 2028, endYear: 2028, quickWin: true }),
  act('a3', { name: 'Telemedisin', opd: 'Dinas Kesehatan', lifts: [{ elementId: 'LIV.1' }], startYear: 2027, endYear: 2027 }),
  act('a4', { name: 'Posyandu digital', opd: 'dinas kesehatan', lifts: [{ elementId: 'LIV.1' }], startYear: 2029, endYear: 2031 }),
  act('a5', { name: 'Sosialisasi', opd: 'Diskominfo', startYear: 2027, endYear: 2028, supportingOpds: ['Bappeda'] }),
].reduce(putAction, emptyPlan('x', T));
plan = setActionStatus(plan, 'a1', 2027, 'selesai', '', T);
plan = setActionStatus(plan, 'a1', 2028, 'selesai', 'Perwal terbit Juni', T);
plan = setActionStatus(plan, 'a1', 2029, 'berjalan', '', T);
plan = setActionStatus(plan, 'a3', 2027, 'dibatalkan', 'anggaran', T);
const YEARS = [2027, 2028, 2029, 2030, 2031];
const report = buildActionPlanReport(instrument, plan.actions, YEARS, 'id');

describe('buildActionPlanReport', () => {
  it('is absent for a plan without actions', () => {
    expect(buildActionPlanReport(instrument, [], YEARS, 'id')).toBeUndefined();
  });

  it('groups every action once by the dimension of its first element, instrument order, without element last', () => {
    expect(report?.byDimension.map((g) => [g.dimensionId, g.name, g.actions.map((a) => a.id)])).toEqual([
      ['GOV', 'Dimensi GOV', ['a1', 'a2']],
      ['LIV', 'Dimensi LIV', ['a3', 'a4']],
      [null, null, ['a5']],
    ]);
  });

  it('gives one timeline cell per year: the status where the action runs, null elsewhere', () => {
    const rows = new Map(report?.byDimension.flatMap((g) => g.actions).map((a) => [a.id, a]));
    expect(report?.years).toEqual(YEARS);
    expect(rows.get('a1')?.cells).toEqual(['selesai', 'selesai', 'berjalan', 'direncanakan', null]);
    expect(rows.get('a2')?.cells).toEqual([null, 'direncanakan', null, null, null]);
    expect(rows.get('a3')?.cells).toEqual(['dibatalkan', null, null, null, null]);
    expect(rows.get('a4')?.cells).toEqual([null, null, 'direncanakan', 'direncanakan', 'direncanakan']);
  });

  it('merges consecutive years of one status into runs, a year with a note standing alone', () => {
    const a1 = report?.byDimension[0]?.actions[0];
    expect(a1?.statusRuns).toEqual([
      { from: 2027, to: 2027, status: 'selesai', notes: [] },
      { from: 2028, to: 2028, status: 'selesai', notes: ['Perwal terbit Juni'] },
      { from: 2029, to: 2029, status: 'berjalan', notes: [] },
      { from: 2030, to: 2030, status: 'direncanakan', notes: [] },
    ]);
    expect(report?.byDimension[1]?.actions[1]?.statusRuns).toEqual([{ from: 2029, to: 2031, status: 'direncanakan', notes: [] }]);
  });

  it('resolves elements with their raise, and keeps budget note, output indicator and quick-win flag', () => {
    const [a1, a2] = report?.byDimension[0]?.actions ?? [];
    expect(a1).toMatchObject({
      name: 'Perwal SPBE', opd: 'Diskominfo', supportingOpds: ['Bappeda', 'Dinas Kesehatan'], startYear: 2027, endYear: 2030,
      elements: [{ id: 'GOV.1', name: 'Elemen GOV.1', raiseBy: 0.5 }, { id: 'LIV.2', name: 'Elemen LIV.2', raiseBy: null }],
      budgetNote: 'APBD 2027, ± Rp 250 juta', outputIndicator: 'Perwal ditetapkan', quickWin: false,
    });
    expect(a2).toMatchObject({ budgetNote: null, outputIndicator: null, quickWin: true });
  });

  it('lists per OPD (collation order, spellings merged) what it leads and what it supports, by start year', () => {
    expect(report?.byOpd.map((o) => [o.opd, o.lead.map((a) => a.id), o.support.map((a) => a.id)])).toEqual([
      ['Bappeda', ['a2'], ['a5', 'a1']],
      ['Dinas Kesehatan', ['a3', 'a4'], ['a1']],
      ['Diskominfo', ['a5', 'a1'], []],
    ]);
  });
});

describe('buildReportModel action plan', () => {
  const answers = answersFor(indicatorIds(instrument), () => 2);
  const assessment = {
    id: 'x', regionCode: '32.74', period: 2026, instrumentVersion: instrument.version, weightProfileId: 'w', status: 'draft' as const,
    createdAt: T, updatedAt: T,
  };
  const weights = buildWeightProfile();
  const model = (p: AssessmentPlan) => buildReportModel({
    assessment, answers, instrument, weights, plan: p, printedAt: T, lang: 'id', region: { code: '32.74', name: 'Kota Cirebon', provinceName: null },
  });

  it('spans the roadmap horizon, or period + 1 … + 10 before a roadmap exists', () => {
    expect(model(plan).planning?.actionPlan?.years).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    const roadmap = defaultRoadmap(instrument, scoreAssessment(instrument, weights, answers), 2026, 5, T);
    expect(model({ ...plan, roadmap }).planning?.actionPlan?.years).toEqual(YEARS);
    expect(model({ ...plan, roadmap, actions: [] }).planning).not.toHaveProperty('actionPlan');
  });
});
