/**
 * How an assessment's answers are stored (DB v2, see README "Answers: sets and records"):
 * - `answerSets`: at most one record per assessment with the answers it was created or imported
 *   with (one request for 72 answers, which is what makes a national import take well under a
 *   second instead of writing 185,040 records);
 * - `answers`: one small record per answer saved afterwards (a click writes one answer record,
 *   never the set). An answer record wins over the set entry of the same indicator.
 * The effective answers are the set entries overlaid by the answer records. Nothing ever deletes
 * a single answer, so an overlay never needs to hide an entry: a cleared answer is a record with
 * `level: null`, which replaces the set's entry like any other record.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { SiapCerdasDB } from './db';
import { answerRecordRange, readRawAnswers, type RawAnswers, type ReadAnswers } from './answer-overlay';
import { toStoredAnswerSet } from './records';
import { writer } from './transaction';

export { answerRecordRange, effectiveAnswers, readRawAnswers, type RawAnswers, type ReadAnswers } from './answer-overlay';

/** An object store of a transaction over any set of stores. */
export type ObjectStore<Name extends StoreNames<SiapCerdasDB>, Mode extends IDBTransactionMode> = IDBPObjectStore<
  SiapCerdasDB,
  StoreNames<SiapCerdasDB>[],
  Name,
  Mode
>;

export interface AnswerStores<Mode extends IDBTransactionMode> {
  readonly answers: ObjectStore<'answers', Mode>;
  readonly answerSets: ObjectStore<'answerSets', Mode>;
}

/** Key range of the answer records of every assessment id from `first` to `last` (sorted). */
export function answerRecordSpan(first: string, last: string): IDBKeyRange {
  return IDBKeyRange.bound([first], [last, []]);
}

/** `answers` with one answer per indicator (the last one given wins), in first-seen order. */
export function uniqueByIndicator<T extends { readonly indicatorId: string }>(answers: readonly T[]): T[] {
  const byIndicator = new Map<string, T>();
  for (const answer of answers) byIndicator.set(answer.indicatorId, answer);
  return byIndicator.size === answers.length ? [...answers] : [...byIndicator.values()];
}

/** Reads one assessment's answer set and answer records (two requests, in parallel). */
export async function readAnswersOf<Mode extends IDBTransactionMode>(stores: AnswerStores<Mode>, assessmentId: string): Promise<ReadAnswers> {
  const [set, records] = await Promise.all([
    stores.answerSets.get(assessmentId),
    stores.answers.getAll(answerRecordRange(assessmentId)),
  ]);
  return readRawAnswers({ set, records });
}

function assessmentIdOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['assessmentId'] : undefined;
}

/** Groups raw sets and answer records by assessment id (only ids in `wanted`, when given). */
export function groupRawAnswers(
  sets: readonly unknown[],
  records: readonly unknown[],
  wanted?: ReadonlySet<string>,
): Map<string, RawAnswers> {
  const groups = new Map<string, { set: unknown; records: unknown[] }>();
  const groupOf = (raw: unknown) => {
    const id = assessmentIdOf(raw);
    if (typeof id !== 'string' || (wanted && !wanted.has(id))) return undefined;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { set: undefined, records: [] }));
    return group;
  };
  for (const raw of sets) {
    const group = groupOf(raw);
    if (group) group.set = raw;
  }
  for (const raw of records) groupOf(raw)?.records.push(raw);
  return groups;
}

/** Puts back what migration changed (a readwrite transaction; see `writer`). */
export function writeBackAnswers(stores: AnswerStores<'readwrite'>, assessmentId: string, read: ReadAnswers): void {
  const records = writer(stores.answers);
  for (const r of read.records) if (r.changed) records.put(r.record);
  if (read.set?.changed) writer(stores.answerSets).put(toStoredAnswerSet(assessmentId, read.set.record));
}

/** Deletes an assessment's answer set and all its answer records: two requests (see `writer`). */
export function deleteAnswersOf(stores: AnswerStores<'readwrite'>, assessmentId: string): void {
  writer(stores.answers).delete(answerRecordRange(assessmentId));
  writer(stores.answerSets).delete(assessmentId);
}

/**
 * The stored level of one indicator, from the raw records (no migration): its answer record if
 * there is one, else its set entry, else undefined. Used to adjust the counts when it changes.
 */
export function storedLevel(rawRecord: unknown, rawSet: unknown, indicatorId: string): unknown {
  if (rawRecord !== undefined) return (rawRecord as { level?: unknown }).level;
  const entries = (rawSet as { answers?: unknown } | undefined)?.answers;
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries.find((e) => (e as { indicatorId?: unknown } | null)?.indicatorId === indicatorId);
  return (entry as { level?: unknown } | undefined)?.level;
}
