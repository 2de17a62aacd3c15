import { readHeldData } from '../lib/held-data-marker';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { StorageError } from '../storage/errors';
import { useAppStatusStore } from './app-status-store';

/**
 * How long a caller waits for the database to open before it is told storage is unavailable.
 * Some browsers leave `indexedDB.open()` pending forever instead of failing (storage disabled,
 * a wedged profile); without a deadline the screens would say "Memuat…" indefinitely.
 */
export const OPEN_DEADLINE_MS = 10_000;

let repo: Promise<AssessmentRepository> | null = null;
/** `repo` once it has opened (so a write can start without waiting for a microtask). */
let opened: AssessmentRepository | null = null;

function track(next: Promise<AssessmentRepository>): void {
  next.then((r) => {
    if (repo === next) opened = r;
  }, () => undefined);
}

/**
 * The one repository the stores use; opened lazily, re-opened after a failed open. Rejects with
 * `StorageError('unavailable')` if opening takes longer than `OPEN_DEADLINE_MS`; the open itself
 * keeps going, and a later call gets the repository if it does open after all.
 */
export function getRepository(): Promise<AssessmentRepository> {
  if (!repo) {
    const opening = openAssessmentRepository({
      onVersionChange: () => useAppStatusStore.getState().setVersionChange(),
      onDataLoss: () => useAppStatusStore.getState().reportDataLoss(readHeldData()?.count ?? null),
    });
    repo = opening;
    opened = null;
    track(opening);
    opening.catch(() => {
      if (repo === opening) repo = null;
    });
  }
  return withDeadline(repo, OPEN_DEADLINE_MS);
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageError('unavailable', `IndexedDB did not open within ${ms / 1000} s.`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * The repository if it is open already, else null. A save calls this inside the click handler, so
 * its transaction starts before React renders the click (docs/performance.md).
 */
export function openedRepository(): AssessmentRepository | null {
  return opened;
}

/** Tests inject a repository (e.g. on a fresh fake-indexeddb database).
 * @internal Test seam: unit tests inject a fake here.
 */
export function setRepository(next: Promise<AssessmentRepository> | null): void {
  repo = next;
  opened = null;
  if (next) track(next);
}
