/**
 * Bulk read of every assessment with its cached score summary (README "Score summaries") and, where
 * there is no valid one and the caller asks, its answers, in ONE readonly transaction, for views
 * over all data on the device (benchmarking); and `cacheScores`, which stores the summaries the
 * view computed. `repository.list()` followed by `get(id)` per
 * assessment costs one readwrite transaction per assessment (2,570 stored assessments: ≈ 10 s in
 * Chromium on a 2-core machine); this is one transaction with two requests (answer sets and
 * answer records) per 150 assessments (see docs/benchmarking.md).
 *
 * Records are migrated in memory (`records.ts`) but not written back (readonly: it never blocks
 * writers); the repository writes migrated records back when it next reads them. A record that
 * cannot be read (too new, malformed) is skipped and counted rather than failing the whole read.
 */
import type { AnswerMap, Assessment } from '../domain/assessment/types';
import type { ScoreSummary } from '../domain/benchmark/types';
import { answerRecordRange, answerRecordSpan, effectiveAnswers, groupRawAnswers, readRawAnswers, type RawAnswers } from './answer-stores';
import { answerStores, ANSWER_STORES } from './assessment-ops';
import { openDb, STORES, type StoredScore } from './db';
import { SCORING_VERSION } from '../domain/scoring/version';
import { readAssessment, readSummary, toAnswerMap, toAssessment, toStoredScore } from './records';
import { runTx, writer } from './transaction';

export interface BulkAssessment {
  readonly assessment: Assessment;
  /** Its cached score summary, when a valid one is stored (its answers are then not read). */
  readonly score: ScoreSummary | null;
  /** Its answers, or null when it has a cached score or the caller did not ask for them (`needsAnswers` returned false). */
  readonly answers: AnswerMap | null;
}

export interface BulkReadResult {
  readonly items: readonly BulkAssessment[];
  /** Assessments skipped because they (or one of their answers) could not be read. */
  readonly unreadable: number;
}

export interface BulkReadOptions {
  /** Defaults to `DB_NAME`. */
  readonly dbName?: string;
  /**
   * Which assessments without a valid cached score need their answers (default: all). Callers
   * that keep scores in memory by `updatedAt` ask only for changed ones.
   */
  readonly needsAnswers?: (assessment: Assessment) => boolean;
}

/** Above this many assessments needing answers, read key ranges instead of two requests each. */
const RANGE_THRESHOLD = 32;
/**
 * Assessments per request pair on the range path (≈ 10,800 answers). Each chunk is read and
 * migrated in its own task when it arrives, so a national-scale read never blocks the main
 * thread for all 185,040 answers at once.
 */
const ASSESSMENTS_PER_REQUEST = 150;

function readAssessments(raws: readonly unknown[]): { assessments: Assessment[]; unreadable: number } {
  const assessments: Assessment[] = [];
  let unreadable = 0;
  for (const raw of raws) {
    try {
      assessments.push(toAssessment(readAssessment(raw).record));
    } catch {
      unreadable += 1;
    }
  }
  return { assessments, unreadable };
}

/** Reads answers by assessment id; ids with an unreadable answer land in `broken`. */
class AnswerCollector {
  readonly byAssessment = new Map<string, AnswerMap>();
  readonly broken = new Set<string>();

  add(groups: ReadonlyMap<string, RawAnswers>): void {
    for (const [id, raw] of groups) {
      try {
        this.byAssessment.set(id, toAnswerMap(effectiveAnswers(readRawAnswers(raw))));
      } catch {
        this.broken.add(id);
      }
    }
  }
}

/** The cached summary of `assessment`, or undefined when there is none or it is stale. */
export function validScore(assessment: Assessment, score: StoredScore | null | undefined): ScoreSummary | undefined {
  if (!score) return undefined;
  const isCurrent =
    score.updatedAt === assessment.updatedAt &&
    score.scoringVersion === SCORING_VERSION &&
    score.instrumentVersion === assessment.instrumentVersion &&
    score.weightProfileId === assessment.weightProfileId;
  return isCurrent ? score.summary : undefined;
}

/** The cached score of every readable summary record, by assessment id (unreadable ones count as none). */
function readScores(raws: readonly unknown[]): Map<string, StoredScore> {
  const scores = new Map<string, StoredScore>();
  for (const raw of raws) {
    try {
      const { record } = readSummary(raw);
      if (record.score) scores.set(record.assessmentId, record.score);
    } catch {
      // No cache: the assessment is scored from its answers.
    }
  }
  return scores;
}

