/**
 * The storage worker's logic (the entry, `storage.worker.ts`, only wires it to `self`): opens its
 * own connection at the version the page opened and runs each answer's check and write in one
 * transaction (`answer-write.ts`). Saves are answered in the order they came: every save waits for
 * the same connection promise, then creates its transaction at once, and IndexedDB runs readwrite
 * transactions over the same stores in the order they were created (so the last click wins).
 */
import { saveKnownAnswer } from '../answer-write';
import { StorageError, toStorageError } from '../errors';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Opens `name` at `version`, the page's (which created and upgraded it): never an upgrade here.
 * A database that is missing or older is left alone (the open is aborted); a newer one is a
 * `VersionError`. Another tab's upgrade or the browser closing it calls `onClose`.
 */
function openConnection(name: string, version: number, onClose: (message: string) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        // Close at once, so the other tab's upgrade is not blocked by this connection.
        db.close();
        onClose('The database is being upgraded by another tab; reload the app.');
      };
      db.onclose = () => onClose('The browser closed the database; reload the app.');
      resolve(db);
    };
  });
}

/** Returns the handler of page messages; `post` sends to the page, `now` is the commit clock. */
export function createAnswerService(post: (message: FromWorker) => void, now: () => number): (message: ToWorker) => void {
  let connection: Promise<IDBDatabase | null> = Promise.resolve(null);
  let closedReason: string | undefined;
  const close = (message: string) => {
    if (closedReason !== undefined) return;
    closedReason = message;
    post({ type: 'closed', message });
  };

  const save = async ({ seq, answer, known }: Extract<ToWorker, { type: 'save' }>) => {
    const db = await connection;
    if (db === null) return; // `unusable` was posted: the page writes this answer itself
    try {
      if (closedReason !== undefined) throw new StorageError('unavailable', closedReason);
      await saveKnownAnswer(db, answer, known);
      post({ type: 'saved', seq, committedAt: now() });
    } catch (e) {
      const { kind, message } = toStorageError(e);
      post({ type: 'failed', seq, kind, message });
    }
  };

  return (message) => {
    if (message.type === 'save') return void save(message);
    connection = openConnection(message.dbName, message.version, close).catch((e: unknown) => {
      post({ type: 'unusable', message: toStorageError(e).message });
      return null;
    });
  };
}
