/**
 * Bulk operations for the exchange format: read many assessments with their answers, and write
 * an import atomically. Uses the same database, record conversion and transaction helper as
 * `assessment-repo.ts`; every rejection is a `StorageError`.
 */
import type { Assessment } from '../domain/assessment/types';
import type { ImportWrites } from '../domain/exchange/plan-import';
import type { AssessmentPlan } from '../domain/planning/types';
import { countAnswers } from './answer-counts';
import { answerRecordRange, effectiveAnswers, groupRawAnswers, readRawAnswers, uniqueByIndicator, writeBackAnswers } from './answer-stores';
import type { AssessmentBundle, OpenRepositoryOptions } from './assessment-repo';
import { ALL_STORES, ANSWER_STORES, answerStores, deleteAssessmentRecords } from './assessment-ops';
import { openDb, STORES, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import {
  changedRecords,
  readAssessment,
  readPlan,
  toAnswerMap,
  toAssessment,
  toPlan,
  toStoredAnswerSet,
  toStoredAssessment,
  toStoredPlan,
  toStoredScore,
  toStoredSummary,
} from './records';
import { openGuardedDb } from './guarded-db';
import { runTx, writer, type AnyTx } from './transaction';
import { addMissingVisitEntries, loadVisitWorkspace } from './visit-repo';
import type { VisitWorkspace } from '../domain/visit/workspace';
import { workspaceEntries } from '../domain/visit/workspace';

/** An assessment with its answers and, when one was saved, its plan (what an export holds). */
export interface ExchangeBundle extends AssessmentBundle {
  readonly plan?: AssessmentPlan;
}

/**
 * Reads the assessments with these ids (all when `ids` is undefined), their answers and plans in
 * one transaction, in `updatedAt` order (oldest first); unknown ids are skipped. Records are
 * migrated on read and written back, as `AssessmentRepository.get` does (plans: migrated in
 * memory, as `getPlan` does).
 */
export async function readBundles(db: SiapCerdasDatabase, ids?: readonly string[]): Promise<ExchangeBundle[]> {
  return runTx(db, [...ANSWER_STORES, STORES.plans], 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const stores = answerStores(tx);
    const [rawAssessments, rawSets, rawRecords, rawPlans] = await Promise.all([
      assessmentStore.index('by-updatedAt').getAll(),
      stores.answerSets.getAll(),
      stores.answers.getAll(),
      tx.objectStore(STORES.plans).getAll(),
    ]);
    const wanted = ids ? new Set(ids) : undefined;
    const assessments = rawAssessments.filter((r) => !wanted || wanted.has(r.id)).map(readAssessment);
    const keep = new Set(assessments.map((a) => a.record.id));
    const groups = groupRawAnswers(rawSets, rawRecords, keep);
    const answers = new Map([...groups].map(([id, raw]) => [id, readRawAnswers(raw)] as const));
    const plans = new Map(rawPlans.filter((raw) => keep.has(raw.assessmentId)).map((raw) => [raw.assessmentId, readPlan(raw).record] as const));
    for (const r of changedRecords(assessments)) writer(assessmentStore).put(r);
    for (const [id, read] of answers) writeBackAnswers(stores, id, read);
    return assessments.map(({ record }) => {
      const read = answers.get(record.id);
      const plan = plans.get(record.id);
      return { assessment: toAssessment(record), answers: toAnswerMap(read ? effectiveAnswers(read) : []), ...(plan ? { plan: toPlan(plan) } : {}) };
    });
  });
}

/** Metadata of every assessment (migrated on read and written back), oldest `updatedAt` first. */
export async function readAssessments(db: SiapCerdasDatabase): Promise<Assessment[]> {
  return runTx(db, [STORES.assessments], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.assessments);
    const read = (await store.index('by-updatedAt').getAll()).map(readAssessment);
    for (const r of changedRecords(read)) writer(store).put(r);
    return read.map(({ record }) => toAssessment(record));
  });
}

/** The records of one created assessment, built (and validated) before the transaction opens. */
function recordsOf({ assessment, answers, plan, score }: ImportWrites['create'][number]) {
  if (plan && plan.assessmentId !== assessment.id) {
    throw new StorageError('invalid', `The plan in the file for "${assessment.id}" belongs to "${plan.assessmentId}"; nothing was imported.`);
  }
  const unique = uniqueByIndicator(answers);
  return {
    assessment: toStoredAssessment(assessment),
    set: unique.length > 0 ? toStoredAnswerSet(assessment.id, unique) : undefined,
    summary: toStoredSummary(assessment.id, countAnswers(unique), score ? toStoredScore(assessment, score) : null),
    plan: plan ? toStoredPlan(plan) : undefined,
  };
}

/**
 * Applies an import in ONE readwrite transaction: deletes `deleteIds` (with their answers,
 * counts and plans), then adds every new assessment with its answers as one answer set record,
 * its counts with the score summary the write carries (cached for the benchmark view,
 * README "Score summaries") and the file's plan, if any. An assessment deleted and created again under the same
 * id (the file's copy replaces the local one) keeps its local plan unless the file brings one;
 * a deleted one loses it (README "Plans"). An id that still exists (and
 * is not being deleted) rejects with `conflict`; a malformed record with `invalid` (both before
 * anything is written); a full disk with `quota`. On any failure the transaction is aborted and
 * the database is left exactly as before.
 *
 * Writes are issued without a promise each (`writer`): 3 requests per assessment (its record, its
 * answer set, its counts; a 4th for a plan) instead of one per answer, so 2,570 assessments × 72
 * answers take well under a second (README "Speed"). Answer records left under an id that has no
 * assessment (none, normally) are found with one read of the answer record keys at the start and
 * deleted before an assessment is created under that id, rather than with a range delete per
 * assessment. They go out
 * in batches of `IMPORT_BATCH` assessments, each batch in its own task (a read after each batch keeps
 * the one transaction alive; the next batch is issued once the read after the one before it has
 * returned, so one batch is written while the next is prepared), so a 5,000-assessment
 * import never blocks its thread for long (the app runs it in the file reader worker, off the
 * page's main thread); `onProgress` hears the assessments written so far after each batch and
 * the last (written within the transaction: nothing is stored until it commits).
 */
