/**
 * A small marker in localStorage saying that this device held assessments in IndexedDB. A browser
 * may discard a database it considers corrupt (Chromium does after a crash, reporting
 * `dataLoss: 'total'`), or the user may clear site data for IndexedDB only; if the database then
 * opens empty while the marker is set, the app says what happened instead of showing an empty
 * home page. Written by the assessment list whenever it loads; every call tolerates a missing or
 * refusing localStorage.
 */

/** Persisted key: never rename. */
const HELD_DATA_KEY = 'siap-cerdas:held-data';

export interface HeldDataMarker {
  /** How many assessments the device held when it last looked. */
  readonly count: number;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readHeldData(): HeldDataMarker | null {
  try {
    const raw = storage()?.getItem(HELD_DATA_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    const count = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['count'] : undefined;
    return typeof count === 'number' && Number.isInteger(count) && count > 0 ? { count } : null;
  } catch {
    return null;
  }
}

/** Records that the device holds `count` assessments (0 removes the marker). */
export function writeHeldData(count: number): void {
  try {
    if (count > 0) {
      if (readHeldData()?.count !== count) storage()?.setItem(HELD_DATA_KEY, JSON.stringify({ count }));
    } else storage()?.removeItem(HELD_DATA_KEY);
  } catch {
    // Private mode or a full localStorage: the marker is a convenience, never a reason to fail.
  }
}
