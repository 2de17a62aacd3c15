// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildInstrument } from '../../test/instrument-fixture';
import { actionCoverage, actionOpds, opdActionsInYear, progressByOpd, progressByYear, timelineGroups } from './action-views';
import { buildAction, putAction, setActionStatus } from './actions';
import { emptyPlan } from './plan';
import type { ActionValues } from './actions';
import type { AssessmentPlan } from './types';

const instrument = buildInstrument();
const T = '2026-03-01T08:00:00.000Z';
const base = { supportingOpds: [], startYear: 2027, endYear: 2027 };
const act = (id: string, v: Partial<ActionValues> & Pick<ActionValues, 'name' | 'opd'>) => buildAction({ ...base, lifts: [], ...v }, id, T);

// Five actions, three OPDs, two dimensions (+ one without element).
const actions = [
  act('a1', { name: 'Perwal SPBE', opd: 'Diskominfo', lifts: [{ elementId: 'GOV.1' }], startYear: 2027, endYear: 2029, supportingOpds: ['Bappeda'] }),
  act('a2', { name: 'Mal pelayanan', opd: 'Bappeda', lifts: [{ elementId: 'GOV.2' }], startYear: 2028, endYear: 2028 }),
  act('a3', { name: 'Telemedisin', opd: 'Dinas Kesehatan', lifts: [{ elementId: 'LIV.1' }], startYear: 2027, endYear: 2027 }),
  act('a4', { name: 'Posyandu digital', opd: 'dinas kesehatan', lifts: [{ elementId: 'LIV.1' }], startYear: 2029, endYear: 2030 }),
  act('a5', { name: 'Sosialisasi', opd: 'Diskominfo', startYear: 2027, endYear: 2028 }),
];
let plan: AssessmentPlan = actions.reduce(putAction, emptyPlan('x', T));
plan = setActionStatus(plan, 'a1', 2027, 'selesai', '', T);
plan = setActionStatus(plan, 'a1', 2028, 'berjalan', '', T);
plan = setActionStatus(plan, 'a3', 2027, 'dibatalkan', 'anggaran', T);

describe('timelineGroups', () => {
  it('groups by the first element\'s dimension in instrument order, actions without element last', () => {
    const groups = timelineGroups(instrument, plan.actions, 'dimension');
    expect(groups.map((g) => [g.key, g.actions.map((a) => a.id)])).toEqual([
      ['GOV', ['a1', 'a2']],
      ['LIV', ['a3', 'a4']],
      ['', ['a5']],
    ]);
  });

  it('groups by responsible OPD case-insensitively, sorted by start year within a group', () => {
    const groups = timelineGroups(instrument, plan.actions, 'opd');
    expect(groups.map((g) => [g.key, g.actions.map((a) => a.id)])).toEqual([
      ['Bappeda', ['a2']],
      ['Dinas Kesehatan', ['a3', 'a4']],
      ['Diskominfo', ['a5', 'a1']],
    ]);
  });
});

describe('opdActionsInYear and actionOpds', () => {
  it('lists what one OPD leads and supports in a year, leads first, with that year\'s status', () => {
    expect(opdActionsInYear(plan.actions, 'bappeda', 2028).map((r) => [r.action.id, r.role, r.status])).toEqual([
      ['a2', 'lead', 'direncanakan'],
      ['a1', 'support', 'berjalan'],
    ]);
    expect(opdActionsInYear(plan.actions, 'Diskominfo', 2027).map((r) => [r.action.id, r.status])).toEqual([['a5', 'direncanakan'], ['a1', 'selesai']]);
    expect(opdActionsInYear(plan.actions, 'Dinas Kesehatan', 2028)).toEqual([]);
  });

  it('names every OPD once', () => {
    expect(actionOpds(plan.actions)).toEqual(['Bappeda', 'Dinas Kesehatan', 'Diskominfo']);
  });
});

describe('actionCoverage', () => {
  const withRoadmap: AssessmentPlan = { ...plan, roadmap: {
    startYear: 2027, horizon: 5,
    elements: {
      // GOV.1 rises 2027 (2 → 2.5) and 2030 (3 → 3.5): a1 runs 2027–2029 → 2030 uncovered.
      'GOV.1': { mode: 'yearly', finalTarget: 3.5, yearly: [2.5, 3, 3, 3.5, 3.5] },
      // LIV.1 rises 2027 (a3 cancelled that year → uncovered) and 2029 (a4 runs).
      'LIV.1': { mode: 'yearly', finalTarget: 3, yearly: [1.5, 1.5, 3, 3, 3] },
      // ENV.1 rises every year, no action at all; baseline not recorded for it → the first year compares with nothing.
      'ENV.1': { mode: 'final', finalTarget: 3, yearly: [1, 1.5, 2, 2.5, 3] },
    },
    baseline: { scores: { 'GOV.1': 2, 'LIV.1': 1, 'ENV.1': null }, decision: 'created', at: T },
  } };

  it('warns per element for the years a target rises with no action behind it, and lists actions without element', () => {
    const coverage = actionCoverage(instrument, withRoadmap);
    const byId = new Map(coverage.elements.map((e) => [e.elementId, e]));
    expect(byId.get('GOV.1')).toMatchObject({ uncoveredYears: [2030], actions: [{ id: 'a1' }] });
    expect(byId.get('LIV.1')?.uncoveredYears).toEqual([2027]);
    expect(byId.get('ENV.1')?.uncoveredYears).toEqual([2028, 2029, 2030, 2031]);
    expect(byId.get('GOV.2')).toMatchObject({ targets: null, uncoveredYears: [], actions: [{ id: 'a2' }] });
    expect(coverage.withoutElement.map((a) => a.id)).toEqual(['a5']);
  });

  it('warns about nothing without a roadmap except actions without element', () => {
    const coverage = actionCoverage(instrument, plan);
    expect(coverage.elements.every((e) => e.uncoveredYears.length === 0)).toBe(true);
    expect(coverage.withoutElement).toHaveLength(1);
  });
});

describe('progress', () => {
  it('counts running actions by status per year', () => {
    const rows = progressByYear(plan.actions, [2027, 2028, 2031]);
    expect(rows[0]).toEqual({ year: 2027, counts: { direncanakan: 1, berjalan: 0, selesai: 1, ditunda: 0, dibatalkan: 1 } });
    expect(rows[1]?.counts).toEqual({ direncanakan: 2, berjalan: 1, selesai: 0, ditunda: 0, dibatalkan: 0 });
    expect(rows[2]?.counts).toEqual({ direncanakan: 0, berjalan: 0, selesai: 0, ditunda: 0, dibatalkan: 0 });
  });

  it('counts a year\'s actions by status per responsible OPD', () => {
    expect(progressByOpd(plan.actions, 2027)).toEqual([
      { opd: 'Dinas Kesehatan', counts: { direncanakan: 0, berjalan: 0, selesai: 0, ditunda: 0, dibatalkan: 1 } },
      { opd: 'Diskominfo', counts: { direncanakan: 1, berjalan: 0, selesai: 1, ditunda: 0, dibatalkan: 0 } },
    ]);
  });
});
