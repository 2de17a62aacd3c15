import { quickWinAction, quickWinsOf } from '../domain/planning/plan';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentPlan, WorkPackageRecord } from '../domain/planning/types';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { STORES } from './db';

let dbCounter = 0;
const opened: AssessmentRepository[] = [];

async function open(): Promise<{ repo: AssessmentRepository; dbName: string }> {
  dbCounter += 1;
  const dbName = `siap-cerdas-plan-test-${dbCounter}`;
  const repo = await openAssessmentRepository({ dbName });
  opened.push(repo);
  return { repo, dbName };
}

afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

const assessment: Assessment = {
  id: 'cbn-2026', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-10T08:00:00.000Z', updatedAt: '2026-01-10T08:00:00.000Z',
};

const pkg: WorkPackageRecord = { id: 'wp-1', opd: 'Dinas Kesehatan', indicatorIds: ['LIV.1.1', 'LIV.1.2'], exportedAt: '2026-02-01T00:00:00.000Z' };

function makePlan(overrides: Partial<AssessmentPlan> = {}): AssessmentPlan {
  return {
    assessmentId: 'cbn-2026',
    roadmap: {
      startYear: 2027,
      horizon: 5,
      elements: {
        'GOV.1': { mode: 'final', finalTarget: 4, yearly: [2.2, 2.4, 2.6, 2.8, 3] },
        'LIV.1': { mode: 'yearly', finalTarget: 3, yearly: [1, 1.5, 2, 2.5, 3] },
      },
      baseline: { scores: { 'GOV.1': 2, 'LIV.1': 0.75, 'ENV.1': null }, decision: 'created', at: '2026-02-01T00:00:00.000Z' },
    },
    actions: [
      quickWinAction({ elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2027-06-30', note: 'Perwal SPBE', chosenAt: '2026-02-01T00:00:00.000Z' }),
      quickWinAction({ elementId: 'LIV.1', ownerOpd: 'Dinas Kesehatan', dueDate: '2027-12-31', chosenAt: '2026-02-01T00:00:00.000Z' }),
    ],
    assignments: { 'LIV.1': 'Dinas Kesehatan', 'LIV.1.2': 'RSUD' },
    workPackages: [pkg],
    updatedAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

const MERGED_AT = '2026-03-01T00:00:00.000Z';
const merged = (plan: AssessmentPlan, id = 'wp-1', at = MERGED_AT): AssessmentPlan => ({
  ...plan,
  workPackages: plan.workPackages.map((p) => (p.id === id ? { ...p, mergedAt: at } : p)),
  updatedAt: at,
});

function fromOpd(indicatorId: string, level: Answer['level']): Answer {
  return {
    indicatorId, level, evidence: [], answeredAt: '2026-02-20T00:00:00.000Z',
    provenance: { opd: 'Dinas Kesehatan', packageId: 'wp-1', answeredAt: '2026-02-20T00:00:00.000Z', mergedAt: MERGED_AT },
  };
}

/** Everything the repository shows about the assessment, for before/after comparisons. */
async function snapshot(repo: AssessmentRepository) {
  return { bundle: await repo.get('cbn-2026'), plan: await repo.getPlan('cbn-2026'), list: await repo.list() };
}

describe('plans', () => {
  it('is undefined until saved, then round-trips every field (absent optionals stay absent)', async () => {
    const { repo } = await open();
    await repo.create(assessment);
    expect(await repo.getPlan('cbn-2026')).toBeUndefined();

    const { roadmap: _roadmap, ...withoutRoadmap } = makePlan();
    await repo.savePlan(withoutRoadmap);
    expect(await repo.getPlan('cbn-2026')).toStrictEqual(withoutRoadmap);

    await repo.savePlan(makePlan());
    expect(await repo.getPlan('cbn-2026')).toStrictEqual(makePlan());
  });

  it('creates an OPD copy with its plan in one transaction (exported actions kept on a record), and refuses a plan of another assessment', async () => {
    const { repo } = await open();
    const [action] = makePlan().actions;
    const plan = makePlan({ workPackages: [{ ...pkg, exportedActions: action ? [action] : [] }] });
    await repo.create(assessment, [], plan);
    expect(await repo.getPlan('cbn-2026')).toStrictEqual(plan);
    const other = { ...assessment, id: 'copy-2' };
    await expect(repo.create(other, [], plan)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await repo.get('copy-2')).toBeUndefined();
    await expect(repo.savePlan(makePlan({ workPackages: [{ ...pkg, exportedActions: [{ name: 3 }] } as unknown as WorkPackageRecord] }))).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('refuses a plan for a missing assessment with not_found and stores nothing', async () => {
    const { repo } = await open();
    await expect(repo.savePlan(makePlan({ assessmentId: 'ghost' }))).rejects.toMatchObject({ kind: 'not_found' });
    expect(await repo.getPlan('ghost')).toBeUndefined();
  });

  it.each([
    ['a horizon of 7 years', { roadmap: { startYear: 2027, horizon: 7, elements: {} } }],
    ['a target mode that does not exist', { roadmap: { startYear: 2027, horizon: 5, elements: { 'GOV.1': { mode: 'auto', finalTarget: 4, yearly: [] } } } }],
    ['a non-numeric yearly target', { roadmap: { startYear: 2027, horizon: 5, elements: { 'GOV.1': { mode: 'final', finalTarget: 4, yearly: ['3'] } } } }],
    ['an action without OPD', { actions: [{ ...quickWinAction({ elementId: 'GOV.1', ownerOpd: 'x', dueDate: '2027-01-01', chosenAt: 'x' }), opd: 3 }] }],
    ['a non-string assignment', { assignments: { 'GOV.1': 3 } }],
    ['a work package without indicators', { workPackages: [{ id: 'wp', opd: 'x', exportedAt: 'y' }] }],
    ['a numeric mergedAt', { workPackages: [{ ...pkg, mergedAt: 1 }] }],
  ])('refuses a malformed plan (%s) with invalid', async (_label, overrides) => {
    const { repo } = await open();
    await repo.create(assessment);
    await expect(repo.savePlan(makePlan(overrides as Partial<AssessmentPlan>))).rejects.toMatchObject({ kind: 'invalid' });
    expect(await repo.getPlan('cbn-2026')).toBeUndefined();
  });

  it('opens a version-1 plan (no recorded baseline) with every target kept and the baseline "not recorded"', async () => {
    const { repo, dbName } = await open();
    await repo.create(assessment);
    const { roadmap, actions: _actions, ...rest } = makePlan({ actions: [] });
    if (!roadmap) throw new Error('test plan has a roadmap');
    const { baseline: _baseline, ...v1Roadmap } = roadmap;
    const db = await openDB(dbName);
    await db.put(STORES.plans, { ...rest, quickWins: [], roadmap: v1Roadmap, schemaVersion: 1 });
    db.close();

    expect(await repo.getPlan('cbn-2026')).toEqual({ ...rest, actions: [], roadmap: { ...v1Roadmap, baseline: null } });
    // Stored in the new shape by the next save.
    await repo.savePlan({ ...rest, actions: [], roadmap: { ...v1Roadmap, baseline: null } });
    const check = await openDB(dbName);
    expect(await check.get(STORES.plans, 'cbn-2026')).toMatchObject({ schemaVersion: 3, roadmap: { baseline: null, elements: v1Roadmap.elements } });
    check.close();
  });

  it('opens a version-2 plan with its quick wins as quick-win actions, everything kept, and stores version 3 on the next save', async () => {
    const { repo, dbName } = await open();
    await repo.create(assessment);
    const { actions: _actions, ...rest } = makePlan();
    const quickWins = [
      { elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2027-06-30', note: 'Perwal SPBE', chosenAt: '2026-02-01T00:00:00.000Z' },
      { elementId: 'LIV.1', ownerOpd: 'Dinas Kesehatan', dueDate: '2028-12-31', chosenAt: '2026-02-02T00:00:00.000Z' },
    ];
    const db = await openDB(dbName);
    await db.put(STORES.plans, { ...rest, quickWins, schemaVersion: 2 });
    db.close();

    const opened = await repo.getPlan('cbn-2026');
    expect(opened).toEqual({
      ...rest,
      actions: [
        {
          id: 'qw-GOV.1', name: 'Quick win GOV.1', description: 'Perwal SPBE', opd: 'Diskominfo', supportingOpds: [], lifts: [{ elementId: 'GOV.1' }],
          startYear: 2027, endYear: 2027, statuses: [], quickWin: true, dueDate: '2027-06-30', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
        },
        {
          id: 'qw-LIV.1', name: 'Quick win LIV.1', opd: 'Dinas Kesehatan', supportingOpds: [], lifts: [{ elementId: 'LIV.1' }],
          startYear: 2028, endYear: 2028, statuses: [], quickWin: true, dueDate: '2028-12-31', createdAt: '2026-02-02T00:00:00.000Z', updatedAt: '2026-02-02T00:00:00.000Z',
        },
      ],
    });
    if (!opened) throw new Error('plan opened');
    expect(quickWinsOf(opened)).toEqual(quickWins);
    await repo.savePlan(opened);
    const check = await openDB(dbName);
    const stored = await check.get(STORES.plans, 'cbn-2026');
    check.close();
    expect(stored).toMatchObject({ schemaVersion: 3, actions: opened.actions });
    expect(stored).not.toHaveProperty('quickWins');
  });

  it('refuses to read or overwrite a plan written by a newer app', async () => {
    const { repo, dbName } = await open();
    await repo.create(assessment);
    const future = { ...makePlan(), schemaVersion: 9, scenarios: [] };
    const db = await openDB(dbName);
    await db.put(STORES.plans, future);
    db.close();

    await expect(repo.getPlan('cbn-2026')).rejects.toMatchObject({ kind: 'too_new' });
    await expect(repo.savePlan(makePlan())).rejects.toMatchObject({ kind: 'too_new' });
    const check = await openDB(dbName);
    expect(await check.get(STORES.plans, 'cbn-2026')).toStrictEqual(future);
    check.close();
  });

  it('is deleted with its assessment', async () => {
    const { repo } = await open();
    await repo.create(assessment);
    await repo.savePlan(makePlan());
    await repo.remove('cbn-2026');
    expect(await repo.getPlan('cbn-2026')).toBeUndefined();
  });
});

describe('mergeWorkPackage', () => {
  async function withPlan() {
    const context = await open();
    await context.repo.create(assessment, [{ indicatorId: 'LIV.1.1', level: 1, evidence: [] }, { indicatorId: 'GOV.1.1', level: 'NA', naReason: 'x', evidence: [] }]);
    await context.repo.savePlan(makePlan());
    return context;
  }

  it('writes the accepted answers with provenance, updatedAt, counts and the plan together', async () => {
    const { repo } = await withPlan();
    const answers = [fromOpd('LIV.1.1', 3), fromOpd('LIV.1.2', 'NA')].map((a) => (a.level === 'NA' ? { ...a, naReason: 'Tidak ada RS' } : a));

    await repo.mergeWorkPackage('cbn-2026', answers, merged(makePlan()), MERGED_AT);

    const { bundle, plan, list } = await snapshot(repo);
    expect(bundle?.answers['LIV.1.1']).toStrictEqual(answers[0]);
    expect(bundle?.answers['LIV.1.2']).toStrictEqual(answers[1]);
    expect(bundle?.answers['GOV.1.1']?.level).toBe('NA');
    expect(bundle?.assessment.updatedAt).toBe(MERGED_AT);
    expect(plan?.workPackages[0]?.mergedAt).toBe(MERGED_AT);
    expect(list[0]).toMatchObject({ answeredCount: 1, naCount: 2 });
  });

  it('merges a package whose changes were all rejected (no answers): only the plan and updatedAt change', async () => {
    const { repo } = await withPlan();
    const before = await repo.get('cbn-2026');
    await repo.mergeWorkPackage('cbn-2026', [], merged(makePlan()), MERGED_AT);
    expect((await repo.get('cbn-2026'))?.answers).toStrictEqual(before?.answers);
    expect((await repo.getPlan('cbn-2026'))?.workPackages[0]?.mergedAt).toBe(MERGED_AT);
  });

  it('refuses a second merge of the same package with conflict and writes nothing', async () => {
    const { repo } = await withPlan();
    await repo.mergeWorkPackage('cbn-2026', [fromOpd('LIV.1.1', 3)], merged(makePlan()), MERGED_AT);
    const before = await snapshot(repo);

    // Again, from a copy of the plan read before the first merge (e.g. another tab)
    const later = '2026-03-02T00:00:00.000Z';
    await expect(repo.mergeWorkPackage('cbn-2026', [fromOpd('LIV.1.1', 5)], merged(makePlan(), 'wp-1', later), later)).rejects.toMatchObject({ kind: 'conflict' });

    expect(await snapshot(repo)).toStrictEqual(before);
  });

  it('refuses a plan that would clear another package\'s merge (an older copy of the plan)', async () => {
    const { repo } = await withPlan();
    const two = makePlan({ workPackages: [pkg, { ...pkg, id: 'wp-2', opd: 'Bappeda' }] });
    await repo.savePlan(two);
    await repo.mergeWorkPackage('cbn-2026', [], merged(two, 'wp-1'), MERGED_AT);
    const before = await snapshot(repo);

    await expect(repo.mergeWorkPackage('cbn-2026', [], merged(two, 'wp-2'), MERGED_AT)).rejects.toMatchObject({ kind: 'conflict' });

    expect(await snapshot(repo)).toStrictEqual(before);
  });

  it.each([
    ['a package missing from the stored plan', 'not_found', () => merged(makePlan({ workPackages: [{ ...pkg, id: 'wp-x' }] }), 'wp-x')],
    ['a plan marking nothing newly merged', 'invalid', () => makePlan()],
    ['the plan of another assessment', 'invalid', () => merged(makePlan({ assessmentId: 'other' }))],
  ])('refuses %s with %s and writes nothing', async (_label, kind, plan) => {
    const { repo } = await withPlan();
    const before = await snapshot(repo);
    await expect(repo.mergeWorkPackage('cbn-2026', [fromOpd('LIV.1.1', 4)], plan(), MERGED_AT)).rejects.toMatchObject({ kind });
    expect(await snapshot(repo)).toStrictEqual(before);
  });

  it('refuses when the assessment has no plan (not_found) or does not exist', async () => {
    const { repo } = await open();
    await repo.create(assessment);
    await expect(repo.mergeWorkPackage('cbn-2026', [], merged(makePlan()), MERGED_AT)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(repo.mergeWorkPackage('ghost', [], merged(makePlan({ assessmentId: 'ghost' })), MERGED_AT)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await repo.getPlan('cbn-2026')).toBeUndefined();
  });

  it('refuses a malformed answer with invalid and writes nothing', async () => {
    const { repo } = await withPlan();
    const before = await snapshot(repo);
    const broken = { ...fromOpd('LIV.1.2', 2), provenance: { opd: 'Dinas Kesehatan' } } as unknown as Answer;
    await expect(repo.mergeWorkPackage('cbn-2026', [fromOpd('LIV.1.1', 3), broken], merged(makePlan()), MERGED_AT)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await snapshot(repo)).toStrictEqual(before);
  });

  it('is all-or-nothing: a write failing last (the plan) leaves answers, counts and updatedAt unchanged', async () => {
    const { repo } = await withPlan();
    const before = await snapshot(repo);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === STORES.plans) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    await expect(repo.mergeWorkPackage('cbn-2026', [fromOpd('LIV.1.1', 5)], merged(makePlan()), MERGED_AT)).rejects.toMatchObject({ kind: 'quota' });

    vi.restoreAllMocks();
    expect(await snapshot(repo)).toStrictEqual(before);
  });
});
