/**
 * Typed import failures. The UI maps each `code` to a message in the user's language and names
 * the place (`at`): which assessment (position, region, period), indicator and field.
 */

export type ImportErrorCode =
  /** The text is not JSON at all. */
  | 'not_json'
  /** Larger than the limit (`limit`, bytes). */
  | 'too_large'
  /** Arrays or objects nested deeper than `limit` (`MAX_JSON_DEPTH`) at `field`. */
  | 'too_deep'
  /** A number too large to represent (`1e999`) at `field`. */
  | 'non_finite_number'
  /** A member named `__proto__`, `constructor` or `prototype` (`value`) at `field`. */
  | 'forbidden_key'
  /** The file could not be read at all (the browser failed reading it, or ran out of memory). */
  | 'unreadable'
  /** JSON, but not a Siap Cerdas exchange file (`value`: the `format` found, if any). */
  | 'wrong_format'
  /** Written by a newer app: format version `value`, this app reads up to `limit`. */
  | 'newer_version'
  /** No `integrity` member, so changes cannot be detected. */
  | 'integrity_missing'
  /** The content does not match its integrity hash: changed or damaged after export. */
  | 'hash_mismatch'
  /** The file holds no assessment. */
  | 'empty'
  /** A required field is absent (`at.field` or `field`). */
  | 'missing_value'
  /** A field has the wrong type or form (`at.field`). */
  | 'invalid_value'
  /** A text longer than `limit` characters. */
  | 'too_long'
  /** More items than `limit` (evidence per answer). */
  | 'too_many'
  | 'unknown_instrument'
  | 'unknown_weight_profile'
  /** An indicator id (`value`) that the assessment's instrument does not have. */
  | 'unknown_indicator'
  /** A level (`value`) outside 0–5. */
  | 'level_out_of_range'
  /** A level (`value`) that is a number but not a whole one (2.5). */
  | 'level_not_integer'
  /** A period (`value`) that is a number but not a whole one. */
  | 'period_not_integer'
  /** A time that is not RFC 3339 with seconds and an offset (`2026-11-22T03:15:00Z`). */
  | 'timestamp_profile'
  /** "Tidak relevan" on an indicator that does not allow it. */
  | 'na_not_allowed'
  /** "Tidak relevan" without a reason. */
  | 'na_reason_missing'
  /** A region code (`value`) that is not one of the 514 kabupaten/kota. */
  | 'unknown_region'
  /** A period (`value`) outside `LIMITS.periodMin`–`LIMITS.periodMax`. */
  | 'period_out_of_range'
  /** An evidence link that is not an absolute http(s) URL. */
  | 'url_invalid'
  /** An evidence link that starts with http:// or https:// but names no host. */
  | 'url_no_host'
  /** The same assessment id twice in the file (first at `firstPosition`). */
  | 'duplicate_id'
  /** The same region and period twice in the file (first at `firstPosition`). */
  | 'duplicate_region_period';

export interface ImportErrorLocation {
  /** 1-based position of the assessment in the file's `assessments` list. */
  readonly position: number;
  readonly regionCode?: string;
  readonly period?: number;
  readonly indicatorId?: string;
  /** Path of the field inside the assessment or answer, e.g. `evidence[0].title`. */
  readonly field?: string;
}

export interface ImportError {
  readonly code: ImportErrorCode;
  /** Where in the file; absent for problems of the whole file. */
  readonly at?: ImportErrorLocation;
  /** Field path for problems outside any assessment (e.g. `exportedAt`). */
  readonly field?: string;
  /** The offending value as text (e.g. "7", "gmsc-2030.1"). */
  readonly value?: string;
  /** The limit the message states (bytes, characters, version). */
  readonly limit?: number;
  /** For duplicates: position of the first occurrence. */
  readonly firstPosition?: number;
}

/** At most this many errors are listed; the rest are counted. */
export const MAX_REPORTED_ERRORS = 50;

/** Builds the location of assessment number `index` (0-based) from its raw, unvalidated data. */
export function locate(rawAssessment: unknown, index: number, extra: Partial<ImportErrorLocation> = {}): ImportErrorLocation {
  const raw = typeof rawAssessment === 'object' && rawAssessment !== null ? (rawAssessment as Record<string, unknown>) : {};
  const region = raw['region'];
  const code = typeof region === 'object' && region !== null ? (region as Record<string, unknown>)['code'] : undefined;
  const period = raw['period'];
  return {
    position: index + 1,
    ...(typeof code === 'string' ? { regionCode: code } : {}),
    ...(typeof period === 'number' && Number.isFinite(period) ? { period } : {}),
    ...extra,
  };
}

/** Formats a path like `evidence[0].title` from zod path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}
