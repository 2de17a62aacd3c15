/**
 * Conversions between domain objects and stored records: add `schemaVersion`/`assessmentId`
 * when writing, migrate and strip them when reading. Failures become `StorageError`s that name
 * the record, so a read never returns half the data.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import type { ScoreSummary } from '../domain/benchmark/types';
import type { AssessmentPlan } from '../domain/planning/types';
import { SCORING_VERSION } from '../domain/scoring/version';
import type { AnswerCounts } from './answer-counts';
import type { StoredAnswer, StoredAnswerSet, StoredAssessment, StoredPlan, StoredScore, StoredSummary } from './db';
import { StorageError } from './errors';
import {
  ANSWER_SCHEMA_VERSION,
  ANSWER_SET_SCHEMA_VERSION,
  ASSESSMENT_SCHEMA_VERSION,
  migrateAnswerRecord,
  migrateAnswerSetRecord,
  migrateAssessmentRecord,
  migratePlanRecord,
  migrateSummaryRecord,
  PLAN_SCHEMA_VERSION,
  SUMMARY_SCHEMA_VERSION,
  type MigrationResult,
} from './migrations';
import { isStoredPlan } from './migrations/plan-shape';
import { isAnswerFields, isStoredAnswer, isStoredAssessment, isStoredScore } from './migrations/record-shapes';

/** A record read from the database, migrated; `changed` = write it back. */
export interface ReadRecord<T> {
  readonly record: T;
  readonly changed: boolean;
}

/** Builds the record to store for `assessment`; throws StorageError('invalid') if malformed. */
export function toStoredAssessment(assessment: Assessment): StoredAssessment {
  const record = { ...assessment, schemaVersion: ASSESSMENT_SCHEMA_VERSION };
  if (!isStoredAssessment(record)) {
    throw new StorageError('invalid', `Assessment "${assessment.id}" is malformed; nothing was saved.`);
  }
  return record;
}

/** Builds the record to store for `answer`; throws StorageError('invalid') if malformed. */
export function toStoredAnswer(assessmentId: string, answer: Answer): StoredAnswer {
  const record = { ...answer, assessmentId, schemaVersion: ANSWER_SCHEMA_VERSION };
  if (!isStoredAnswer(record)) {
    throw new StorageError('invalid', `Answer ${answer.indicatorId} of assessment "${assessmentId}" is malformed; nothing was saved.`);
  }
  return record;
}

/**
 * Builds the answer set record holding `answers` (stored as they are: no copy per answer, the
 * browser clones the record when it is put); throws StorageError('invalid') if one is malformed.
 */
export function toStoredAnswerSet(assessmentId: string, answers: readonly Answer[]): StoredAnswerSet {
  for (const answer of answers) {
    if (!isAnswerFields(answer as unknown as Readonly<Record<string, unknown>>)) {
      throw new StorageError('invalid', `Answer ${answer.indicatorId} of assessment "${assessmentId}" is malformed; nothing was saved.`);
    }
  }
  return { assessmentId, answerSchemaVersion: ANSWER_SCHEMA_VERSION, answers, schemaVersion: ANSWER_SET_SCHEMA_VERSION };
}

/** The cache entry for `summary`, the score of `assessment`'s answers as they are now (README "Score summaries"). */
export function toStoredScore(assessment: Assessment, summary: ScoreSummary): StoredScore {
  const { updatedAt, instrumentVersion, weightProfileId } = assessment;
  return { updatedAt, scoringVersion: SCORING_VERSION, instrumentVersion, weightProfileId, summary };
}

/**
 * The summary record for `counts`, with `score` cached (`toStoredScore`) or none: every write
 * path but import and the benchmark view's write-back stores none, so an answer write drops the
 * cache. Throws StorageError('invalid') for a malformed score.
 */
export function toStoredSummary(assessmentId: string, counts: AnswerCounts, score: StoredScore | null = null): StoredSummary {
  if (score !== null && !isStoredScore(score)) {
    throw new StorageError('invalid', `The score summary of assessment "${assessmentId}" is malformed; nothing was saved.`);
  }
  return { assessmentId, answeredCount: counts.answeredCount, naCount: counts.naCount, score, schemaVersion: SUMMARY_SCHEMA_VERSION };
}

