import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment/types';
import { readHeldData } from '../lib/held-data-marker';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { useAppStatusStore } from './app-status-store';
import { useAssessmentListStore } from './assessment-list-store';
import { setRepository } from './repository';

const HELD_DATA_KEY = 'siap-cerdas:held-data';
const base: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
let dbCount = 0;

async function useFreshDb() {
  const repo = await openAssessmentRepository({ dbName: `data-loss-test-${++dbCount}` });
  setRepository(Promise.resolve(repo));
  return repo;
}

beforeEach(() => {
  localStorage.clear();
  useAppStatusStore.setState({ dataLoss: null });
  useAssessmentListStore.setState({ items: [], status: 'idle' });
});

describe('lost database detection', () => {
  it('marks a device that holds assessments, and reports an empty database on it as lost', async () => {
    const repo = await useFreshDb();
    await repo.create(base);
    await repo.create({ ...base, id: 'a2', period: 2025 });
    await useAssessmentListStore.getState().refresh();
    expect(readHeldData()).toEqual({ count: 2 });
    expect(useAppStatusStore.getState().dataLoss).toBeNull();

    // The browser discarded the database: the next start opens an empty one.
    await useFreshDb();
    useAssessmentListStore.setState({ items: [] });
    await useAssessmentListStore.getState().refresh();
    expect(useAppStatusStore.getState().dataLoss).toEqual({ count: 2 });

    useAppStatusStore.getState().acknowledgeDataLoss();
    expect(useAppStatusStore.getState().dataLoss).toBeNull();
    expect(localStorage.getItem(HELD_DATA_KEY)).toBeNull();
    await useAssessmentListStore.getState().refresh();
    expect(useAppStatusStore.getState().dataLoss).toBeNull();
  });

  it('does not call deleting every assessment a loss', async () => {
    const repo = await useFreshDb();
    await repo.create(base);
    await useAssessmentListStore.getState().refresh();
    await useAssessmentListStore.getState().remove('a1');
    expect(readHeldData()).toBeNull();
    await useAssessmentListStore.getState().refresh();
    expect(useAppStatusStore.getState().dataLoss).toBeNull();
  });

  it('ignores a malformed marker', async () => {
    localStorage.setItem(HELD_DATA_KEY, '{"count":"x"}');
    await useFreshDb();
    await useAssessmentListStore.getState().refresh();
    expect(useAppStatusStore.getState().dataLoss).toBeNull();
  });
});
