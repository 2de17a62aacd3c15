/**
 * Score summaries cached in the `summaries` store (summary record v2, README "Score summaries"),
 * so the benchmark view reads one small record per assessment instead of scoring every answer.
 *
 * A cached summary is valid only while the assessment's `updatedAt`, instrument version and weight
 * profile are those it was computed for and `SCORING_VERSION` is the current one. Every answer
 * write bumps `updatedAt` and rewrites the summary record without a score (`toStoredSummary`), so
 * no writer needs to know about scores; import stores the scores it computed for its preview, and
 * the benchmark view stores the ones it had to compute (`cacheScores`).
 */
import type { Assessment } from '../domain/assessment/types';
import type { ScoreSummary } from '../domain/benchmark/types';
import { SCORING_VERSION } from '../domain/scoring/score-assessment';
import { openDb, STORES, type StoredScore } from './db';
import { readAssessment, readSummary, toAssessment } from './records';
import { runTx, writer } from './transaction';

/** The cache entry for `summary`, the score of `assessment`'s answers as they are now. */
export function toStoredScore(assessment: Assessment, summary: ScoreSummary): StoredScore {
  const { updatedAt, instrumentVersion, weightProfileId } = assessment;
  return { updatedAt, scoringVersion: SCORING_VERSION, instrumentVersion, weightProfileId, summary };
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
            const stored = toAssessment(readAssessment(rawAssessment).record);
            const score = toStoredScore(assessment, summary);
            if (validScore(stored, score) === undefined) return;
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
