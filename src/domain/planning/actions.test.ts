import { describe, expect, it } from 'vitest';
import { actionYearRange, buildAction, putAction, removeAction, setActionStatus, statusIn, statusesOutside, validateAction } from './actions';
import type { ActionValues } from './actions';
import { emptyPlan } from './plan';
import type { AssessmentPlan } from './types';

const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-04-01T08:00:00.000Z';
const ctx = {
  years: { first: 2027, last: 2031 },
  elementIds: new Set(['GOV.1', 'GOV.2', 'LIV.1']),
  indicatorIds: new Set(['GOV.1.1', 'GOV.1.2', 'LIV.1.1']),
};
const values: ActionValues = {
  name: ' Perwal SPBE ', opd: ' Diskominfo ', supportingOpds: ['Bappeda', 'diskominfo', ' bappeda ', ''],
  lifts: [{ elementId: 'GOV.1', indicatorIds: ['GOV.1.2', 'GOV.1.2'], raiseBy: 1.04 }, { elementId: 'GOV.1' }, { elementId: 'GOV.2' }],
  startYear: 2027, endYear: 2028, budgetNote: ' APBD 2027, ± Rp 250 juta ', outputIndicator: '  ', description: 'Menyusun perwal',
};

describe('actionYearRange', () => {
  it('is the roadmap horizon, or period + 1 … period + 10 before a roadmap exists', () => {
    const plan = emptyPlan('a', T0);
    expect(actionYearRange(null, 2026)).toEqual({ first: 2027, last: 2036 });
    expect(actionYearRange(plan, 2026)).toEqual({ first: 2027, last: 2036 });
    const withRoadmap: AssessmentPlan = { ...plan, roadmap: { startYear: 2027, horizon: 5, elements: {}, baseline: null } };
    expect(actionYearRange(withRoadmap, 2026)).toEqual({ first: 2027, last: 2031 });
  });
});

