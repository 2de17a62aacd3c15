// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  chooseQuickWin, emptyPlan, markWorkPackageMerged, recordWorkPackage, quickWinsOf, removeQuickWin, setAssignment, validateOpdName,
  validateQuickWin,
} from './plan';

const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-03-02T08:00:00.000Z';
const plan = emptyPlan('a-1', T0);

describe('emptyPlan', () => {
  it('has nothing planned', () => {
    expect(plan).toEqual({ assessmentId: 'a-1', actions: [], assignments: {}, workPackages: [], updatedAt: T0 });
  });
});

describe('setAssignment', () => {
  it('stores a normalised name and removes the entry for a blank one', () => {
    const p1 = setAssignment(plan, 'GOV.1', '  Dinas   Kesehatan ');
    expect(p1.assignments).toEqual({ 'GOV.1': 'Dinas Kesehatan' });
    const p2 = setAssignment(p1, 'GOV.1.1', 'Bappeda');
    expect(p2.assignments).toEqual({ 'GOV.1': 'Dinas Kesehatan', 'GOV.1.1': 'Bappeda' });
    expect(setAssignment(p2, 'GOV.1', '  ').assignments).toEqual({ 'GOV.1.1': 'Bappeda' });
    expect(plan.assignments).toEqual({});
  });

  it('validates the length of a typed name', () => {
    expect(validateOpdName('Diskominfo')).toBeUndefined();
    expect(validateOpdName('x'.repeat(121))).toBe('too_long');
    expect(validateOpdName(`  ${'x'.repeat(120)}  `)).toBeUndefined();
  });
});

describe('work-package records', () => {
  const record = { id: 'wp-1', opd: 'Diskominfo', indicatorIds: ['GOV.1.1'], exportedAt: T0 };
  it('adds a record, replaces one with the same id, and marks it merged', () => {
    const p1 = recordWorkPackage(plan, record);
    expect(p1.workPackages).toEqual([record]);
    const p2 = recordWorkPackage(p1, { ...record, indicatorIds: ['GOV.1.1', 'GOV.1.2'] });
    expect(p2.workPackages).toHaveLength(1);
    expect(p2.workPackages[0]?.indicatorIds).toEqual(['GOV.1.1', 'GOV.1.2']);
    expect(markWorkPackageMerged(p2, 'wp-1', T1).workPackages[0]).toMatchObject({ id: 'wp-1', mergedAt: T1 });
    expect(markWorkPackageMerged(p2, 'wp-9', T1)).toBe(p2);
  });
});

describe('validateQuickWin', () => {
  it.each([
    [{ ownerOpd: 'Diskominfo', dueDate: '2026-12-31' }, {}],
    [{ ownerOpd: 'Diskominfo', dueDate: '2026-12-31', note: 'Parkir non-tunai' }, {}],
    [{ ownerOpd: '  ', dueDate: '' }, { ownerOpd: 'required', dueDate: 'required' }],
    [{ ownerOpd: 'x'.repeat(121), dueDate: '2026-02-30' }, { ownerOpd: 'too_long', dueDate: 'date_invalid' }],
    [{ ownerOpd: 'Bappeda', dueDate: '31/12/2026' }, { dueDate: 'date_invalid' }],
    [{ ownerOpd: 'Bappeda', dueDate: '2026-12-31', note: 'x'.repeat(2001) }, { note: 'too_long' }],
  ])('%j → %j', (values, errors) => {
    expect(validateQuickWin(values)).toEqual(errors);
  });
});

describe('chooseQuickWin and removeQuickWin', () => {
  it('stores one quick win per element, normalised; an update keeps chosenAt and position', () => {
    const p1 = chooseQuickWin(plan, { elementId: 'GOV.1', ownerOpd: ' Diskominfo ', dueDate: '2026-12-31', note: '  ', chosenAt: T0 });
    expect(quickWinsOf(p1)).toEqual([{ elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2026-12-31', chosenAt: T0 }]);
    const p2 = chooseQuickWin(p1, { elementId: 'ECO.2', ownerOpd: 'Bappeda', dueDate: '2027-06-30', chosenAt: T0 });
    const p3 = chooseQuickWin(p2, { elementId: 'GOV.1', ownerOpd: 'Bappeda', dueDate: '2027-01-31', note: ' Catatan ', chosenAt: T1 });
    expect(quickWinsOf(p3)).toEqual([
      { elementId: 'GOV.1', ownerOpd: 'Bappeda', dueDate: '2027-01-31', note: 'Catatan', chosenAt: T0 },
      { elementId: 'ECO.2', ownerOpd: 'Bappeda', dueDate: '2027-06-30', chosenAt: T0 },
    ]);
    expect(quickWinsOf(removeQuickWin(p3, 'GOV.1')).map((q) => q.elementId)).toEqual(['ECO.2']);
    expect(removeQuickWin(p3, 'LIV.1').actions).toHaveLength(2);
    expect(p3.actions[0]).toMatchObject({ id: 'qw-GOV.1', quickWin: true, opd: 'Bappeda', startYear: 2027, endYear: 2027, updatedAt: T1 });
  });
});
