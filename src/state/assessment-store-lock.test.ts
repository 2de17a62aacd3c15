import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import { FakeLockManager } from '../lib/fake-lock-manager';
import { requestTabLock, type TabLockState } from '../lib/tab-lock';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { StorageError } from '../storage/errors';
import { editLockName, useAssessmentStore, whenSavesSettled } from './assessment-store';
import { setStorageManager, useDeviceStore } from './device-store';
import { setRepository } from './repository';

const assessment: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const answer = (indicatorId: string, level: 0 | 1 | 2 | 3 | 4 | 5): Answer => ({ indicatorId, level, evidence: [] });
const NOW = '2026-02-01T10:00:00.000Z';
let dbCount = 0;
let locks: FakeLockManager;

async function freshRepo(): Promise<AssessmentRepository> {
  const repo = await openAssessmentRepository({ dbName: `store-lock-test-${++dbCount}` });
  await repo.create(assessment);
  setRepository(Promise.resolve(repo));
  return repo;
}

/** Another tab of the same browser: holds or waits for the same Web Lock. */
function otherTab() {
  const states: TabLockState[] = [];
  const lock = requestTabLock(editLockName('a1'), (s) => states.push(s), locks);
  return { lock, last: () => states[states.length - 1] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const store = () => useAssessmentStore.getState();

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

beforeEach(() => {
  locks = new FakeLockManager();
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  store().reset();
});

afterEach(() => {
  store().reset();
  Reflect.deleteProperty(navigator, 'locks');
});

describe('assessment store: one editing tab per assessment', () => {
  it('edits when the lock is free, and releases it when the questionnaire closes', async () => {
    await freshRepo();
    await store().load('a1');

    const close = store().openForEditing('a1');
    expect(store().access).toBe('checking');
    await until(() => store().access === 'editing');
    expect(locks.heldNames()).toEqual([editLockName('a1')]);

    close();
    await settle();
    expect(store().access).toBe('none');
    expect(locks.heldNames()).toEqual([]);
  });

  it('opens in two store updates: loading, then the read with editing granted (one render each)', async () => {
    // Given a stored assessment with one answer, nothing open yet
    const repo = await freshRepo();
    await repo.saveAnswer('a1', answer('GOV.1.1', 2), NOW);
    const updates: { loadStatus: string; access: string; answers: number; revision: number }[] = [];
    const unsubscribe = useAssessmentStore.subscribe((s) =>
      updates.push({ loadStatus: s.loadStatus, access: s.access, answers: Object.keys(s.answers).length, revision: s.revision }));
    // When the questionnaire opens it for editing
    const close = store().openForEditing('a1');
    await until(() => store().access === 'editing');
    unsubscribe();
    // Then the screen saw "loading", then the answers and the granted access together
    expect(updates).toEqual([
      { loadStatus: 'loading', access: 'checking', answers: 0, revision: 0 },
      { loadStatus: 'ready', access: 'editing', answers: 1, revision: 1 },
    ]);
    close();
  });

  it('is read-only while another tab edits, and writes nothing', async () => {
    // Given another tab holds the assessment
    const repo = await freshRepo();
    const other = otherTab();
    await settle();
    await store().load('a1');
    // When this tab opens it
    store().openForEditing('a1');
    await until(() => store().access === 'other_tab');
    // Then a change is refused and nothing is stored
    expect(await store().saveAnswer(answer('GOV.1.1', 3), NOW)).toBe(false);
    expect(await store().setStatus('final', NOW)).toBe(false);
    expect((await repo.get('a1'))?.answers).toEqual({});
    expect(store().saves).toEqual({});
    expect(other.last()).toBe('held');
  });

  it('takes over with steal: re-reads what the other tab stored before allowing edits; the other tab waits', async () => {
    const repo = await freshRepo();
    const other = otherTab();
    await settle();
    await store().load('a1');
    store().openForEditing('a1');
    await until(() => store().access === 'other_tab');
    // The other tab keeps answering after this one loaded
    await repo.saveAnswer('a1', answer('GOV.1.2', 4), NOW);
    const revision = store().revision;

    store().takeOver();

    await until(() => store().access === 'editing');
    expect(store().answers['GOV.1.2']?.level).toBe(4);
    expect(store().revision).toBeGreaterThan(revision);
    expect(other.last()).toBe('busy');
    expect(await store().saveAnswer(answer('GOV.1.3', 2), NOW)).toBe(true);
  });

  it('gets the lock when the other tab closes, and re-reads its answers first', async () => {
    const repo = await freshRepo();
    const other = otherTab();
    await settle();
    await store().load('a1');
    store().openForEditing('a1');
    await until(() => store().access === 'other_tab');
    await repo.saveAnswer('a1', answer('GOV.1.1', 5), NOW);

    other.lock.release();

    await until(() => store().access === 'editing');
    expect(store().answers['GOV.1.1']?.level).toBe(5);
  });

  it('becomes read-only when another tab takes over, and editable again (re-read) when it leaves', async () => {
    const repo = await freshRepo();
    await store().load('a1');
    store().openForEditing('a1');
    await until(() => store().access === 'editing');
    expect(await store().saveAnswer(answer('GOV.1.1', 1), NOW)).toBe(true);

    const other = otherTab();
    await settle();
    other.lock.steal();
    await until(() => store().access === 'other_tab');
    await repo.saveAnswer('a1', answer('GOV.1.1', 2), NOW);
    expect(await store().saveAnswer(answer('GOV.1.1', 3), NOW)).toBe(false);

    other.lock.release();
    await until(() => store().access === 'editing');
    expect(store().answers['GOV.1.1']?.level).toBe(2);
    expect((await repo.get('a1'))?.answers['GOV.1.1']?.level).toBe(2);
  });

  it('edits without coordination where the browser has no Web Locks', async () => {
    Reflect.deleteProperty(navigator, 'locks');
    await freshRepo();
    await store().load('a1');
    store().openForEditing('a1');
    await until(() => store().access === 'editing');
  });
});

describe('assessment store: persistence request and settling', () => {
  afterEach(() => setStorageManager(undefined));

  it('asks for persistent storage after the first stored answer, not before, and not after a failure', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    setStorageManager({ persist, persisted: () => Promise.resolve(false) });
    useDeviceStore.setState({ hasRequested: false, persistence: 'unknown' });
    const repo = await freshRepo();
    await store().load('a1');
    expect(persist).not.toHaveBeenCalled();

    setRepository(Promise.resolve({ ...repo, saveAnswer: () => Promise.reject(new StorageError('quota', 'full')) }));
    await store().saveAnswer(answer('GOV.1.1', 3), NOW);
    expect(persist).not.toHaveBeenCalled();

    setRepository(Promise.resolve(repo));
    await store().saveAnswer(answer('GOV.1.1', 3), NOW);
    await store().saveAnswer(answer('GOV.1.2', 3), NOW);
    await settle();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('whenSavesSettled waits for writes in flight', async () => {
    await freshRepo();
    await store().load('a1');
    const write = store().saveAnswer(answer('GOV.1.1', 3), NOW);
    let settled = false;
    const waiting = whenSavesSettled().then(() => {
      settled = true;
    });
    expect(settled).toBe(false);
    await write;
    await waiting;
    expect(store().saves['GOV.1.1']?.status).toBe('saved');
  });
});
