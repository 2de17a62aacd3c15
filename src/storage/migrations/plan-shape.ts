/**
 * Shape check of a plan record (`AssessmentPlan` + `schemaVersion`) at the CURRENT plan schema
 * version; a plan migration that changes the shape updates it in the same commit.
 */
import { ACTION_STATUSES, HORIZONS } from '../../domain/planning/types';
import type { StoredPlan } from '../db';
import type { UnknownRecord } from './migrate';
import { hasStrings, isOptionalString, isRecord, isString, isStringArray } from './record-shapes';

const HORIZON_VALUES: readonly unknown[] = HORIZONS;
const TARGET_MODES: readonly unknown[] = ['final', 'yearly'];

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Every value of `value` (a plain object) passes `isValid`. */
function isRecordOf(value: unknown, isValid: (item: unknown) => boolean): boolean {
  return isRecord(value) && Object.values(value).every(isValid);
}

function isElementTargets(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const yearly = value['yearly'];
  return (
    TARGET_MODES.includes(value['mode']) &&
    isFiniteNumber(value['finalTarget']) &&
    Array.isArray(yearly) &&
    yearly.every(isFiniteNumber)
  );
}

const BASELINE_DECISIONS: readonly unknown[] = ['created', 'recomputed', 'kept'];

/** `null` (not recorded, plan version 1) or `{ scores, decision, at }` (version 2). */
function isBaseline(value: unknown): boolean {
  if (value === null) return true;
  return (
    isRecord(value) &&
    isRecordOf(value['scores'], (s) => s === null || isFiniteNumber(s)) &&
    BASELINE_DECISIONS.includes(value['decision']) &&
    isString(value['at'])
  );
}

function isRoadmap(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isInteger(value['startYear']) &&
    HORIZON_VALUES.includes(value['horizon']) &&
    isRecordOf(value['elements'], isElementTargets) &&
    'baseline' in value &&
    isBaseline(value['baseline'])
  );
}

const STATUSES: readonly unknown[] = ACTION_STATUSES;

function isYearStatus(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value['year']) && STATUSES.includes(value['status']) && isOptionalString(value, 'note') && isString(value['at']);
}

function isLift(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value['elementId']) &&
    (value['indicatorIds'] === undefined || isStringArray(value['indicatorIds'])) &&
    (value['raiseBy'] === undefined || isFiniteNumber(value['raiseBy']))
  );
}

function isSource(value: unknown): boolean {
  return (
    value === undefined ||
    (isRecord(value) && value['kind'] === 'studi-banding' && hasStrings(value, ['hostName', 'visitDate', 'elementId']) && isOptionalString(value, 'hostCode'))
  );
}

function isAction(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasStrings(value, ['id', 'name', 'opd', 'createdAt', 'updatedAt']) &&
    ['description', 'budgetNote', 'outputIndicator', 'dueDate'].every((k) => isOptionalString(value, k)) &&
    isStringArray(value['supportingOpds']) &&
    Array.isArray(value['lifts']) && value['lifts'].every(isLift) &&
    Number.isInteger(value['startYear']) && Number.isInteger(value['endYear']) &&
    Array.isArray(value['statuses']) && value['statuses'].every(isYearStatus) &&
    typeof value['quickWin'] === 'boolean' &&
    isSource(value['source'])
  );
}

function isWorkPackageRecord(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasStrings(value, ['id', 'opd', 'exportedAt']) &&
    isStringArray(value['indicatorIds']) &&
    isOptionalString(value, 'mergedAt') &&
    (value['exportedAnswers'] === undefined || isRecordOf(value['exportedAnswers'], isRecord)) &&
    (value['exportedActions'] === undefined || (Array.isArray(value['exportedActions']) && value['exportedActions'].every(isAction)))
  );
}

/** True if `record` is a valid plan record at the current plan schema version. */
export function isStoredPlan(record: UnknownRecord): record is StoredPlan & UnknownRecord {
  const { actions, workPackages } = record;
  return (
    typeof record['schemaVersion'] === 'number' &&
    hasStrings(record, ['assessmentId', 'updatedAt']) &&
    (!('roadmap' in record) || isRoadmap(record['roadmap'])) &&
    Array.isArray(actions) &&
    actions.every(isAction) &&
    isRecordOf(record['assignments'], isString) &&
    Array.isArray(workPackages) &&
    workPackages.every(isWorkPackageRecord)
  );
}
