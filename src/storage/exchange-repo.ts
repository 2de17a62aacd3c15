/**
 * Bulk operations for the exchange format: read many assessments with their answers, and write
 * an import atomically. Uses the same database, record conversion and transaction helper as
 * `assessment-repo.ts`; every rejection is a `StorageError`.
 */
import type { Assessment } from '../domain/assessment/types';
import type { ImportWrites } from '../domain/exchange/plan-import';
import type { AssessmentBundle, OpenRepositoryOptions } from './assessment-repo';
import { openDb, STORES, type SiapCerdasDatabase, type StoredAnswer } from './db';
import { StorageError } from './errors';
import { changedRecords, readAnswer, readAssessment, toAnswerMap, toAssessment, toStoredAnswer, toStoredAssessment } from './records';
import { runTx } from './transaction';

const BOTH = [STORES.assessments, STORES.answers] as const;

/**
 * Reads the assessments with these ids (all when `ids` is undefined) and their answers in one
 * transaction, in `updatedAt` order (oldest first); unknown ids are skipped. Records are
 * migrated on read and written back, as `AssessmentRepository.get` does.
 */
export async function readBundles(db: SiapCerdasDatabase, ids?: readonly string[]): Promise<AssessmentBundle[]> {
  return runTx(db, BOTH, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const answerStore = tx.objectStore(STORES.answers);
    const wanted = ids ? new Set(ids) : undefined;
    const [rawAssessments, rawAnswers] = await Promise.all([
      assessmentStore.index('by-updatedAt').getAll(),
      answerStore.getAll(),
    ]);
    const assessments = rawAssessments.filter((r) => !wanted || wanted.has(r.id)).map(readAssessment);
    const keep = new Set(assessments.map((a) => a.record.id));
    const answers = rawAnswers.filter((r) => keep.has(r.assessmentId)).map(readAnswer);
    await Promise.all([
      ...changedRecords(assessments).map((r) => assessmentStore.put(r)),
      ...changedRecords(answers).map((r) => answerStore.put(r)),
    ]);
    const byAssessment = new Map<string, StoredAnswer[]>();
    for (const { record } of answers) {
      const list = byAssessment.get(record.assessmentId);
      if (list) list.push(record);
      else byAssessment.set(record.assessmentId, [record]);
    }
    return assessments.map(({ record }) => ({
      assessment: toAssessment(record),
      answers: toAnswerMap(byAssessment.get(record.id) ?? []),
    }));
  });
}

/** Metadata of every assessment (migrated on read and written back), oldest `updatedAt` first. */
export async function readAssessments(db: SiapCerdasDatabase): Promise<Assessment[]> {
  return runTx(db, [STORES.assessments], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.assessments);
    const read = (await store.index('by-updatedAt').getAll()).map(readAssessment);
    await Promise.all(changedRecords(read).map((r) => store.put(r)));
    return read.map(({ record }) => toAssessment(record));
  });
}

/**
 * Applies an import in ONE readwrite transaction over both stores: deletes `deleteIds` and their
 * answers, then adds every new assessment with its answers. An id that still exists (and is not
 * being deleted) rejects with `conflict`; a malformed record with `invalid`; a full disk with
 * `quota`. On any failure the transaction is aborted and the database is left exactly as before.
 */
export async function importAssessments(db: SiapCerdasDatabase, writes: ImportWrites): Promise<void> {
  await runTx(db, BOTH, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const answerStore = tx.objectStore(STORES.answers);
    for (const id of writes.deleteIds) {
      const answerKeys = await answerStore.index('by-assessment').getAllKeys(id);
      await Promise.all([assessmentStore.delete(id), ...answerKeys.map((key) => answerStore.delete(key))]);
    }
    for (const { assessment, answers } of writes.create) {
      if ((await assessmentStore.getKey(assessment.id)) !== undefined) {
        throw new StorageError('conflict', `Assessment "${assessment.id}" already exists; nothing was imported.`);
      }
      const record = toStoredAssessment(assessment);
      const answerRecords = answers.map((a) => toStoredAnswer(assessment.id, a));
      await Promise.all([assessmentStore.add(record), ...answerRecords.map((r) => answerStore.put(r))]);
    }
  });
}

/** The bulk port the exchange screens use. */
export interface ExchangeRepository {
  /** Every assessment with its answers. */
  readAll(): Promise<AssessmentBundle[]>;
  /** The assessments with these ids (unknown ids skipped). */
  getMany(ids: readonly string[]): Promise<AssessmentBundle[]>;
  /** Metadata of every assessment (for conflict detection). */
  listAssessments(): Promise<Assessment[]>;
  /** Writes an import atomically (see `importAssessments`). */
  importAssessments(writes: ImportWrites): Promise<void>;
  close(): void;
}

/** Opens a connection for bulk exchange operations (a second connection beside the main repository). */
export async function openExchangeRepository(options: OpenRepositoryOptions = {}): Promise<ExchangeRepository> {
  let closedReason: string | undefined;
  const db = await openDb({
    ...(options.dbName !== undefined && { dbName: options.dbName }),
    onVersionChange: () => {
      closedReason ??= 'The database is being upgraded by another tab; reload the app.';
      options.onVersionChange?.();
    },
    onTerminated: () => {
      closedReason ??= 'The browser closed the database; reload the app.';
    },
  });
  const connection = (): SiapCerdasDatabase => {
    if (closedReason !== undefined) throw new StorageError('unavailable', closedReason);
    return db;
  };
  return {
    readAll: async () => readBundles(connection()),
    getMany: async (ids) => readBundles(connection(), ids),
    listAssessments: async () => readAssessments(connection()),
    importAssessments: async (writes) => importAssessments(connection(), writes),
    close: () => {
      closedReason ??= 'The repository was closed.';
      db.close();
    },
  };
}