const IMPORT_BATCH = 100;

/** Waits for `read`; if it fails because a write aborted the transaction, rejects with that write's error (quota …). */
async function nextBatch(read: Promise<unknown>, done: Promise<void>): Promise<void> {
  try {
    await read;
  } catch (e) {
    await done;
    throw e;
  }
}

type ImportProgress = (done: number, total: number) => void;

export async function importAssessments(db: SiapCerdasDatabase, writes: ImportWrites, onProgress: ImportProgress = () => undefined): Promise<void> {
  const creates = writes.create.map(recordsOf);
  const deleting = new Set(writes.deleteIds);
  const creating = new Set(creates.map((c) => c.assessment.id));
  await runTx(db, [...ALL_STORES, STORES.visitWorkspace], 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const { answers, answerSets } = answerStores(tx);
    const [existing, answerKeys] = await Promise.all([assessmentStore.getAllKeys(), answers.getAllKeys()]);
    const taken = existing.find((id) => creating.has(id) && !deleting.has(id));
    if (taken !== undefined) throw new StorageError('conflict', `Assessment "${taken}" already exists; nothing was imported.`);
    // Answer records left without their assessment (none, normally): removed before a created one takes the id.
    const withRecords = new Set(answerKeys.map(([assessmentId]) => assessmentId));
    const [assessmentWriter, answerWriter, setWriter, summaryWriter] = [writer(assessmentStore), writer(answers), writer(answerSets), writer(tx.objectStore(STORES.summaries))];
    for (const id of deleting) deleteAssessmentRecords(tx, id, creating.has(id));
    const planWriter = writer(tx.objectStore(STORES.plans));
    // One batch in flight: the next one is cloned and issued here while the database writes it.
    let inFlight: Promise<void> | null = null;
    for (const [i, { assessment, set, summary, plan }] of creates.entries()) {
      assessmentWriter.add(assessment);
      if (withRecords.has(assessment.id)) answerWriter.delete(answerRecordRange(assessment.id));
      if (set) setWriter.put(set);
      else setWriter.delete(assessment.id);
      summaryWriter.put(summary);
      if (plan) planWriter.put(plan);
      if ((i + 1) % IMPORT_BATCH === 0 || i + 1 === creates.length) {
        const written = i + 1;
        const previous: Promise<void> | null = inFlight;
        const current: Promise<void> = nextBatch(assessmentStore.count(), tx.done).then(() => onProgress(written, creates.length));
        // Marked handled now: if an earlier batch fails, that failure is the one reported.
        current.catch(() => undefined);
        inFlight = current;
        if (previous) await previous;
      }
    }
    if (inFlight) await inFlight;
    // A backup's studi-banding workspace: entries the device does not hold yet, in the same transaction.
    if (writes.visitWorkspace) await addMissingVisitEntries(tx as unknown as AnyTx<'readwrite'>, workspaceEntries(writes.visitWorkspace));
  });
}

/** The bulk port the exchange screens use. */
export interface ExchangeRepository {
  /** Every assessment with its answers and plan. */
  readAll(): Promise<ExchangeBundle[]>;
  /** The assessments with these ids (unknown ids skipped), with answers and plans. */
  getMany(ids: readonly string[]): Promise<ExchangeBundle[]>;
  /** Metadata of every assessment (for conflict detection). */
  listAssessments(): Promise<Assessment[]>;
  /** The studi-banding workspace (for a full backup). */
  readVisitWorkspace(): Promise<VisitWorkspace>;
  /** Writes an import atomically (see `importAssessments`). */
  importAssessments(writes: ImportWrites, onProgress?: ImportProgress): Promise<void>;
  close(): void;
}

/** Opens a connection for bulk exchange operations (a second connection beside the main repository). */
export async function openExchangeRepository(options: OpenRepositoryOptions = {}): Promise<ExchangeRepository> {
  const { connection, close } = await openGuardedDb(options);
  return {
    readAll: async () => readBundles(connection()),
    getMany: async (ids) => readBundles(connection(), ids),
    listAssessments: async () => readAssessments(connection()),
    readVisitWorkspace: async () => loadVisitWorkspace(connection()),
    importAssessments: async (writes, onProgress) => importAssessments(connection(), writes, onProgress),
    close,
  };
}

/** The part of the port an import needs: what the file reader worker opens (no export code in its bundle). */
export type ImportRepository = Pick<ExchangeRepository, 'listAssessments' | 'importAssessments'>;

/** Opens a connection for planning and writing an import (in the file reader worker). */
export async function openImportRepository(): Promise<ImportRepository> {
  const db = await openDb();
  return {
    listAssessments: async () => readAssessments(db),
    importAssessments: async (writes, onProgress) => importAssessments(db, writes, onProgress),
  };
}
