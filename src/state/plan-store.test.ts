import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment/types';
import { buildAction, emptyPlan, setAssignment } from '../domain/planning';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { useAppStatusStore } from './app-status-store';
import { useAssessmentStore } from './assessment-store';
import { usePlanStore } from './plan-store';
import { setRepository } from './repository';

const assessment: Assessment = {
  id: 'p1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
let dbCount = 0;

async function freshRepo(): Promise<AssessmentRepository> {
  const repo = await openAssessmentRepository({ dbName: `plan-store-test-${++dbCount}` });
  await repo.create(assessment);
  setRepository(Promise.resolve(repo));
  return repo;
}

beforeEach(() => {
  useAppStatusStore.getState().clearStorageError();
  useAssessmentStore.setState({ access: 'none' });
});

describe('plan store', () => {
  it('starts with no plan, shows a change at once, and says saved only after IndexedDB has it', async () => {
    const repo = await freshRepo();
    await usePlanStore.getState().load('p1');
    expect(usePlanStore.getState()).toMatchObject({ status: 'ready', plan: null });
    const pending = usePlanStore.getState().update((p) => setAssignment(p ?? emptyPlan('p1', 't0'), 'GOV.1', 'Diskominfo'), '2026-02-01T10:00:00.000Z');
    expect(usePlanStore.getState().plan?.assignments).toEqual({ 'GOV.1': 'Diskominfo' });
    expect(usePlanStore.getState().save).toEqual({ status: 'saving' });
    await expect(pending).resolves.toBe(true);
    expect(usePlanStore.getState().save).toEqual({ status: 'saved', at: '2026-02-01T10:00:00.000Z' });
    expect((await repo.getPlan('p1'))?.assignments).toEqual({ 'GOV.1': 'Diskominfo' });
  });

  it('adds an action to the plan of an assessment, loading that plan first when another one is loaded', async () => {
    const repo = await freshRepo();
    await repo.create({ ...assessment, id: 'p2' });
    await usePlanStore.getState().load('p2');
    const source = { kind: 'studi-banding', hostName: 'Kota Cirebon', hostCode: '32.74', visitDate: '2019-03-25', elementId: 'GOV.1' } as const;
    const action = buildAction({ name: 'Mal pelayanan publik', opd: 'DPMPTSP', lifts: [{ elementId: 'GOV.1' }], startYear: 2027, endYear: 2028, source }, 'act-1', '2026-02-01T10:00:00.000Z');
    await expect(usePlanStore.getState().addAction('p1', action, '2026-02-01T10:00:00.000Z')).resolves.toBe(true);
    expect(usePlanStore.getState()).toMatchObject({ assessmentId: 'p1', save: { status: 'saved' } });
    expect((await repo.getPlan('p1'))?.actions).toEqual([action]);
    expect(await repo.getPlan('p2')).toBeUndefined();
    // The same id again replaces it.
    await usePlanStore.getState().addAction('p1', { ...action, name: 'Mal pelayanan publik terpadu' }, '2026-02-02T10:00:00.000Z');
    expect((await repo.getPlan('p1'))?.actions.map((a) => a.name)).toEqual(['Mal pelayanan publik terpadu']);
  });

  it('stores rapid changes in the order they were made (the last keystroke wins)', async () => {
    const repo = await freshRepo();
    await usePlanStore.getState().load('p1');
    const typed = ['D', 'Di', 'Dis', 'Disk'];
    const writes = typed.map((v, i) => usePlanStore.getState().update((p) => setAssignment(p ?? emptyPlan('p1', 't0'), 'GOV.1', v), `2026-02-01T10:00:0${i}.000Z`));
    await Promise.all(writes);
    expect((await repo.getPlan('p1'))?.assignments['GOV.1']).toBe('Disk');
    expect(usePlanStore.getState().save).toEqual({ status: 'saved', at: '2026-02-01T10:00:03.000Z' });
  });

  it('reports a failed write and keeps what the user typed on screen', async () => {
    const repo = await freshRepo();
    await usePlanStore.getState().load('p1');
    await repo.remove('p1');
    const ok = await usePlanStore.getState().update((p) => setAssignment(p ?? emptyPlan('p1', 't0'), 'GOV.1', 'Bappeda'), '2026-02-01T10:00:00.000Z');
    expect(ok).toBe(false);
    expect(usePlanStore.getState().save).toEqual({ status: 'error', kind: 'not_found' });
    expect(usePlanStore.getState().plan?.assignments['GOV.1']).toBe('Bappeda');
    expect(useAppStatusStore.getState().storageError).toBe('not_found');
  });

  it('never writes while another tab holds the edit lock (read-only tab), and refresh shows what that tab stored', async () => {
    const repo = await freshRepo();
    await usePlanStore.getState().load('p1');
    useAssessmentStore.setState({ access: 'other_tab' });
    const ok = await usePlanStore.getState().update((p) => setAssignment(p ?? emptyPlan('p1', 't0'), 'GOV.1', 'Bappeda'), '2026-02-01T10:00:00.000Z');
    expect(ok).toBe(false);
    expect(usePlanStore.getState().plan).toBeNull();
    await expect(usePlanStore.getState().merge([], emptyPlan('p1', 't0'), 't1')).rejects.toThrow(/read-only/);
    expect(await repo.getPlan('p1')).toBeUndefined();
    // The other tab writes; this tab shows it after refresh.
    await repo.savePlan(setAssignment(emptyPlan('p1', 't0'), 'GOV.1', 'Diskominfo'));
    await usePlanStore.getState().refresh('p1');
    expect(usePlanStore.getState().plan?.assignments).toEqual({ 'GOV.1': 'Diskominfo' });
  });

  it('keeps "Tersimpan" off while a field holds an invalid value', () => {
    usePlanStore.getState().markInvalid('Target akhir GOV.1', true);
    expect(usePlanStore.getState().invalidFields.size).toBe(1);
    usePlanStore.getState().markInvalid('Target akhir GOV.1', false);
    expect(usePlanStore.getState().invalidFields.size).toBe(0);
  });
});
