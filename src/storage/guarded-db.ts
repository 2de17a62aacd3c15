/**
 * A connection for a repository beside the main one (exchange, studi banding): when another tab
 * upgrades the database or the browser closes it, the connection is gone and every later call
 * rejects with `unavailable` ("reload the app"), as `assessment-repo.ts` does.
 */
import type { OpenRepositoryOptions } from './assessment-repo';
import { openDb, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';

export interface GuardedDb {
  /** The open database; throws `StorageError('unavailable')` once it has been closed. */
  connection(): SiapCerdasDatabase;
  close(): void;
}

export async function openGuardedDb(options: OpenRepositoryOptions): Promise<GuardedDb> {
  let closedReason: string | undefined;
  const db = await openDb({
    ...(options.dbName !== undefined && { dbName: options.dbName }),
    ...(options.onDataLoss && { onDataLoss: options.onDataLoss }),
    onVersionChange: () => {
      closedReason ??= 'The database is being upgraded by another tab; reload the app.';
      options.onVersionChange?.();
    },
    onTerminated: () => {
      closedReason ??= 'The browser closed the database; reload the app.';
    },
  });
  return {
    connection: () => {
      if (closedReason !== undefined) throw new StorageError('unavailable', closedReason);
      return db;
    },
    close: () => {
      closedReason ??= 'The repository was closed.';
      db.close();
    },
  };
}
