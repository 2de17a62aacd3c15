/**
 * The answer overlay (README "Answers: sets and records") without IndexedDB code: the key range of
 * an assessment's answer records, reading raw answers and overlaying the records on the set. Kept
 * apart from `answer-stores.ts` so the storage worker's bundle needs no `idb`.
 */
import type { Answer } from '../domain/assessment/types';
import type { StoredAnswer } from './db';
import { readAnswer, readAnswerSet, toAnswer, type ReadRecord } from './records';

/** An assessment's answers as stored, not yet read (migrated/validated). */
export interface RawAnswers {
  readonly set: unknown;
  readonly records: readonly unknown[];
}

/** An assessment's answers, migrated in memory: its set's entries (if any) and its answer records. */
export interface ReadAnswers {
  readonly set: ReadRecord<Answer[]> | undefined;
  readonly records: readonly ReadRecord<StoredAnswer>[];
}

/** Key range of every answer record of one assessment: [id] sorts before [id, x], [id, []] after. */
export function answerRecordRange(assessmentId: string): IDBKeyRange {
  return IDBKeyRange.bound([assessmentId], [assessmentId, []]);
}

/** Migrates (in memory) and validates raw answers; throws `StorageError` ('too_new' | 'invalid'). */
export function readRawAnswers(raw: RawAnswers): ReadAnswers {
  return { set: raw.set === undefined ? undefined : readAnswerSet(raw.set), records: raw.records.map(readAnswer) };
}

/** The effective answers: the set's entries, each replaced by the answer record of its indicator. */
export function effectiveAnswers(read: ReadAnswers): Answer[] {
  const saved = read.records.map((r) => toAnswer(r.record));
  if (read.set === undefined) return saved;
  if (saved.length === 0) return read.set.record;
  const byIndicator = new Map<string, Answer>();
  for (const answer of read.set.record) byIndicator.set(answer.indicatorId, answer);
  for (const answer of saved) byIndicator.set(answer.indicatorId, answer);
  return [...byIndicator.values()];
}
