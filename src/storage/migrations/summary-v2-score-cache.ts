/**
 * Summary record version 2 (issue 17): a summary may cache the assessment's score summary
 * (`score`, see `storage/score-cache.ts`). A version-1 record has none, so it gets `score: null`:
 * the benchmark view scores that assessment from its answers and caches the result. The counts
 * are unchanged.
 */
import type { RecordMigration } from './migrate';

export const summaryV2ScoreCache: RecordMigration = {
  id: 'AddScoreCache',
  version: 2,
  up: (record) => ({ ...record, score: null }),
};
