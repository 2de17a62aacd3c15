/**
 * DB upgrade steps (stores and indexes), cumulative by `oldVersion` as in the idb README:
 * a user on any old version runs every later step in order, inside the versionchange transaction.
 *
 * Steps are history: never edit a released step. They use literal store names (not `STORES`)
 * and literal record shapes because a step must keep creating exactly what that version
 * created, even after a rename. To change stores/indexes: bump `DB_VERSION` in `db.ts`, append
 * `if (oldVersion < N) { … }`, and add a seeded test in `db.test.ts` (see README.md).
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SiapCerdasDB } from './db';

type UpgradeTransaction = IDBPTransaction<SiapCerdasDB, StoreNames<SiapCerdasDB>[], 'versionchange'>;

/**
 * Brings the database from `oldVersion` (0 = new database) to `DB_VERSION`.
 * `transaction` is the upgrade transaction: data moves use it (and nothing else), so a failure
 * aborts the whole upgrade and the database stays at `oldVersion`.
 */
export function upgradeDb(db: IDBPDatabase<SiapCerdasDB>, oldVersion: number, transaction: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
    assessments.createIndex('by-updatedAt', 'updatedAt');
    assessments.createIndex('by-region-period', ['regionCode', 'period']);

    const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'indicatorId'] });
    answers.createIndex('by-assessment', 'assessmentId');
  }
  if (oldVersion < 2) {
    // Answer sets (answers an assessment was created/imported with), answer counts, plans.
    db.createObjectStore('answerSets', { keyPath: 'assessmentId' });
    db.createObjectStore('summaries', { keyPath: 'assessmentId' });
    db.createObjectStore('plans', { keyPath: 'assessmentId' });
    if (oldVersion >= 1) runInUpgrade(transaction, () => writeV2Summaries(transaction));
  }
  if (oldVersion < 3) {
    // The studi-banding workspace (it was in localStorage; the app copies it over on first start).
    db.createObjectStore('visitWorkspace', { keyPath: ['kind', 'id'] });
  }
}

/**
 * Runs an async data move that awaits only requests of the upgrade transaction (so it stays
 * open); if the move throws, the upgrade is aborted rather than committed half-done.
 */
function runInUpgrade(transaction: UpgradeTransaction, move: () => Promise<void>): void {
  // An aborted upgrade rejects the open request, which `openDb` reports; not this promise too.
  transaction.done.catch(() => undefined);
  move().catch(() => {
    try {
      transaction.abort();
    } catch {
      // Already aborted by the failed request.
    }
  });
}

/** Assessments per answer request (≈ 10,800 answer records), as `list()` of DB v1 read them. */
const V2_ASSESSMENTS_PER_REQUEST = 150;

/**
 * DB v2: one `summaries` record `{ assessmentId, answeredCount, naCount, schemaVersion: 1 }` per
 * assessment, counted from the v1 `answers` records (level 0–5 answered, 'NA' not applicable,
 * anything else neither). Orphan answers (no assessment) are not counted.
 */
async function writeV2Summaries(transaction: UpgradeTransaction): Promise<void> {
  const ids = await transaction.objectStore('assessments').getAllKeys();
  const counts = new Map(ids.map((id) => [id, { answeredCount: 0, naCount: 0 }]));
  const answers = transaction.objectStore('answers');
  const requests: Promise<void>[] = [];
  // getAllKeys returns ids in key order, so each chunk is one contiguous key range.
  for (let i = 0; i < ids.length; i += V2_ASSESSMENTS_PER_REQUEST) {
    const first = ids[i] ?? '';
    const last = ids[Math.min(i + V2_ASSESSMENTS_PER_REQUEST, ids.length) - 1] ?? first;
    const range = IDBKeyRange.bound([first], [last, []]);
    requests.push(
      answers.getAll(range).then((records) => {
        for (const { assessmentId, level } of records as readonly { assessmentId: unknown; level: unknown }[]) {
          const count = typeof assessmentId === 'string' ? counts.get(assessmentId) : undefined;
          if (count === undefined) continue;
          if (level === 'NA') count.naCount += 1;
          else if (Number.isInteger(level) && (level as number) >= 0 && (level as number) <= 5) count.answeredCount += 1;
        }
      }),
    );
  }
  await Promise.all(requests);
  // Plain requests (no promise each): a failing put aborts the upgrade transaction by itself.
  const summaries = unwrap(transaction.objectStore('summaries'));
  for (const [assessmentId, count] of counts) summaries.put({ assessmentId, ...count, schemaVersion: 1 });
}
