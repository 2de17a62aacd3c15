/**
 * Shape checks for records at the CURRENT schema version. A record migration that changes a
 * shape updates the matching guard here in the same commit. Run after migrating on read and
 * before every write, so an unreadable record is never stored.
 */
import { EVIDENCE_KINDS } from '../../domain/assessment/types';
import { DIMENSION_IDS, LEVELS } from '../../domain/instrument/types';
import type { Answer } from '../../domain/assessment/types';
import type { StoredAnswer, StoredAnswerSet, StoredAssessment, StoredScore, StoredSummary } from '../db';
import type { UnknownRecord } from './migrate';

const STATUSES: readonly unknown[] = ['draft', 'final'];
// Sets, not arrays: the answer guards run for every answer of a national import (185,040).
const ANSWER_VALUES: ReadonlySet<unknown> = new Set([...LEVELS, 'NA', null]);
const EVIDENCE_KIND_VALUES: ReadonlySet<unknown> = new Set(EVIDENCE_KINDS);
const OPTIONAL_ANSWER_TEXTS = ['naReason', 'note', 'answeredBy', 'answeredAt'] as const;
const OPTIONAL_EVIDENCE_TEXTS = ['url', 'date', 'ownerOpd'] as const;

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Absent, or present with the given type (absent keys stay absent: exactOptionalPropertyTypes). */
export function isOptionalString(record: UnknownRecord, key: string): boolean {
  return !(key in record) || isString(record[key]);
}

export function hasStrings(record: UnknownRecord, keys: readonly string[]): boolean {
  return keys.every((key) => isString(record[key]));
}

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(isString);
}

/** Absent, or a record accepted by `isValid` (optional nested objects). */
function isOptional(record: UnknownRecord, key: string, isValid: (value: UnknownRecord) => boolean): boolean {
  if (!(key in record)) return true;
  const value = record[key];
  return isRecord(value) && isValid(value);
}

/** `AnswerProvenance`: where an answer merged from an OPD work package came from. */
function isProvenance(value: UnknownRecord): boolean {
  return hasStrings(value, ['opd', 'packageId', 'mergedAt']) && isOptionalString(value, 'answeredAt');
}

/** `WorkPackageOrigin`: marks an OPD's copy opened from a work package. */
function isWorkPackageOrigin(value: UnknownRecord): boolean {
  return (
    hasStrings(value, ['packageId', 'opd', 'sourceAssessmentId', 'exportedAt']) && isStringArray(value['indicatorIds'])
  );
}

function isEvidence(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasStrings(value, ['id', 'title', 'reference']) &&
    EVIDENCE_KIND_VALUES.has(value['kind']) &&
    OPTIONAL_EVIDENCE_TEXTS.every((key) => isOptionalString(value, key))
  );
}

/** True if `record` is a valid assessment record at the current schema version. */
export function isStoredAssessment(record: UnknownRecord): record is StoredAssessment & UnknownRecord {
  return (
    typeof record['schemaVersion'] === 'number' &&
    hasStrings(record, ['id', 'regionCode', 'instrumentVersion', 'weightProfileId', 'createdAt', 'updatedAt']) &&
    Number.isInteger(record['period']) &&
    STATUSES.includes(record['status']) &&
    ['team', 'contact'].every((key) => isOptionalString(record, key)) &&
    isOptional(record, 'workPackage', isWorkPackageOrigin)
  );
}

/**
 * True if `record` has the fields of an answer at the current answer schema version (an answer
 * record without `assessmentId` and `schemaVersion`: an answer set entry).
 */
export function isAnswerFields(record: UnknownRecord): record is Answer & UnknownRecord {
  const evidence = record['evidence'];
  if (!isString(record['indicatorId']) || !ANSWER_VALUES.has(record['level']) || !Array.isArray(evidence)) return false;
  // Plain loops: ≈ 5× faster than every() with closures on this hot path.
  for (const item of evidence) if (!isEvidence(item)) return false;
  for (const key of OPTIONAL_ANSWER_TEXTS) if (!isOptionalString(record, key)) return false;
  return isOptional(record, 'provenance', isProvenance);
}

/** True if `record` is a valid answer record at the current schema version. */
export function isStoredAnswer(record: UnknownRecord): record is StoredAnswer & UnknownRecord {
  return typeof record['schemaVersion'] === 'number' && isString(record['assessmentId']) && isAnswerFields(record);
}

/**
 * True if `record` is an answer set record at the current set schema version. Its entries are
 * checked one by one when read (each is migrated as an answer record of `answerSchemaVersion`,
 * see `records.ts`).
 */
export function isStoredAnswerSet(record: UnknownRecord): record is StoredAnswerSet & UnknownRecord {
  const answerVersion = record['answerSchemaVersion'];
  return (
    typeof record['schemaVersion'] === 'number' &&
    isString(record['assessmentId']) &&
    Number.isInteger(answerVersion) &&
    (answerVersion as number) >= 1 &&
    Array.isArray(record['answers'])
  );
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

const isScoreOrNull = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

/** A score summary (`ScoreSummary`): the index, six dimension and any element scores, each a number or null. */
function isScoreSummary(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { dimensions, elements } = value;
  return (
    isScoreOrNull(value['index']) &&
    typeof value['isFinalEligible'] === 'boolean' &&
    typeof value['coverage'] === 'number' &&
    isRecord(dimensions) &&
    DIMENSION_IDS.every((id) => isScoreOrNull(dimensions[id])) &&
    isRecord(elements) &&
    Object.values(elements).every(isScoreOrNull)
  );
}

/** A cached score (`StoredScore`). */
export function isStoredScore(value: unknown): value is StoredScore {
  return (
    isRecord(value) &&
    hasStrings(value, ['updatedAt', 'instrumentVersion', 'weightProfileId']) &&
    Number.isInteger(value['scoringVersion']) &&
    isScoreSummary(value['summary'])
  );
}

/** True if `record` is a summary record at the current summary schema version. */
export function isStoredSummary(record: UnknownRecord): record is StoredSummary & UnknownRecord {
  return (
    typeof record['schemaVersion'] === 'number' &&
    isString(record['assessmentId']) &&
    isCount(record['answeredCount']) &&
    isCount(record['naCount']) &&
    (record['score'] === null || isStoredScore(record['score']))
  );
}
