import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageManagerLike } from '../lib/storage-manager';
import { setStorageManager, useDeviceStore } from './device-store';

const initial = useDeviceStore.getState();

function fakeStorage(grants: boolean) {
  let persisted = false;
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => {
      persisted = grants;
      return Promise.resolve(grants);
    }),
    estimate: vi.fn(() => Promise.resolve({ usage: 2_000, quota: 1_000_000 })),
  } satisfies StorageManagerLike;
}

beforeEach(() => useDeviceStore.setState(initial, true));
afterEach(() => setStorageManager(undefined));

describe('device store', () => {
  it('refresh reads persistence and usage without requesting anything', async () => {
    const storage = fakeStorage(true);
    setStorageManager(storage);

    await useDeviceStore.getState().refresh();

    expect(useDeviceStore.getState()).toMatchObject({ persistence: 'denied', hasRequested: false, usage: { usage: 2_000, quota: 1_000_000 } });
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it.each([
    [true, 'granted'],
    [false, 'denied'],
  ] as const)('requestPersistence records the browser answer (%s → %s)', async (grants, expected) => {
    setStorageManager(fakeStorage(grants));
    expect(await useDeviceStore.getState().requestPersistence()).toBe(expected);
    expect(useDeviceStore.getState()).toMatchObject({ persistence: expected, hasRequested: true });
  });

  it('requestPersistenceOnce asks only once per session', async () => {
    const storage = fakeStorage(false);
    setStorageManager(storage);

    await useDeviceStore.getState().requestPersistenceOnce();
    await useDeviceStore.getState().requestPersistenceOnce();

    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('requestPersistenceOnce does not ask when the data is already persistent', async () => {
    const storage = { ...fakeStorage(true), persisted: vi.fn(() => Promise.resolve(true)) };
    setStorageManager(storage);
    await useDeviceStore.getState().refresh();

    await useDeviceStore.getState().requestPersistenceOnce();

    expect(storage.persist).not.toHaveBeenCalled();
    expect(useDeviceStore.getState().persistence).toBe('granted');
  });

  it('is unsupported without navigator.storage', async () => {
    setStorageManager(undefined);
    await useDeviceStore.getState().refresh();
    await useDeviceStore.getState().requestPersistenceOnce();
    expect(useDeviceStore.getState()).toMatchObject({ persistence: 'unsupported', usage: null, hasRequested: false });
  });
});
