/**
 * Maps zod issues on an envelope to typed import errors that name the assessment, indicator and
 * field, with the specific codes the UI explains (level or period out of range, too long …).
 */
import type { z } from 'zod/mini';
import type { ImportError, ImportErrorCode } from './import-errors';
import { formatPath, locate } from './import-errors';

/** The value at `path` inside `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short display form of a scalar value (≤ 60 characters), or undefined for objects. */
export function show(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

export interface Classified {
  readonly code: ImportErrorCode;
  readonly limit?: number;
}

/** The import error code (and limit) for a zod issue at `field` (a dotted path) with `value`. */
export function classify(issue: z.core.$ZodIssue, field: string, value: unknown): Classified {
  const last = field.split('.').pop() ?? '';
  if (value === undefined && issue.code === 'invalid_type') return { code: 'missing_value' };
  if (issue.code === 'invalid_key' && field.startsWith('answers.')) return { code: 'unknown_indicator' };
  if (last === 'level' && typeof value === 'number') return { code: Number.isInteger(value) ? 'level_out_of_range' : 'level_not_integer' };
  if (last === 'period' && typeof value === 'number') return { code: Number.isInteger(value) ? 'period_out_of_range' : 'period_not_integer' };
  // ISO 8601 allows what the format does not (no seconds, no offset, a week date): name the profile.
  if (issue.code === 'invalid_format' && issue.format === 'datetime' && typeof value === 'string' && /^\d{4}-?\d{2}/.test(value)) {
    return { code: 'timestamp_profile' };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'too_long', limit: Number(issue.maximum) };
  if (issue.code === 'too_big' && issue.origin === 'array') return { code: 'too_many', limit: Number(issue.maximum) };
  return { code: 'invalid_value' };
}

/** Converts one zod issue on the envelope `raw` into an import error. */
export function issueToError(issue: z.core.$ZodIssue, raw: unknown): ImportError {
  const [head, index, ...rest] = issue.path;
  const value = valueAt(raw, issue.path);
  if (head !== 'assessments' || typeof index !== 'number') {
    const field = formatPath(issue.path);
    const wrong = field === 'format' || field === 'formatVersion' || field === '' || field === 'assessments';
    const shown = show(value);
    const code = wrong ? 'wrong_format' : classify(issue, field, value).code;
    return { code, field, ...(shown !== undefined ? { value: shown } : {}) };
  }
  const rawAssessment = valueAt(raw, ['assessments', index]);
  const isAnswer = rest[0] === 'answers' && typeof rest[1] === 'string';
  const field = formatPath(isAnswer ? rest.slice(2) : rest);
  const { code, limit } = classify(issue, formatPath(rest), value);
  const shown = code === 'unknown_indicator' ? String(rest[1]) : show(value);
  const at = locate(rawAssessment, index, {
    ...(isAnswer ? { indicatorId: String(rest[1]) } : {}),
    ...(field !== '' ? { field } : {}),
  });
  return { code, at, ...(shown !== undefined ? { value: shown } : {}), ...(limit !== undefined ? { limit } : {}) };
}
