import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { StorageError } from '../storage/errors';
import { useAppStatusStore } from './app-status-store';
import { useAssessmentStore } from './assessment-store';
import { setRepository } from './repository';

const assessment: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const answer = (level: 0 | 1 | 2 | 3 | 4 | 5): Answer => ({ indicatorId: 'GOV.1.1', level, evidence: [] });
let dbCount = 0;

async function freshRepo(): Promise<AssessmentRepository> {
  const repo = await openAssessmentRepository({ dbName: `store-test-${++dbCount}` });
  await repo.create(assessment);
  setRepository(Promise.resolve(repo));
  return repo;
}

beforeEach(() => {
  useAssessmentStore.getState().reset();
  useAppStatusStore.getState().clearStorageError();
});

describe('assessment store: saving answers', () => {
  it('marks an answer saved only after IndexedDB stored it, and the stored value matches', async () => {
    // Given an assessment loaded from a real (fake-indexeddb) repository
    const repo = await freshRepo();
    await useAssessmentStore.getState().load('a1');
    // When the user picks level 3
    const pending = useAssessmentStore.getState().saveAnswer(answer(3), '2026-02-01T10:00:00.000Z');
    // Then it shows "saving" until the write completes, then "saved"
    expect(useAssessmentStore.getState().saves['GOV.1.1']).toEqual({ status: 'saving' });
    await expect(pending).resolves.toBe(true);
    expect(useAssessmentStore.getState().saves['GOV.1.1']).toEqual({ status: 'saved', at: '2026-02-01T10:00:00.000Z' });
    const stored = await repo.get('a1');
    expect(stored?.answers['GOV.1.1']?.level).toBe(3);
    expect(stored?.assessment.updatedAt).toBe('2026-02-01T10:00:00.000Z');
  });

  it('keeps the newest of rapid changes and never marks an older write as the saved one', async () => {
    const repo = await freshRepo();
    await useAssessmentStore.getState().load('a1');
    const writes = [1, 2, 4].map((l, i) =>
      useAssessmentStore.getState().saveAnswer(answer(l as 1 | 2 | 4), `2026-02-01T10:00:0${i}.000Z`));
    await Promise.all(writes);
    expect(useAssessmentStore.getState().answers['GOV.1.1']?.level).toBe(4);
    expect(useAssessmentStore.getState().saves['GOV.1.1']).toEqual({ status: 'saved', at: '2026-02-01T10:00:02.000Z' });
    expect((await repo.get('a1'))?.answers['GOV.1.1']?.level).toBe(4);
  });

  it('shows a failed write as an error with its kind and reports it to the banner', async () => {
    // Given a repository whose writes fail with a quota error
    const repo = await freshRepo();
    await useAssessmentStore.getState().load('a1');
    const failing: AssessmentRepository = {
      ...repo,
      saveAnswer: () => Promise.reject(new StorageError('quota', 'full')),
    };
    setRepository(Promise.resolve(failing));
    // When the user picks a level
    const ok = await useAssessmentStore.getState().saveAnswer(answer(5), '2026-02-01T11:00:00.000Z');
    // Then nothing claims to be saved, the typed value stays visible, and the banner knows why
    expect(ok).toBe(false);
    expect(useAssessmentStore.getState().saves['GOV.1.1']).toEqual({ status: 'error', kind: 'quota' });
    expect(useAssessmentStore.getState().answers['GOV.1.1']?.level).toBe(5);
    expect(useAppStatusStore.getState().storageError).toBe('quota');
    expect((await repo.get('a1'))?.answers['GOV.1.1']).toBeUndefined();
  });

  it('reports a missing assessment as not_found', async () => {
    await freshRepo();
    await useAssessmentStore.getState().load('nope');
    expect(useAssessmentStore.getState().loadStatus).toBe('not_found');
  });
});
