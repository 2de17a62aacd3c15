/**
 * The assessment operations behind `AssessmentRepository` (one function per operation, each one
 * transaction). Every answer write keeps the assessment's `summaries` record equal to the counts
 * of its effective answers, in the same transaction.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import { countAnswers, withChangedLevel, type AnswerCounts } from './answer-counts';
import {
  deleteAnswersOf,
  effectiveAnswers,
  readAnswersOf,
  storedLevel,
  uniqueByIndicator,
  writeBackAnswers,
  type AnswerStores,
} from './answer-stores';
import { STORES, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import {
  readAssessment,
  readSummary,
  toAnswerMap,
  toAssessment,
  toStoredAnswer,
  toStoredAnswerSet,
  toStoredAssessment,
  toStoredPlan,
  toStoredSummary,
} from './records';
import { readInSlices } from './sliced-read';
import { runTx, writer, type AnyTx } from './transaction';

export interface AssessmentSummary {
  readonly assessment: Assessment;
  /** Answers whose level is 0–5. */
  readonly answeredCount: number;
  /** Answers marked 'NA' (tidak relevan). */
  readonly naCount: number;
}

export interface AssessmentBundle {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
}

/** The stores of an assessment and its answers. */
export const ANSWER_STORES = [STORES.assessments, STORES.answers, STORES.answerSets] as const;
/** Every store an answer write touches: the answers, their counts and the assessment's `updatedAt`. */
export const WRITE_STORES = [...ANSWER_STORES, STORES.summaries] as const;
/** Everything kept per assessment (deleting one deletes from each). */
export const ALL_STORES = [...WRITE_STORES, STORES.plans] as const;

/** The answer stores of a transaction (which must include them). */
export function answerStores<Mode extends IDBTransactionMode>(tx: AnyTx<Mode>): AnswerStores<Mode> {
  return { answers: tx.objectStore(STORES.answers), answerSets: tx.objectStore(STORES.answerSets) };
}

export function notFound(id: string): StorageError {
  return new StorageError('not_found', `Assessment "${id}" does not exist.`);
}

/**
 * The counts of an assessment: its summary record or, if it has none (records written around the
 * repository, e.g. by a test seeding raw records), counted from its answers.
 */
export async function readCounts<Mode extends IDBTransactionMode>(
  rawSummary: unknown,
  stores: AnswerStores<Mode>,
  assessmentId: string,
): Promise<AnswerCounts> {
  if (rawSummary !== undefined) return readSummary(rawSummary).record;
  return countAnswers(effectiveAnswers(await readAnswersOf(stores, assessmentId)));
}

/**
 * All assessments with answer counts, newest `updatedAt` first (ties: the larger id first). Reads
 * the assessment and summary records only, never the answers, in slices (`sliced-read.ts`), so a
 * device with thousands of assessments lists them without one long task. Readonly, so it never
 * holds back a writer: records needing a migration are migrated in memory and written back by `get`.
 */
export async function listAssessments(db: SiapCerdasDatabase): Promise<AssessmentSummary[]> {
  return runTx(db, WRITE_STORES, 'readonly', async (tx) => {
    const assessments: Assessment[] = [];
    const counts = new Map<string, AnswerCounts>();
    await Promise.all([
      readInSlices(tx.objectStore(STORES.assessments), (raws) => {
        for (const raw of raws) assessments.push(toAssessment(readAssessment(raw).record));
      }),
      readInSlices(tx.objectStore(STORES.summaries), (raws) => {
        for (const raw of raws) {
          const { record } = readSummary(raw);
          counts.set(record.assessmentId, record);
        }
      }),
    ]);
    const stores = answerStores(tx);
    const missing = assessments.filter((a) => !counts.has(a.id));
    await Promise.all(missing.map(async ({ id }) => counts.set(id, await readCounts(undefined, stores, id))));
    return assessments.sort(newestFirst).map((assessment) => {
      const { answeredCount, naCount } = counts.get(assessment.id) ?? countAnswers([]);
      return { assessment, answeredCount, naCount };
    });
  });
}

/** The reverse of the `by-updatedAt` index's order (`updatedAt`, then the primary key). */
function newestFirst(a: Assessment, b: Assessment): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The assessment and its effective answers (migrated records written back), or undefined. */
export async function getAssessment(db: SiapCerdasDatabase, id: string): Promise<AssessmentBundle | undefined> {
  return runTx(db, ANSWER_STORES, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const stores = answerStores(tx);
    const [rawAssessment, answers] = await Promise.all([assessmentStore.get(id), readAnswersOf(stores, id)]);
    if (rawAssessment === undefined) return undefined;
    const assessment = readAssessment(rawAssessment);
    if (assessment.changed) writer(assessmentStore).put(assessment.record);
    writeBackAnswers(stores, id, answers);
    return { assessment: toAssessment(assessment.record), answers: toAnswerMap(effectiveAnswers(answers)) };
  });
}

