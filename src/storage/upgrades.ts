/**
 * DB upgrade steps (stores and indexes), cumulative by `oldVersion` as in the idb README:
 * a user on any old version runs every later step in order, inside the versionchange transaction.
 *
 * Steps are history: never edit a released step. They use literal store names (not `STORES`)
 * because a step must keep creating exactly what that version created, even after a rename.
 * To change stores/indexes: bump `DB_VERSION` in `db.ts`, append `if (oldVersion < N) { … }`,
 * and add a seeded test in `db.test.ts` (see README.md).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SiapCerdasDB } from './db';

/**
 * Brings the database from `oldVersion` (0 = new database) to `DB_VERSION`.
 * `_transaction` is the upgrade transaction: use it for data moves in later steps.
 */
export function upgradeDb(
  db: IDBPDatabase<SiapCerdasDB>,
  oldVersion: number,
  _transaction: IDBPTransaction<SiapCerdasDB, StoreNames<SiapCerdasDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
    assessments.createIndex('by-updatedAt', 'updatedAt');
    assessments.createIndex('by-region-period', ['regionCode', 'period']);

    const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'indicatorId'] });
    answers.createIndex('by-assessment', 'assessmentId');
  }
}
