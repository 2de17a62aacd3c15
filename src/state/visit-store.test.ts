import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitRecord } from '../domain/visit/workspace';
import { StorageError } from '../storage/errors';
import type { VisitRepository } from '../storage/visit-repo';
import { openVisitRepository } from '../storage/visit-repo';
import { useAppStatusStore } from './app-status-store';
import { LEGACY_DAMAGED_KEY, setVisitRepository, useVisitStore } from './visit-store';

const LEGACY_KEY = 'siap-cerdas:studi-banding';
let dbCount = 0;

async function freshRepo(): Promise<VisitRepository> {
  const repo = await openVisitRepository({ dbName: `visit-store-test-${++dbCount}` });
  setVisitRepository(Promise.resolve(repo));
  return repo;
}

const visit: VisitRecord = { date: '2026-03-25', delegation: 'Bappeda Demak', questions: 'Bagaimana izin diproses?', lessons: 'Satu pintu', adoptions: {} };
const draft = { shares: { evidence: true, opd: true, practice: true, notes: false, contact: false }, practices: {}, opds: {}, evidence: [], contact: '' };
const pkg = {
  packageId: 'p-1', exportedAt: '2026-03-20T02:00:00.000Z',
  host: { regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1' },
  shares: draft.shares, levels: { 'GOV.1.1': 5 }, elements: {},
};
const legacy = (state: unknown) => JSON.stringify({ state, version: 1 });

beforeEach(() => {
  localStorage.clear();
  useAppStatusStore.getState().clearStorageError();
  useVisitStore.setState({ status: 'idle', packages: [], drafts: {}, visits: {}, saves: {}, legacyDamaged: 0 });
});

describe('visit store: moving the localStorage workspace to IndexedDB', () => {
  it('copies every entry in one go and removes the key only after the commit', async () => {
    const repo = await freshRepo();
    localStorage.setItem(LEGACY_KEY, legacy({ packages: [pkg], drafts: { 'cbn-2026': draft }, visits: { 'demak|paket:p-1': visit } }));
    await useVisitStore.getState().load();
    expect(useVisitStore.getState()).toMatchObject({ status: 'ready', legacyDamaged: 0, packages: [pkg], drafts: { 'cbn-2026': draft }, visits: { 'demak|paket:p-1': visit } });
    expect(await repo.load()).toEqual({ packages: [pkg], drafts: { 'cbn-2026': draft }, visits: { 'demak|paket:p-1': visit } });
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
    expect(localStorage.getItem(LEGACY_DAMAGED_KEY)).toBeNull();
  });

  it('keeps the key when the copy fails, and copies it on the next start', async () => {
    const repo = await freshRepo();
    const text = legacy({ packages: [], drafts: {}, visits: { v: visit } });
    localStorage.setItem(LEGACY_KEY, text);
    setVisitRepository(Promise.resolve({ ...repo, addMissing: () => Promise.reject(new StorageError('quota', 'full')) }));
    await useVisitStore.getState().load();
    expect(useVisitStore.getState().status).toBe('error');
    expect(useAppStatusStore.getState().storageError).toBe('quota');
    expect(localStorage.getItem(LEGACY_KEY)).toBe(text);

    setVisitRepository(Promise.resolve(repo));
    await useVisitStore.getState().load();
    expect(useVisitStore.getState()).toMatchObject({ status: 'ready', visits: { v: visit } });
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
  });

  it('copies what it can read of a damaged value, keeps the value unchanged and reports it', async () => {
    const repo = await freshRepo();
    const text = legacy({ packages: [{ packageId: 'broken' }], drafts: {}, visits: { good: visit, bad: { lessons: 3 } } });
    localStorage.setItem(LEGACY_KEY, text);
    await useVisitStore.getState().load();
    expect(useVisitStore.getState()).toMatchObject({ status: 'ready', legacyDamaged: 2, visits: { good: visit } });
    expect(await repo.load()).toEqual({ packages: [], drafts: {}, visits: { good: visit } });
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
    expect(localStorage.getItem(LEGACY_DAMAGED_KEY)).toBe(text);
    // Still reported on the next start; nothing is copied twice.
    useVisitStore.setState({ legacyDamaged: 0 });
    await useVisitStore.getState().load();
    expect(useVisitStore.getState().legacyDamaged).toBe(2);
  });

  it('keeps a value that is not JSON at all', async () => {
    await freshRepo();
    localStorage.setItem(LEGACY_KEY, '{"state": {"visits": ');
    await useVisitStore.getState().load();
    expect(useVisitStore.getState()).toMatchObject({ status: 'ready', legacyDamaged: 1, visits: {} });
    expect(localStorage.getItem(LEGACY_DAMAGED_KEY)).toBe('{"state": {"visits": ');
  });
});

describe('visit store: saving as the user types', () => {
  it('shows a change at once and says saved only after IndexedDB has it', async () => {
    const repo = await freshRepo();
    await useVisitStore.getState().load();
    useVisitStore.getState().saveVisit('k', (v) => ({ ...v, lessons: 'Mal pelayanan publik' }));
    expect(useVisitStore.getState().visits['k']?.lessons).toBe('Mal pelayanan publik');
    expect(useVisitStore.getState().saves['visit:k']).toBe('saving');
    await vi.waitFor(() => expect(useVisitStore.getState().saves['visit:k']).toBe('saved'));
    expect((await repo.load()).visits['k']?.lessons).toBe('Mal pelayanan publik');
  });

  it('keeps the typed value after a failed write, and saves it on retry', async () => {
    const repo = await freshRepo();
    await useVisitStore.getState().load();
    setVisitRepository(Promise.resolve({ ...repo, put: () => Promise.reject(new StorageError('quota', 'full')) }));
    useVisitStore.getState().saveVisit('k', (v) => ({ ...v, lessons: 'Jangan hilang' }));
    await vi.waitFor(() => expect(useVisitStore.getState().saves['visit:k']).toBe('quota'));
    expect(useVisitStore.getState().visits['k']?.lessons).toBe('Jangan hilang');
    expect((await repo.load()).visits).toEqual({});

    setVisitRepository(Promise.resolve(repo));
    useVisitStore.getState().retry('visit', 'k');
    await vi.waitFor(() => expect(useVisitStore.getState().saves['visit:k']).toBe('saved'));
    expect((await repo.load()).visits['k']?.lessons).toBe('Jangan hilang');
  });
});
