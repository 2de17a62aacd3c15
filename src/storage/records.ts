/**
 * Conversions between domain objects and stored records: add `schemaVersion`/`assessmentId`
 * when writing, migrate and strip them when reading. Failures become `StorageError`s that name
 * the record, so a read never returns half the data.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import type { StoredAnswer, StoredAssessment } from './db';
import { StorageError } from './errors';
import {
  ANSWER_SCHEMA_VERSION,
  ASSESSMENT_SCHEMA_VERSION,
  migrateAnswerRecord,
  migrateAssessmentRecord,
  type MigrationResult,
} from './migrations';
import { isStoredAnswer, isStoredAssessment } from './migrations/record-shapes';

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
export function toAnswerMap(stored: readonly StoredAnswer[]): AnswerMap {
  return Object.fromEntries(stored.map((record) => [record.indicatorId, toAnswer(record)]));
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

/** Records among `read` that must be written back because a migration changed them. */
export function changedRecords<T>(read: readonly ReadRecord<T>[]): T[] {
  return read.filter((r) => r.changed).map((r) => r.record);
}
