import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { StorageError } from '../storage/errors';

const open = vi.hoisted(() => vi.fn<() => Promise<AssessmentRepository>>());
vi.mock('../storage/assessment-repo', () => ({ openAssessmentRepository: open }));

const { getRepository, OPEN_DEADLINE_MS, setRepository } = await import('./repository');
const fakeRepo = { close: () => undefined } as unknown as AssessmentRepository;

beforeEach(() => {
  vi.useFakeTimers();
  setRepository(null);
  open.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('getRepository', () => {
  it('opens the database once and shares the repository', async () => {
    open.mockResolvedValue(fakeRepo);
    expect(await getRepository()).toBe(fakeRepo);
    expect(await getRepository()).toBe(fakeRepo);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('reports unavailable when IndexedDB does not open in time, instead of loading forever', async () => {
    // Given a browser whose indexedDB.open() never answers
    let finishOpening: (repo: AssessmentRepository) => void = () => undefined;
    open.mockReturnValue(new Promise((resolve) => (finishOpening = resolve)));
    // When a screen asks for the repository
    const attempt = getRepository();
    const caught = attempt.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(OPEN_DEADLINE_MS);
    // Then it is told storage is unavailable
    expect(await caught).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    // And if the database does open later, the next call gets it without opening again
    finishOpening(fakeRepo);
    expect(await getRepository()).toBe(fakeRepo);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('passes an open failure on and opens again on the next call', async () => {
    open.mockRejectedValueOnce(new StorageError('unavailable', 'no IndexedDB')).mockResolvedValueOnce(fakeRepo);
    await expect(getRepository()).rejects.toMatchObject({ kind: 'unavailable' });
    expect(await getRepository()).toBe(fakeRepo);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
