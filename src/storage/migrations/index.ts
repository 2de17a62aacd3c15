/**
 * Registered record migrations, one ordered list per record type (see README.md).
 *
 * To change a stored shape: add `assessment-v2-<intent>.ts` (or `answer-v2-…`) exporting a
 * `RecordMigration` `{ id: 'AddSomething', version: 2, up }`, append it to the list below, bump
 * the `…_SCHEMA_VERSION` constant, update the guard in `record-shapes.ts`, and add its case to
 * `migrations.test.ts` (the guard test there fails until you do).
 */
import type { StoredAnswer, StoredAssessment } from '../db';
import { defineMigrationSequence, migrateRecord, type MigrationResult, type RecordMigration } from './migrate';
import { isStoredAnswer, isStoredAssessment } from './record-shapes';

export { validateMigrations } from './migrate';
export type { MigrationResult, RecordMigration, UnknownRecord } from './migrate';

/** Persisted in every assessment record. Version 1 = the initial shape. */
export const ASSESSMENT_SCHEMA_VERSION = 1;
/** Persisted in every answer record. Version 1 = the initial shape. */
export const ANSWER_SCHEMA_VERSION = 1;

/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const ASSESSMENT_MIGRATIONS: readonly RecordMigration[] = [];
/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const ANSWER_MIGRATIONS: readonly RecordMigration[] = [];

const assessmentSequence = defineMigrationSequence<StoredAssessment>({
  recordType: 'assessment',
  currentVersion: ASSESSMENT_SCHEMA_VERSION,
  migrations: ASSESSMENT_MIGRATIONS,
  isValid: isStoredAssessment,
});

const answerSequence = defineMigrationSequence<StoredAnswer>({
  recordType: 'answer',
  currentVersion: ANSWER_SCHEMA_VERSION,
  migrations: ANSWER_MIGRATIONS,
  isValid: isStoredAnswer,
});

/** Migrates a raw assessment record read from IndexedDB to `ASSESSMENT_SCHEMA_VERSION`. */
export function migrateAssessmentRecord(raw: unknown): MigrationResult<StoredAssessment> {
  return migrateRecord(raw, assessmentSequence);
}

/** Migrates a raw answer record read from IndexedDB to `ANSWER_SCHEMA_VERSION`. */
export function migrateAnswerRecord(raw: unknown): MigrationResult<StoredAnswer> {
  return migrateRecord(raw, answerSequence);
}
