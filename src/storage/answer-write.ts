/**
 * The click's write: the check and the write of one answer in ONE strict readwrite transaction,
 * run in the storage worker (`worker/`), or on the page when no worker could start
 * (docs/performance.md, "Click → stored: the storage worker").
 *
 * The caller (the assessment store, which holds the assessment and all its answers, and the tab's
 * edit lock) passes what it knows: the assessment with the new `updatedAt` and the counts before
 * and after this answer. The transaction reads the stored assessment and its counts; it refuses
 * (aborts, so nothing it did is committed) if the assessment is gone (`not_found`) or was written
 * by a newer app (`too_new`). Otherwise it puts the answer, the stored metadata with the new
 * `updatedAt` (another tab may have changed the status: that change is kept) and the counts: the
 * caller's when the stored counts are the ones the caller started from, else recounted from all
 * stored answers (another tab changed them). Resolves once committed, durably (`strict`).
 *
 * Plain IndexedDB, no `idb` and no `db.ts` (which imports it): the worker's bundle stays small.
 * Store names are the persisted ones of `db.ts` `STORES`.
 */
import type { Answer, Assessment } from '../domain/assessment/types';
import { countAnswers, type AnswerCounts } from './answer-counts';
import { answerRecordRange, effectiveAnswers, readRawAnswers } from './answer-overlay';
import { StorageError, toStorageError } from './errors';
import { readAssessment, readSummary, toAssessment, toStoredAnswer, toStoredAssessment, toStoredSummary } from './records';

/** What the caller holds of the assessment, after this answer. */
export interface KnownAssessment {
  /** The assessment with `updatedAt` set to the time of the save. */
  readonly assessment: Assessment;
  /** The counts of its effective answers before and with this answer. */
  readonly countsBefore: AnswerCounts;
  readonly counts: AnswerCounts;
}

/** The stores an answer write touches (`assessment-ops.ts` `WRITE_STORES`). */
const STORES = ['assessments', 'answers', 'answerSets', 'summaries'];

/**
 * Checks and puts `answer` with the caller's `updatedAt` and counts; see the module comment.
 * The transaction is created synchronously, so calls made in order commit in that order (IndexedDB
 * runs readwrite transactions over the same stores in the order they were created).
 */
export function saveKnownAnswer(db: IDBDatabase, answer: Answer, known: KnownAssessment): Promise<void> {
  const { id, updatedAt } = known.assessment;
  return new Promise<void>((resolve, reject) => {
    let tx: IDBTransaction;
    let failure: unknown;
    try {
      tx = db.transaction(STORES, 'readwrite', { durability: 'strict' });
    } catch (e) {
      return reject(toStorageError(e));
    }
    const store = (name: string) => tx.objectStore(name);
    /** Runs `step`; if it throws, aborts with its error (nothing of the transaction is committed). */
    const guard = (step: () => void) => {
      try {
        step();
      } catch (e) {
        failure ??= e;
        tx.abort();
      }
    };
    tx.oncomplete = () => resolve();
    // A failed request (quota at commit, …) aborts the transaction with its error.
    tx.onabort = () => reject(toStorageError(failure ?? tx.error));
    guard(() => {
      const record = toStoredAnswer(id, answer);
      const rawAssessment = store('assessments').get(id);
      const rawSummary = store('summaries').get(id);
      // Requests complete in order: the assessment has been read when the summary has.
      rawSummary.onsuccess = () => guard(() => {
        if (rawAssessment.result === undefined) throw new StorageError('not_found', `Assessment "${id}" does not exist.`);
        const stored = toAssessment(readAssessment(rawAssessment.result).record); // throws too_new
        store('answers').put(record);
        store('assessments').put(toStoredAssessment({ ...stored, updatedAt }));
        const putCounts = (counts: AnswerCounts) => store('summaries').put(toStoredSummary(id, counts));
        const summary: unknown = rawSummary.result;
        if (summary !== undefined && sameCounts(readSummary(summary).record, known.countsBefore)) return void putCounts(known.counts);
        // Another tab changed the answers: recount (these reads see this transaction's put).
        const set = store('answerSets').get(id);
        const records = store('answers').getAll(answerRecordRange(id));
        records.onsuccess = () => guard(() => {
          putCounts(countAnswers(effectiveAnswers(readRawAnswers({ set: set.result, records: records.result }))));
        });
      });
    });
  });
}

function sameCounts(a: AnswerCounts, b: AnswerCounts): boolean {
  return a.answeredCount === b.answeredCount && a.naCount === b.naCount;
}
