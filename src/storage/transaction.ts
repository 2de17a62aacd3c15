import { unwrap, type IDBPObjectStore, type IDBPTransaction, type StoreKey, type StoreNames, type StoreValue } from 'idb';
import type { SiapCerdasDB, SiapCerdasDatabase } from './db';
import { toStorageError } from './errors';

type Stores = ArrayLike<StoreNames<SiapCerdasDB>>;
export type Tx<Names extends Stores, Mode extends IDBTransactionMode> = IDBPTransaction<SiapCerdasDB, Names, Mode>;

/**
 * A transaction over any stores, for helpers shared by transactions with different store lists
 * (each caller's transaction must include the stores the helper uses).
 */
export type AnyTx<Mode extends IDBTransactionMode> = IDBPTransaction<SiapCerdasDB, StoreNames<SiapCerdasDB>[], Mode>;

/**
 * Durability of a transaction, explicit so the choice is visible. Every readwrite transaction
 * here stores something the user did (an answer, a plan edit, an import, a new or deleted
 * assessment), so it asks for 'strict': the `complete` event (and so "✓ Tersimpan") waits until
 * the browser has flushed the data to disk, which survives an OS crash or power cut too. Reads
 * keep 'default' (nothing to flush). The cost per click is measured by the benchmark
 * (docs/performance.md); see README "Durability".
 */
function durabilityOf(mode: IDBTransactionMode): IDBTransactionDurability {
  return mode === 'readwrite' ? 'strict' : 'default';
}

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
  const tx = openTx(db, storeNames, mode);
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

/** A transaction with the durability of its mode (`durabilityOf`); a failure is a `StorageError`. */
export function openTx<Names extends Stores, Mode extends IDBTransactionMode>(db: SiapCerdasDatabase, storeNames: Names, mode: Mode): Tx<Names, Mode> {
  try {
    return db.transaction(storeNames, mode, { durability: durabilityOf(mode) });
  } catch (e) {
    throw toStorageError(e);
  }
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (a failed request aborts its transaction by itself).
  }
}

/** Writes issued without a promise each (see `writer`). */
export interface StoreWriter<Name extends StoreNames<SiapCerdasDB>> {
  put(value: StoreValue<SiapCerdasDB, Name>): void;
  add(value: StoreValue<SiapCerdasDB, Name>): void;
  delete(query: StoreKey<SiapCerdasDB, Name> | IDBKeyRange): void;
}

/**
 * Writes to `store` whose results nobody awaits: a failing request aborts the transaction, and
 * `runTx` rejects with its error (`ConstraintError` → conflict, `QuotaExceededError` → quota).
 * No promise per request, so an import of 10,000 requests creates none, and a request that
 * throws at once leaves no earlier request's promise rejecting unhandled.
 */
export function writer<Name extends StoreNames<SiapCerdasDB>>(
  store: IDBPObjectStore<SiapCerdasDB, StoreNames<SiapCerdasDB>[], Name, 'readwrite'>,
): StoreWriter<Name> {
  const raw = unwrap(store);
  return {
    put: (value) => void raw.put(value),
    add: (value) => void raw.add(value),
    delete: (query) => void raw.delete(query),
  };
}
