/**
 * The studi-banding workspace in IndexedDB (DB v3, store `visitWorkspace`): one record per
 * imported visit package, host export draft and visit record, keyed by `[kind, id]`, each
 * `VisitEntry + schemaVersion`. A keystroke writes one record, in its own strict transaction.
 * The same records travel in a full backup (`exchange-repo.ts` reads and restores them).
 */
import type { VisitEntry, VisitWorkspace } from '../domain/visit/workspace';
import { isEntryValue, workspaceOf } from '../domain/visit/workspace';
import type { OpenRepositoryOptions } from './assessment-repo';
import { STORES, type SiapCerdasDatabase, type StoredVisitEntry } from './db';
import { StorageError } from './errors';
import { openGuardedDb } from './guarded-db';
import { runTx, type AnyTx } from './transaction';

/** Shape version of a `visitWorkspace` record. */
const VISIT_ENTRY_SCHEMA_VERSION = 1;

const KINDS: readonly string[] = ['package', 'draft', 'visit'];

function readEntry(raw: StoredVisitEntry): VisitEntry {
  const { schemaVersion, ...entry } = raw as StoredVisitEntry & Record<string, unknown>;
  if (typeof schemaVersion === 'number' && schemaVersion > VISIT_ENTRY_SCHEMA_VERSION) {
    throw new StorageError('too_new', `Visit record v${schemaVersion} is newer than this app.`);
  }
  if (!KINDS.includes(entry.kind) || typeof entry.id !== 'string' || !isEntryValue(entry.kind, entry.value)) {
    throw new StorageError('invalid', `Visit record ${String(entry.id)} is damaged.`);
  }
  return { kind: entry.kind, id: entry.id, value: entry.value } as VisitEntry;
}

const toRecord = (e: VisitEntry): StoredVisitEntry => ({ ...e, schemaVersion: VISIT_ENTRY_SCHEMA_VERSION });

const STORE_LIST = [STORES.visitWorkspace] as const;

/** The whole workspace, in one readonly transaction. */
export async function loadVisitWorkspace(db: SiapCerdasDatabase): Promise<VisitWorkspace> {
  return runTx(db, STORE_LIST, 'readonly', async (tx) => workspaceOf((await tx.objectStore(STORES.visitWorkspace).getAll()).map(readEntry)));
}

/**
 * Adds the entries whose `[kind, id]` is not stored yet, within `tx`; an entry already on the
 * device is kept as it is (nothing typed here is overwritten). Returns how many were added.
 */
export async function addMissingVisitEntries(tx: AnyTx<'readwrite'>, entries: readonly VisitEntry[]): Promise<number> {
  const store = tx.objectStore(STORES.visitWorkspace);
  const taken = new Set((await store.getAllKeys()).map(([kind, id]) => `${kind}\u0000${id}`));
  const missing = entries.filter((e) => !taken.has(`${e.kind}\u0000${e.id}`));
  await Promise.all(missing.map((e) => store.put(toRecord(e))));
  return missing.length;
}

export interface VisitRepository {
  load(): Promise<VisitWorkspace>;
  /** Stores one entry (replacing the one with the same kind and id); resolves after commit. */
  put(entry: VisitEntry): Promise<void>;
  /** Copies entries not stored yet in ONE transaction (the localStorage migration); resolves after commit with how many were added. */
  addMissing(entries: readonly VisitEntry[]): Promise<number>;
}

/** Opens its own connection (closed, and later calls rejected, when another tab upgrades). */
export async function openVisitRepository(options: OpenRepositoryOptions = {}): Promise<VisitRepository> {
  const { connection } = await openGuardedDb(options);
  return {
    load: async () => loadVisitWorkspace(connection()),
    put: async (entry) => {
      if (!isEntryValue(entry.kind, entry.value)) throw new StorageError('invalid', `Not a visit ${entry.kind}; not saved.`);
      await runTx(connection(), STORE_LIST, 'readwrite', async (tx) => {
        await tx.objectStore(STORES.visitWorkspace).put(toRecord(entry));
      });
    },
    addMissing: async (entries) => runTx(connection(), STORE_LIST, 'readwrite', (tx) => addMissingVisitEntries(tx as unknown as AnyTx<'readwrite'>, entries)),
  };
}