describe('validateAction', () => {
  it('accepts a complete action and one without elements (the views warn)', () => {
    expect(validateAction(values, ctx)).toEqual({});
    expect(validateAction({ ...values, lifts: [] }, ctx)).toEqual({});
  });

  it.each([
    ['no name or OPD', { name: '  ', opd: ' ' }, { name: 'required', opd: 'required' }],
    ['a name and OPD too long', { name: 'x'.repeat(201), opd: 'o'.repeat(121) }, { name: 'too_long', opd: 'too_long' }],
    ['years outside the horizon', { startYear: 2026, endYear: 2032 }, { startYear: 'year_range', endYear: 'year_range' }],
    ['a fractional year', { endYear: 2027.5 }, { endYear: 'year_range' }],
    ['an end before its start', { startYear: 2029, endYear: 2028 }, { endYear: 'end_before_start' }],
    ['an unknown element', { lifts: [{ elementId: 'XYZ.9' }] }, { lifts: 'unknown_element' }],
    ['an indicator of another element', { lifts: [{ elementId: 'GOV.1', indicatorIds: ['LIV.1.1'] }] }, { lifts: 'unknown_element' }],
    ['an unknown indicator', { lifts: [{ elementId: 'GOV.1', indicatorIds: ['GOV.1.9'] }] }, { lifts: 'unknown_element' }],
    ['a budget note too long', { budgetNote: 'Rp'.repeat(101) }, { budgetNote: 'too_long' }],
    ['an output indicator and description too long', { outputIndicator: 'x'.repeat(301), description: 'd'.repeat(2001) }, { outputIndicator: 'too_long', description: 'too_long' }],
    ['too many supporting OPDs', { supportingOpds: Array.from({ length: 21 }, (_, i) => `OPD ${i}`) }, { supportingOpds: 'too_many' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(validateAction({ ...values, ...change }, ctx)).toEqual(errors);
  });

  it('accepts a budget note of exactly 200 characters', () => {
    expect(validateAction({ ...values, budgetNote: 'x'.repeat(200) }, ctx)).toEqual({});
  });
});

describe('buildAction and the action list', () => {
  it('normalises texts and OPDs, drops duplicates and blanks, one lift per element', () => {
    expect(buildAction(values, 'act-1', T0)).toEqual({
      id: 'act-1', name: 'Perwal SPBE', description: 'Menyusun perwal', opd: 'Diskominfo', supportingOpds: ['Bappeda'],
      lifts: [{ elementId: 'GOV.1' }, { elementId: 'GOV.2' }],
      startYear: 2027, endYear: 2028, budgetNote: 'APBD 2027, ± Rp 250 juta', statuses: [], quickWin: false, createdAt: T0, updatedAt: T0,
    });
    const one = buildAction({ ...values, lifts: [{ elementId: 'GOV.1', indicatorIds: ['GOV.1.2', 'GOV.1.2'], raiseBy: 1.04 }] }, 'a', T0);
    expect(one.lifts).toEqual([{ elementId: 'GOV.1', indicatorIds: ['GOV.1.2'], raiseBy: 1 }]);
  });

  it('keeps a quick-win flag, due date and studi-banding source', () => {
    const source = { kind: 'studi-banding', hostName: 'Kota Cirebon', visitDate: '2019-03-25', elementId: 'GOV.1' } as const;
    expect(buildAction({ ...values, quickWin: true, dueDate: '2027-06-30', source }, 'a', T0)).toMatchObject({ quickWin: true, dueDate: '2027-06-30', source });
  });

  it('adds and replaces actions in place; an edit keeps creation time and the statuses still in its years', () => {
    const first = buildAction(values, 'a1', T0);
    let plan = putAction(putAction(emptyPlan('x', T0), first), buildAction({ ...values, name: 'Dua' }, 'a2', T0));
    plan = setActionStatus(plan, 'a1', 2027, 'selesai', ' Perwal terbit ', T1);
    plan = setActionStatus(plan, 'a1', 2028, 'berjalan', '', T1);
    const edited = buildAction({ ...values, name: 'Perwal SPBE 2.0', startYear: 2028, endYear: 2029 }, 'a1', T1, plan.actions[0]);
    plan = putAction(plan, edited);
    expect(plan.actions.map((a) => a.name)).toEqual(['Perwal SPBE 2.0', 'Dua']);
    expect(plan.actions[0]).toMatchObject({ createdAt: T0, updatedAt: T1, statuses: [{ year: 2028, status: 'berjalan', at: T1 }] });
  });

  it('tells which recorded statuses an edit of the years drops, and removes an action with its statuses', () => {
    let plan = putAction(putAction(emptyPlan('x', T0), buildAction({ ...values, endYear: 2029 }, 'a1', T0)), buildAction({ ...values, name: 'Dua' }, 'a2', T0));
    plan = setActionStatus(plan, 'a1', 2027, 'selesai', '', T1);
    plan = setActionStatus(plan, 'a1', 2029, 'ditunda', '', T1);
    const [a1] = plan.actions;
    if (!a1) throw new Error('action');
    expect(statusesOutside(a1, 2028, 2029).map((s) => [s.year, s.status])).toEqual([[2027, 'selesai']]);
    expect(statusesOutside(a1, 2027, 2029)).toEqual([]);
    expect(statusesOutside(a1, 2028, 2028).map((s) => s.year)).toEqual([2027, 2029]);
    const removed = removeAction(plan, 'a1');
    expect(removed.actions.map((a) => a.id)).toEqual(['a2']);
    expect(removeAction(removed, 'a1').actions).toEqual(removed.actions);
  });
});

describe('setActionStatus and statusIn', () => {
  const plan = putAction(emptyPlan('x', T0), buildAction(values, 'a1', T0));

  it('sets one status per year (sorted, note trimmed, blank note omitted); other years are "direncanakan"', () => {
    const p1 = setActionStatus(plan, 'a1', 2028, 'ditunda', '  ', T1);
    const p2 = setActionStatus(p1, 'a1', 2027, 'selesai', ' Perwal terbit ', T1);
    const p3 = setActionStatus(p2, 'a1', 2028, 'berjalan', 'lanjut', T1);
    const [action] = p3.actions;
    if (!action) throw new Error('action');
    expect(action.statuses).toEqual([
      { year: 2027, status: 'selesai', note: 'Perwal terbit', at: T1 },
      { year: 2028, status: 'berjalan', note: 'lanjut', at: T1 },
    ]);
    expect(action.updatedAt).toBe(T1);
    expect([2027, 2028, 2029].map((y) => statusIn(action, y))).toEqual(['selesai', 'berjalan', 'direncanakan']);
  });

  it('ignores a year outside the action or an unknown action', () => {
    expect(setActionStatus(plan, 'a1', 2030, 'selesai', '', T1)).toBe(plan);
    expect(setActionStatus(plan, 'zz', 2027, 'selesai', '', T1)).toBe(plan);
  });

  it('cuts a status note to 500 characters', () => {
    const [action] = setActionStatus(plan, 'a1', 2027, 'ditunda', 'x'.repeat(501), T1).actions;
    expect(action?.statuses[0]?.note).toHaveLength(500);
  });
});