/** Builds the record to store for `plan`; throws StorageError('invalid') if malformed. */
export function toStoredPlan(plan: AssessmentPlan): StoredPlan {
  const record = { ...plan, schemaVersion: PLAN_SCHEMA_VERSION };
  if (!isStoredPlan(record)) {
    throw new StorageError('invalid', `The plan of assessment "${plan.assessmentId}" is malformed; nothing was saved.`);
  }
  return record;
}

/** The domain plan inside a stored record. */
export function toPlan(stored: StoredPlan): AssessmentPlan {
  const { schemaVersion: _schemaVersion, ...plan } = stored;
  return plan;
}

/** The domain assessment inside a stored record (storage fields stripped). */
export function toAssessment(stored: StoredAssessment): Assessment {
  const { schemaVersion: _schemaVersion, ...assessment } = stored;
  return assessment;
}

/** The domain answer inside a stored record (storage fields stripped). */
export function toAnswer(stored: StoredAnswer): Answer {
  const { schemaVersion: _schemaVersion, assessmentId: _assessmentId, ...answer } = stored;
  return answer;
}

/** Answers keyed by indicator id. */
export function toAnswerMap(answers: readonly Answer[]): AnswerMap {
  const map: Record<string, Answer> = {};
  for (const answer of answers) map[answer.indicatorId] = answer;
  return map;
}

function field(raw: unknown, key: string): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '?';
}

function unwrap<T>(result: MigrationResult<T>, label: string): ReadRecord<T> {
  if (result.ok) return { record: result.record, changed: result.changed };
  if (result.reason === 'too_new') {
    throw new StorageError(
      'too_new',
      `${label} was saved by a newer version of the app (record schema ${result.recordVersion}, this app knows up to ${result.currentVersion}). Update the app to open it.`,
    );
  }
  throw new StorageError('invalid', `${label} cannot be read: ${result.detail}.`);
}

/** Migrates a raw assessment record; throws StorageError('too_new' | 'invalid') naming it. */
export function readAssessment(raw: unknown): ReadRecord<StoredAssessment> {
  return unwrap(migrateAssessmentRecord(raw), `Assessment "${field(raw, 'id')}"`);
}

/** Migrates a raw answer record; throws StorageError('too_new' | 'invalid') naming it. */
export function readAnswer(raw: unknown): ReadRecord<StoredAnswer> {
  return unwrap(migrateAnswerRecord(raw), `Answer ${field(raw, 'indicatorId')} of assessment "${field(raw, 'assessmentId')}"`);
}

/**
 * Migrates a raw answer set: the set's own shape, then its entries, and returns them as domain
 * answers. Entries at the current answer version are validated and returned as read (no copy:
 * a national read has 185,040 of them); older ones are migrated like answer records.
 * `changed` = the set must be written back. Throws like `readAnswer`.
 */
export function readAnswerSet(raw: unknown): ReadRecord<Answer[]> {
  const set = unwrap(migrateAnswerSetRecord(raw), `The answers of assessment "${field(raw, 'assessmentId')}"`);
  const { assessmentId, answerSchemaVersion: schemaVersion, answers } = set.record;
  if (schemaVersion === ANSWER_SCHEMA_VERSION) {
    const entries = answers as readonly unknown[];
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null || !isAnswerFields(entry as Readonly<Record<string, unknown>>)) {
        throw new StorageError('invalid', `Answer ${field(entry, 'indicatorId')} of assessment "${assessmentId}" cannot be read: answer does not match schema v${schemaVersion}.`);
      }
    }
    return { record: [...answers], changed: set.changed };
  }
  // Older (or, refused by readAnswer, newer) entries: through the answer record machinery.
  const read = answers.map((entry) => readAnswer({ ...entry, assessmentId, schemaVersion }));
  return { record: read.map((r) => toAnswer(r.record)), changed: true };
}

/** Migrates a raw summary record; throws StorageError('too_new' | 'invalid'). */
export function readSummary(raw: unknown): ReadRecord<StoredSummary> {
  return unwrap(migrateSummaryRecord(raw), `The answer counts of assessment "${field(raw, 'assessmentId')}"`);
}

/** Migrates a raw plan record; throws StorageError('too_new' | 'invalid'). */
export function readPlan(raw: unknown): ReadRecord<StoredPlan> {
  return unwrap(migratePlanRecord(raw), `The plan of assessment "${field(raw, 'assessmentId')}"`);
}

/** Records among `read` that must be written back because a migration changed them. */
export function changedRecords<T>(read: readonly ReadRecord<T>[]): T[] {
  return read.filter((r) => r.changed).map((r) => r.record);
}
