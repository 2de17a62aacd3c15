import { describe, expect, it, vi } from 'vitest';
import { readPersistence, readUsage, requestPersistence, type StorageManagerLike } from './storage-manager';

function fakeStorage(overrides: StorageManagerLike = {}): StorageManagerLike {
  return {
    persisted: vi.fn(() => Promise.resolve(false)),
    persist: vi.fn(() => Promise.resolve(true)),
    estimate: vi.fn(() => Promise.resolve({ usage: 1_234, quota: 10_000_000 })),
    ...overrides,
  };
}

describe('storage manager adapter', () => {
  it('reads persistence without asking for it', async () => {
    const storage = fakeStorage();
    expect(await readPersistence(storage)).toBe('denied');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it.each([
    [true, 'granted'],
    [false, 'denied'],
  ] as const)('persist() answering %s reads as %s', async (answer, expected) => {
    expect(await requestPersistence(fakeStorage({ persist: () => Promise.resolve(answer) }))).toBe(expected);
  });

  it('a throwing persist() reads as denied, never rejects', async () => {
    expect(await requestPersistence(fakeStorage({ persist: () => Promise.reject(new Error('nope')) }))).toBe('denied');
  });

  it('is unsupported without navigator.storage or without the method', async () => {
    expect(await readPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await readUsage(undefined)).toBeNull();
    expect(await readUsage({})).toBeNull();
  });

  it('reports usage and quota in bytes', async () => {
    expect(await readUsage(fakeStorage())).toEqual({ usage: 1_234, quota: 10_000_000 });
  });

  it('reads an incomplete or failing estimate as unknown', async () => {
    expect(await readUsage(fakeStorage({ estimate: () => Promise.resolve({ usage: 5 }) }))).toBeNull();
    expect(await readUsage(fakeStorage({ estimate: () => Promise.reject(new Error('x')) }))).toBeNull();
  });
});
