import { create } from 'zustand';
import type { PersistenceState, StorageManagerLike, StorageUsage } from '../lib/storage-manager';
import { browserStorage, readPersistence, readUsage, requestPersistence } from '../lib/storage-manager';

export type { PersistenceState, StorageUsage };

interface DeviceState {
  /** `unknown` until the first `refresh()`. */
  readonly persistence: PersistenceState | 'unknown';
  /** `persist()` was called in this session (so `denied` is the browser's answer, not a default). */
  readonly hasRequested: boolean;
  readonly usage: StorageUsage | null;
  /** The service worker has precached the app: it opens and works without a network. */
  readonly isOfflineReady: boolean;
  /** Reads persistence and usage; never asks for anything. */
  refresh(): Promise<void>;
  /** Asks the browser to keep our data (`navigator.storage.persist()`), then refreshes usage. */
  requestPersistence(): Promise<PersistenceState>;
  /** Asks once per session, after the first meaningful action; no-op when already granted. */
  requestPersistenceOnce(): Promise<void>;
  setOfflineReady(): void;
}

let storage: StorageManagerLike | undefined = browserStorage();

/** Tests inject a fake `navigator.storage` (or `undefined` for a browser without it).
 * @internal Test seam: unit tests inject a fake here.
 */
export function setStorageManager(next: StorageManagerLike | undefined): void {
  storage = next;
}

export const useDeviceStore = create<DeviceState>()((set, get) => ({
  persistence: 'unknown',
  hasRequested: false,
  usage: null,
  isOfflineReady: false,
  refresh: async () => {
    const [persistence, usage] = await Promise.all([readPersistence(storage), readUsage(storage)]);
    set({ persistence, usage });
  },
  requestPersistence: async () => {
    set({ hasRequested: true });
    const persistence = await requestPersistence(storage);
    set({ persistence, usage: await readUsage(storage) });
    return persistence;
  },
  requestPersistenceOnce: async () => {
    const { hasRequested, persistence } = get();
    if (hasRequested || persistence === 'granted' || persistence === 'unsupported') return;
    await get().requestPersistence();
  },
  setOfflineReady: () => set({ isOfflineReady: true }),
}));
