/**
 * One editing tab per resource, with the Web Locks API (`navigator.locks`). A tab that opens a
 * resource already held elsewhere is told `busy` and queues; it gets the lock (`held`) when the
 * holder releases it (navigates away, closes the tab) or when it steals it with `steal()`, after
 * which the former holder is told `busy` and queues in turn. All tabs of one origin and browser
 * profile share the locks, like they share IndexedDB.
 */

/** `held`: this tab may edit. `busy`: another tab holds the lock; this tab waits for it.
 * `unsupported`: no Web Locks in this browser, so tabs cannot coordinate. */
export type TabLockState = 'held' | 'busy' | 'unsupported';

export interface TabLock {
  /** Takes the lock now, even if another tab holds it (that tab becomes `busy`). */
  steal(): void;
  /** Releases the lock or stops waiting for it. Idempotent; no more state changes follow. */
  release(): void;
}

/** The part of `LockManager` used here (a fake in tests). */
export interface LockManagerLike {
  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown>;
}

/** The browser's lock manager, or `undefined` where Web Locks are missing (old browsers, http). */
export function browserLocks(): LockManagerLike | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/**
 * Requests the exclusive lock `name` for this tab and reports every change through `onChange`
 * (`held`, `busy`, or `unsupported` once when `locks` is undefined), always asynchronously.
 * The lock is kept until `release()` or until the page goes away (the browser then frees it).
 */
export function requestTabLock(
  name: string,
  onChange: (state: TabLockState) => void,
  locks: LockManagerLike | undefined = browserLocks(),
): TabLock {
  if (!locks) {
    // Reported asynchronously, like a grant, so callers can keep the returned handle first.
    let isReleased = false;
    queueMicrotask(() => {
      if (!isReleased) onChange('unsupported');
    });
    return {
      steal: () => undefined,
      release: () => {
        isReleased = true;
      },
    };
  }
  const manager = locks;
  let isReleased = false;
  let releaseHeld: (() => void) | undefined;
  let waiting: AbortController | undefined;

  const report = (state: TabLockState) => {
    if (!isReleased) onChange(state);
  };

  /** One lock request; `null` (only with `ifAvailable`) means another tab holds the lock. */
  const start = (options: LockOptions) => {
    let isHeld = false;
    const request = manager.request(name, options, (lock) => {
      if (lock === null) return void wait();
      if (isReleased) return undefined;
      isHeld = true;
      waiting = undefined;
      report('held');
      // Held until release() resolves this (or the page goes away).
      return new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
    });
    request.catch(() => {
      // Rejected while held: another tab stole the lock, so queue again. Rejected while queued:
      // we aborted the wait ourselves (steal or release), nothing to do.
      if (!isHeld || isReleased) return;
      releaseHeld = undefined;
      wait();
    });
  };

  const wait = () => {
    const controller = new AbortController();
    waiting = controller;
    report('busy');
    start({ signal: controller.signal });
  };

  start({ ifAvailable: true });

  return {
    steal: () => {
      if (isReleased || releaseHeld) return;
      waiting?.abort();
      waiting = undefined;
      start({ steal: true });
    },
    release: () => {
      if (isReleased) return;
      isReleased = true;
      waiting?.abort();
      waiting = undefined;
      releaseHeld?.();
      releaseHeld = undefined;
    },
  };
}
