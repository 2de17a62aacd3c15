/**
 * A small adapter over `navigator.storage` (the Storage API): whether this origin's data is
 * persistent (not evicted when the disk runs low), a request to make it so, and the space used.
 * Every call resolves (never rejects): a missing API or a browser error reads as "unknown".
 */

/** `granted`: the browser will not evict our data on its own. `denied`: it may (best-effort
 * storage). `unsupported`: this browser has no persistence API. */
export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export interface StorageUsage {
  /** Bytes this origin uses (IndexedDB, caches, service worker). */
  readonly usage: number;
  /** Bytes this origin may use at most (a browser estimate, often a share of the free disk). */
  readonly quota: number;
}

/** The part of `StorageManager` used here (a fake in tests). */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
}

/** The browser's storage manager, or `undefined` (old browsers, insecure contexts). */
export function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

async function ask(call: (() => Promise<boolean>) | undefined): Promise<PersistenceState> {
  if (!call) return 'unsupported';
  try {
    return (await call()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Whether the data is already persistent; does not prompt or change anything. */
export function readPersistence(storage: StorageManagerLike | undefined = browserStorage()): Promise<PersistenceState> {
  return ask(storage?.persisted?.bind(storage));
}

/**
 * Asks the browser to keep the data persistent. Chromium decides silently (granted for an
 * installed app or a site with enough engagement); Firefox may show a prompt.
 */
export function requestPersistence(storage: StorageManagerLike | undefined = browserStorage()): Promise<PersistenceState> {
  return ask(storage?.persist?.bind(storage));
}

/** Space used and available, or `null` when the browser does not say. */
export async function readUsage(storage: StorageManagerLike | undefined = browserStorage()): Promise<StorageUsage | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
