import type { Evidence } from './types';
import { EVIDENCE_KINDS } from './types';

/** Limits shown to users in their language. Changing them never invalidates stored data. */
export const LIMITS = {
  periodMin: 2000,
  periodMax: 2100,
  noteMax: 2000,
  naReasonMax: 500,
  teamMax: 120,
  contactMax: 120,
  evidenceTitleMax: 200,
  evidenceReferenceMax: 300,
  evidenceUrlMax: 2000,
  evidenceOwnerMax: 120,
  evidencePerAnswerMax: 20,
} as const;

/** Error codes; the UI maps each to a message in the current language. */
export type ValidationCode =
  | 'required'
  | 'unknown_region'
  | 'period_range'
  | 'period_not_integer'
  | 'too_long'
  | 'url_scheme'
  | 'url_no_host'
  | 'url_invalid'
  | 'date_invalid'
  | 'kind_invalid'
  | 'duplicate_period'
  | 'too_many';

export interface FieldError {
  readonly code: ValidationCode;
  /** The limit or value the message talks about (e.g. the maximum length). */
  readonly limit?: number;
  readonly length?: number;
}

export type FieldErrors<K extends string> = Partial<Record<K, FieldError>>;

/** Checks a text's length; `undefined` when within `max`. */
export function checkLength(value: string, max: number): FieldError | undefined {
  return value.length > max ? { code: 'too_long', limit: max, length: value.length } : undefined;
}

/** Parses a period typed by a user: an integer year in 2000–2100. */
export function checkPeriod(raw: string): FieldError | undefined {
  const text = raw.trim();
  if (text === '') return { code: 'required' };
  if (!/^-?\d+$/.test(text)) return { code: 'period_not_integer' };
  const year = Number(text);
  if (year < LIMITS.periodMin || year > LIMITS.periodMax) return { code: 'period_range' };
  return undefined;
}

export interface NewAssessmentInput {
  readonly regionCode: string;
  readonly period: string;
  readonly team: string;
  readonly contact: string;
}

/**
 * Validates the "new assessment" form. `isKnownRegion` tells whether a code is one of the 514
 * kabupaten/kota; `existing` lists region+period pairs already assessed (one assessment per
 * region and period keeps benchmarks unambiguous).
 */
export function validateNewAssessment(
  input: NewAssessmentInput,
  isKnownRegion: (code: string) => boolean,
  existing: readonly { regionCode: string; period: number }[],
): FieldErrors<keyof NewAssessmentInput> {
  const errors: FieldErrors<keyof NewAssessmentInput> = {};
  const code = input.regionCode.trim();
  if (code === '') errors.regionCode = { code: 'required' };
  else if (!isKnownRegion(code)) errors.regionCode = { code: 'unknown_region' };
  const periodError = checkPeriod(input.period);
  if (periodError) errors.period = periodError;
  else if (existing.some((e) => e.regionCode === code && e.period === Number(input.period.trim()))) {
    errors.period = { code: 'duplicate_period' };
  }
  const team = checkLength(input.team.trim(), LIMITS.teamMax);
  if (team) errors.team = team;
  const contact = checkLength(input.contact.trim(), LIMITS.contactMax);
  if (contact) errors.contact = contact;
  return errors;
}

/** Reason for "Tidak relevan": required (non-blank) and at most `naReasonMax` characters. */
export function validateNaReason(reason: string): FieldError | undefined {
  if (reason.trim() === '') return { code: 'required' };
  return checkLength(reason, LIMITS.naReasonMax);
}

export function validateNote(note: string): FieldError | undefined {
  return checkLength(note, LIMITS.noteMax);
}

/** Only absolute http(s) links are accepted (no javascript:, file:, data: …). */
export function checkUrl(raw: string): FieldError | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const tooLong = checkLength(text, LIMITS.evidenceUrlMax);
  if (tooLong) return tooLong;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    if (/^https?:/i.test(text)) return { code: 'url_no_host' };
    return /^[a-z][a-z0-9+.-]*:/i.test(text) ? { code: 'url_scheme' } : { code: 'url_invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { code: 'url_scheme' };
  if (url.hostname === '') return { code: 'url_no_host' };
  return undefined;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function checkIsoDate(raw: string): FieldError | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { code: 'date_invalid' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const ok = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return ok ? undefined : { code: 'date_invalid' };
}

export type EvidenceDraft = { -readonly [K in keyof Omit<Evidence, 'id'>]-?: string };

export function validateEvidence(draft: EvidenceDraft): FieldErrors<keyof EvidenceDraft> {
  const errors: FieldErrors<keyof EvidenceDraft> = {};
  if (!(EVIDENCE_KINDS as readonly string[]).includes(draft.kind)) errors.kind = { code: 'kind_invalid' };
  if (draft.title.trim() === '') errors.title = { code: 'required' };
  else {
    const e = checkLength(draft.title.trim(), LIMITS.evidenceTitleMax);
    if (e) errors.title = e;
  }
  const ref = checkLength(draft.reference.trim(), LIMITS.evidenceReferenceMax);
  if (ref) errors.reference = ref;
  const url = checkUrl(draft.url);
  if (url) errors.url = url;
  const date = checkIsoDate(draft.date);
  if (date) errors.date = date;
  const owner = checkLength(draft.ownerOpd.trim(), LIMITS.evidenceOwnerMax);
  if (owner) errors.ownerOpd = owner;
  return errors;
}

export function hasErrors(errors: Partial<Record<string, FieldError>>): boolean {
  return Object.values(errors).some((e) => e !== undefined);
}