/**
 * Stores a new assessment with its answers (one answer set record) and their counts, and its plan
 * when given (an OPD's copy of a package with an action part), in one transaction; `conflict` if
 * the id exists, `invalid` for a plan of another assessment. Stray answer records under the id
 * (none are expected) are deleted first.
 */
export async function createAssessment(db: SiapCerdasDatabase, assessment: Assessment, answers: readonly Answer[], plan?: AssessmentPlan): Promise<void> {
  if (plan && plan.assessmentId !== assessment.id) {
    throw new StorageError('invalid', `The plan belongs to assessment "${plan.assessmentId}", not "${assessment.id}"; nothing was saved.`);
  }
  const planRecord = plan ? toStoredPlan(plan) : undefined;
  const record = toStoredAssessment(assessment);
  const unique = uniqueByIndicator(answers);
  const set = unique.length > 0 ? toStoredAnswerSet(assessment.id, unique) : undefined;
  const summary = toStoredSummary(assessment.id, countAnswers(unique));
  await runTx(db, planRecord ? ALL_STORES : WRITE_STORES, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    if ((await assessmentStore.getKey(assessment.id)) !== undefined) {
      throw new StorageError('conflict', `Assessment "${assessment.id}" already exists.`);
    }
    const stores = answerStores(tx);
    writer(assessmentStore).add(record);
    deleteAnswersOf(stores, assessment.id);
    if (set) writer(stores.answerSets).put(set);
    writer(tx.objectStore(STORES.summaries)).put(summary);
    if (planRecord) writer(tx.objectStore(STORES.plans)).put(planRecord);
  });
}

/** Replaces the metadata (answers untouched); `not_found` if missing, `too_new` if newer. */
export async function updateAssessmentMeta(db: SiapCerdasDatabase, assessment: Assessment): Promise<void> {
  const record = toStoredAssessment(assessment);
  await runTx(db, [STORES.assessments], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.assessments);
    const existing = await store.get(assessment.id);
    if (existing === undefined) throw notFound(assessment.id);
    readAssessment(existing); // throws too_new: never overwrite a record written by a newer app
    writer(store).put(record);
  });
}

/**
 * Puts one answer record, the assessment's `updatedAt` and its counts in one transaction. All
 * reads go out in one round trip (assessment, summary, the previous answer record and set, to
 * know the previous level), then the three writes.
 */
export async function saveAnswer(db: SiapCerdasDatabase, assessmentId: string, answer: Answer, updatedAt: string): Promise<void> {
  const answerRecord = toStoredAnswer(assessmentId, answer);
  await runTx(db, WRITE_STORES, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const summaryStore = tx.objectStore(STORES.summaries);
    const stores = answerStores(tx);
    const [existing, rawSummary, rawPrevious, rawSet] = await Promise.all([
      assessmentStore.get(assessmentId),
      summaryStore.get(assessmentId),
      stores.answers.get([assessmentId, answer.indicatorId]),
      stores.answerSets.get(assessmentId),
    ]);
    if (existing === undefined) throw notFound(assessmentId);
    const { record } = readAssessment(existing); // throws too_new
    const counts = await readCounts(rawSummary, stores, assessmentId);
    const next = withChangedLevel(counts, storedLevel(rawPrevious, rawSet, answer.indicatorId), answer.level);
    writer(stores.answers).put(answerRecord);
    writer(assessmentStore).put(toStoredAssessment({ ...toAssessment(record), updatedAt }));
    writer(summaryStore).put(toStoredSummary(assessmentId, next));
  });
}

/** Deletes every record of an assessment, its plan unless `keepPlan` (a missing id is a no-op). */
export function deleteAssessmentRecords(tx: AnyTx<'readwrite'>, id: string, keepPlan = false): void {
  writer(tx.objectStore(STORES.assessments)).delete(id);
  deleteAnswersOf(answerStores(tx), id);
  writer(tx.objectStore(STORES.summaries)).delete(id);
  if (!keepPlan) writer(tx.objectStore(STORES.plans)).delete(id);
}

/** Deletes the assessment, its answers, counts and plan in one transaction. */
export async function removeAssessment(db: SiapCerdasDatabase, id: string): Promise<void> {
  await runTx(db, ALL_STORES, 'readwrite', (tx) => {
    deleteAssessmentRecords(tx, id);
    return Promise.resolve();
  });
}