/** Sorted ids in chunks of `ASSESSMENTS_PER_REQUEST`, each as its first and last id. */
function chunks(ids: readonly string[]): [first: string, last: string][] {
  const sorted = [...ids].sort();
  const result: [string, string][] = [];
  for (let i = 0; i < sorted.length; i += ASSESSMENTS_PER_REQUEST) {
    const first = sorted[i] ?? '';
    result.push([first, sorted[Math.min(i + ASSESSMENTS_PER_REQUEST, sorted.length) - 1] ?? first]);
  }
  return result;
}

/**
 * Reads every assessment on the device and, for those `needsAnswers` selects, their answers, in
 * one readonly transaction on its own short-lived connection (closed before returning).
 * Rejects with `StorageError` when the database cannot be opened or read.
 */
export async function readAllAssessments(options: BulkReadOptions = {}): Promise<BulkReadResult> {
  const db = await openDb(options.dbName !== undefined ? { dbName: options.dbName } : {});
  try {
    return await runTx(db, [...ANSWER_STORES, STORES.summaries], 'readonly', async (tx) => {
      const [rawAssessments, rawSummaries] = await Promise.all([tx.objectStore(STORES.assessments).getAll(), tx.objectStore(STORES.summaries).getAll()]);
      const read = readAssessments(rawAssessments);
      const stored = readScores(rawSummaries);
      const scores = new Map<string, ScoreSummary>();
      for (const a of read.assessments) {
        const score = validScore(a, stored.get(a.id));
        if (score) scores.set(a.id, score);
      }
      const needs = options.needsAnswers ?? (() => true);
      const wanted = new Set(read.assessments.filter((a) => !scores.has(a.id) && needs(a)).map((a) => a.id));
      const { answers: records, answerSets: sets } = answerStores(tx);
      const collector = new AnswerCollector();
      // Each chunk (or assessment) is read when both its requests have arrived, not all at the end.
      const requests =
        wanted.size > RANGE_THRESHOLD
          ? chunks([...wanted]).map(([first, last]) =>
              Promise.all([sets.getAll(IDBKeyRange.bound(first, last)), records.getAll(answerRecordSpan(first, last))]),
            )
          : [...wanted].map((id) => Promise.all([sets.get(id).then((set) => (set ? [set] : [])), records.getAll(answerRecordRange(id))]));
      await Promise.all(requests.map((request) => request.then(([rawSets, rawRecords]) => collector.add(groupRawAnswers(rawSets, rawRecords, wanted)))));
      const { byAssessment, broken } = collector;
      const items: BulkAssessment[] = [];
      for (const assessment of read.assessments) {
        if (broken.has(assessment.id)) continue;
        const answers = wanted.has(assessment.id) ? (byAssessment.get(assessment.id) ?? {}) : null;
        items.push({ assessment, score: scores.get(assessment.id) ?? null, answers });
      }
      return { items, unreadable: read.unreadable + broken.size };
    });
  } finally {
    db.close();
  }
}

/** A summary computed from the answers of `assessment` as it was read. */
export interface ComputedScore {
  readonly assessment: Assessment;
  readonly summary: ScoreSummary;
}

/**
 * Caches computed summaries in one readwrite transaction. Each is stored only if the assessment
 * is still as it was read (same `updatedAt`, instrument and profile: no answer written since) and
 * has a summary record; its counts are kept. Anything unreadable is skipped: this is a cache.
 */
export async function cacheScores(scores: readonly ComputedScore[], options: { readonly dbName?: string } = {}): Promise<void> {
  if (scores.length === 0) return;
  const db = await openDb(options.dbName !== undefined ? { dbName: options.dbName } : {});
  try {
    await runTx(db, [STORES.assessments, STORES.summaries], 'readwrite', async (tx) => {
      const assessments = tx.objectStore(STORES.assessments);
      const summaries = tx.objectStore(STORES.summaries);
      const put = writer(summaries);
      await Promise.all(
        scores.map(async ({ assessment, summary }) => {
          const [rawAssessment, rawSummary] = await Promise.all([assessments.get(assessment.id), summaries.get(assessment.id)]);
          if (rawAssessment === undefined || rawSummary === undefined) return;
          try {
            const score = toStoredScore(assessment, summary);
            if (validScore(toAssessment(readAssessment(rawAssessment).record), score) === undefined) return;
            put.put({ ...readSummary(rawSummary).record, score });
          } catch {
            // A record this app cannot read keeps what it has.
          }
        }),
      );
    });
  } finally {
    db.close();
  }
}
