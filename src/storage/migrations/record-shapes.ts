/**
 * Shape checks for records at the CURRENT schema version. A record migration that changes a
 * shape updates the matching guard here in the same commit. Run after migrating on read and
 * before every write, so an unreadable record is never stored.
 */
import { EVIDENCE_KINDS } from '../../domain/assessment/types';
import { LEVELS } from '../../domain/instrument/types';
import type { StoredAnswer, StoredAssessment } from '../db';
import type { UnknownRecord } from './migrate';

const STATUSES: readonly unknown[] = ['draft', 'final'];
const ANSWER_VALUES: readonly unknown[] = [...LEVELS, 'NA', null];
const EVIDENCE_KIND_VALUES: readonly unknown[] = EVIDENCE_KINDS;

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Absent, or present with the given type (absent keys stay absent: exactOptionalPropertyTypes). */
function isOptionalString(record: UnknownRecord, key: string): boolean {
  return !(key in record) || isString(record[key]);
}

function hasStrings(record: UnknownRecord, keys: readonly string[]): boolean {
  return keys.every((key) => isString(record[key]));
}

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEvidence(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasStrings(value, ['id', 'title', 'reference']) &&
    EVIDENCE_KIND_VALUES.includes(value['kind']) &&
    ['url', 'date', 'ownerOpd'].every((key) => isOptionalString(value, key))
  );
}

/** True if `record` is a valid assessment record at the current schema version. */
export function isStoredAssessment(record: UnknownRecord): record is StoredAssessment & UnknownRecord {
  return (
    typeof record['schemaVersion'] === 'number' &&
    hasStrings(record, ['id', 'regionCode', 'instrumentVersion', 'weightProfileId', 'createdAt', 'updatedAt']) &&
    Number.isInteger(record['period']) &&
    STATUSES.includes(record['status']) &&
    ['team', 'contact'].every((key) => isOptionalString(record, key))
  );
}

/** True if `record` is a valid answer record at the current schema version. */
export function isStoredAnswer(record: UnknownRecord): record is StoredAnswer & UnknownRecord {
  const evidence = record['evidence'];
  return (
    typeof record['schemaVersion'] === 'number' &&
    hasStrings(record, ['assessmentId', 'indicatorId']) &&
    ANSWER_VALUES.includes(record['level']) &&
    Array.isArray(evidence) &&
    evidence.every(isEvidence) &&
    ['naReason', 'note', 'answeredBy', 'answeredAt'].every((key) => isOptionalString(record, key))
  );
}
