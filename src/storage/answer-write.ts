/**
 * The click's write: one answer put without waiting for a read first, so the transaction can
 * commit while the page renders the click (docs/performance.md, "click → answer stored").
 *
 * The caller (the assessment store, which holds the assessment and all its answers, and the tab's
 * edit lock) passes what it knows: the assessment with the new `updatedAt` and the counts after
 * this answer. The transaction reads what was stored before it writes (requests run in order), then
 * puts the answer, the assessment and the counts and commits at once. Only after the commit are the
 * reads (the assessment, its counts, this indicator's answer record) checked: if the assessment was gone (`not_found`) or written by a newer app (`too_new`),
 * a second transaction puts back exactly what was there and the save rejects, as the read-first
 * write would have; if another tab changed its metadata or counts (e.g. an import), they are
 * corrected the same way. The answer itself is durable (strict) when the promise resolves.
 */
import type { Answer, Assessment } from '../domain/assessment/types';
import { countAnswers, type AnswerCounts } from './answer-counts';
import { effectiveAnswers, readAnswersOf } from './answer-stores';
import { answerStores, notFound, WRITE_STORES } from './assessment-ops';
import { STORES, type SiapCerdasDatabase } from './db';
import { toStorageError } from './errors';
import { readAssessment, readSummary, toAssessment, toStoredAnswer, toStoredAssessment, toStoredSummary } from './records';
import { abortQuietly, openTx, runTx, writer } from './transaction';

/** What the caller holds of the assessment, after this answer. */
export interface KnownAssessment {
  /** The assessment with `updatedAt` set to the time of the save. */
  readonly assessment: Assessment;
  /** The counts of its effective answers before and with this answer. */
  readonly countsBefore: AnswerCounts;
  readonly counts: AnswerCounts;
}

/** The records as they were before the write (raw, as read in its transaction). */
interface Before {
  readonly assessment: unknown;
  readonly summary: unknown;
  /** The answer record of this indicator (read only to put it back). */
  readonly answer: unknown;
}

/** Puts `answer` with the caller's assessment and counts; see the module comment. */
export async function saveKnownAnswer(db: SiapCerdasDatabase, answer: Answer, known: KnownAssessment): Promise<void> {
  const { id } = known.assessment;
  const records = {
    answer: toStoredAnswer(id, answer),
    assessment: toStoredAssessment(known.assessment),
    summary: toStoredSummary(id, known.counts),
  };
  const tx = openTx(db, WRITE_STORES, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const assessments = tx.objectStore(STORES.assessments);
  const summaries = tx.objectStore(STORES.summaries);
  const stores = answerStores(tx);
  let reads: Promise<unknown[]>;
  try {
    reads = Promise.all([assessments.get(id), summaries.get(id), stores.answers.get([id, answer.indicatorId])]);
    reads.catch(() => undefined);
    writer(stores.answers).put(records.answer);
    writer(assessments).put(records.assessment);
    writer(summaries).put(records.summary);
    // Commit now: without it the transaction would wait for this thread to handle the reads.
    tx.commit();
    await done;
  } catch (e) {
    abortQuietly(tx);
    await done.catch(() => undefined);
    throw toStorageError(e);
  }
  const [assessment, summary, previous] = await reads;
  await checkAfterWrite(db, answer, known, { assessment, summary, answer: previous });
}

/** Undoes the write if it should not have happened, and corrects metadata or counts it got wrong. */
async function checkAfterWrite(db: SiapCerdasDatabase, answer: Answer, known: KnownAssessment, before: Before): Promise<void> {
  const { id } = known.assessment;
  if (before.assessment === undefined) return restore(db, id, answer.indicatorId, before, notFound(id));
  let stored: Assessment;
  try {
    stored = toAssessment(readAssessment(before.assessment).record);
  } catch (e) {
    return restore(db, id, answer.indicatorId, before, toStorageError(e));
  }
  const meta = { ...stored, updatedAt: known.assessment.updatedAt };
  // Both come from the same record conversion (`toAssessment`), so their keys are in the same order.
  const metaChanged = JSON.stringify(meta) !== JSON.stringify(known.assessment);
  // Counts as stored before this write, unlike the caller's: another tab changed the answers.
  const stale = before.summary === undefined || !sameCounts(readSummary(before.summary).record, known.countsBefore);
  if (stale) {
    await runTx(db, WRITE_STORES, 'readwrite', async (tx) => {
      if (metaChanged) writer(tx.objectStore(STORES.assessments)).put(toStoredAssessment(meta));
      writer(tx.objectStore(STORES.summaries)).put(toStoredSummary(id, countAnswers(effectiveAnswers(await readAnswersOf(answerStores(tx), id)))));
    });
  } else if (metaChanged) {
    await runTx(db, [STORES.assessments], 'readwrite', (tx) => {
      writer(tx.objectStore(STORES.assessments)).put(toStoredAssessment(meta));
      return Promise.resolve();
    });
  }
}

function sameCounts(a: AnswerCounts, b: AnswerCounts): boolean {
  return a.answeredCount === b.answeredCount && a.naCount === b.naCount;
}

/** Puts back the three records as they were (deleting those that were not there), then rejects with `error`. */
async function restore(db: SiapCerdasDatabase, id: string, indicatorId: string, before: Before, error: Error): Promise<never> {
  await runTx(db, WRITE_STORES, 'readwrite', (tx) => {
    const answers = writer(tx.objectStore(STORES.answers));
    const assessments = writer(tx.objectStore(STORES.assessments));
    const summaries = writer(tx.objectStore(STORES.summaries));
    if (before.answer === undefined) answers.delete([id, indicatorId]);
    else answers.put(before.answer as Parameters<typeof answers.put>[0]);
    if (before.assessment === undefined) assessments.delete(id);
    else assessments.put(before.assessment as Parameters<typeof assessments.put>[0]);
    if (before.summary === undefined) summaries.delete(id);
    else summaries.put(before.summary as Parameters<typeof summaries.put>[0]);
    return Promise.resolve();
  });
  throw error;
}
