import type { IDBPTransaction, StoreNames } from 'idb';
import type { SiapCerdasDB, SiapCerdasDatabase } from './db';
import { toStorageError } from './errors';

type Stores = ArrayLike<StoreNames<SiapCerdasDB>>;
export type Tx<Names extends Stores, Mode extends IDBTransactionMode> = IDBPTransaction<SiapCerdasDB, Names, Mode>;

/**
 * Runs `work` in one transaction and resolves with its result only after the transaction has
 * committed (`tx.done`). If `work` throws or the commit fails (e.g. quota), the transaction is
 * aborted, so nothing it wrote persists, and the promise rejects with a `StorageError`.
 * `work` must await only IndexedDB requests, or the transaction auto-commits early (idb README).
 */
export async function runTx<Names extends Stores, Mode extends IDBTransactionMode, T>(
  db: SiapCerdasDatabase,
  storeNames: Names,
  mode: Mode,
  work: (tx: Tx<Names, Mode>) => Promise<T>,
): Promise<T> {
  let tx: Tx<Names, Mode>;
  try {
    tx = db.transaction(storeNames, mode);
  } catch (e) {
    throw toStorageError(e);
  }
  const done = tx.done;
  // Mark handled now: on failure we report the first error (from `work`), not the abort.
  done.catch(() => undefined);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    abortQuietly(tx);
    await done.catch(() => undefined);
    throw toStorageError(e);
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (a failed request aborts its transaction by itself).
  }
}
