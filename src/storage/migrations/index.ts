/**
 * Registered record migrations, one ordered list per record type (see README.md).
 *
 * To change a stored shape: add `assessment-v2-<intent>.ts` (or `answer-v2-…`, `plan-v2-…`) exporting a
 * `RecordMigration` `{ id: 'AddSomething', version: 2, up }`, append it to the list below, bump
 * the `…_SCHEMA_VERSION` constant, update the guard in `record-shapes.ts`, and add its case to
 * `migrations.test.ts` (the guard test there fails until you do).
 */
import type { StoredAnswer, StoredAnswerSet, StoredAssessment, StoredPlan, StoredSummary } from '../db';
import { defineMigrationSequence, migrateRecord, type MigrationResult, type RecordMigration } from './migrate';
import { isStoredPlan } from './plan-shape';
import { planV2RecordBaseline } from './plan-v2-record-baseline';
import { planV3Actions } from './plan-v3-actions';
import { isStoredAnswer, isStoredAnswerSet, isStoredAssessment, isStoredSummary } from './record-shapes';
import { summaryV2ScoreCache } from './summary-v2-score-cache';

export { validateMigrations } from './migrate';
export type { MigrationResult, RecordMigration, UnknownRecord } from './migrate';

/** Persisted in every assessment record. Version 1 = the initial shape. */
export const ASSESSMENT_SCHEMA_VERSION = 1;
/** Persisted in every answer record. Version 1 = the initial shape. */
export const ANSWER_SCHEMA_VERSION = 1;

/** Persisted in every plan record (DB v2). Version 1 = the initial shape; 2 = roadmap baseline recorded; 3 = action plan (quick wins are actions). */
export const PLAN_SCHEMA_VERSION = 3;
/** Persisted in every answer set record, for the set's own shape (entries carry the answer version). */
export const ANSWER_SET_SCHEMA_VERSION = 1;
/** Persisted in every summary record. Version 1 = the initial shape; 2 = a cached score summary (`score`). */
export const SUMMARY_SCHEMA_VERSION = 2;

/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const ASSESSMENT_MIGRATIONS: readonly RecordMigration[] = [];
/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const ANSWER_MIGRATIONS: readonly RecordMigration[] = [];
/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const PLAN_MIGRATIONS: readonly RecordMigration[] = [planV2RecordBaseline, planV3Actions];
/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const ANSWER_SET_MIGRATIONS: readonly RecordMigration[] = [];
/** Ordered; versions 2, 3, … Never edit or remove a released step. */
export const SUMMARY_MIGRATIONS: readonly RecordMigration[] = [summaryV2ScoreCache];

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

const planSequence = defineMigrationSequence<StoredPlan>({
  recordType: 'plan',
  currentVersion: PLAN_SCHEMA_VERSION,
  migrations: PLAN_MIGRATIONS,
  isValid: isStoredPlan,
});

const answerSetSequence = defineMigrationSequence<StoredAnswerSet>({
  recordType: 'answer set',
  currentVersion: ANSWER_SET_SCHEMA_VERSION,
  migrations: ANSWER_SET_MIGRATIONS,
  isValid: isStoredAnswerSet,
});

const summarySequence = defineMigrationSequence<StoredSummary>({
  recordType: 'summary',
  currentVersion: SUMMARY_SCHEMA_VERSION,
  migrations: SUMMARY_MIGRATIONS,
  isValid: isStoredSummary,
});

/** Migrates a raw assessment record read from IndexedDB to `ASSESSMENT_SCHEMA_VERSION`. */
export function migrateAssessmentRecord(raw: unknown): MigrationResult<StoredAssessment> {
  return migrateRecord(raw, assessmentSequence);
}

/** Migrates a raw answer record read from IndexedDB to `ANSWER_SCHEMA_VERSION`. */
export function migrateAnswerRecord(raw: unknown): MigrationResult<StoredAnswer> {
  return migrateRecord(raw, answerSequence);
}

/** Migrates a raw plan record read from IndexedDB to `PLAN_SCHEMA_VERSION`. */
export function migratePlanRecord(raw: unknown): MigrationResult<StoredPlan> {
  return migrateRecord(raw, planSequence);
}

/** Migrates a raw answer set record (its own shape; entries are answer records) to `ANSWER_SET_SCHEMA_VERSION`. */
export function migrateAnswerSetRecord(raw: unknown): MigrationResult<StoredAnswerSet> {
  return migrateRecord(raw, answerSetSequence);
}

/** Migrates a raw summary record read from IndexedDB to `SUMMARY_SCHEMA_VERSION`. */
export function migrateSummaryRecord(raw: unknown): MigrationResult<StoredSummary> {
  return migrateRecord(raw, summarySequence);
}
