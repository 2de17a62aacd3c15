/**
 * The envelope work packages and visit packages share (docs/work-package-format.md,
 * docs/studi-banding.md): the tolerant JSON reader, `format` and `formatVersion`, the SHA-256
 * integrity hash and the schema. Each kind then checks its own content. Never throws.
 */
import type { z } from 'zod/mini';
import type { Sha256Hex } from '../exchange/format';
import { MAX_REPORTED_ERRORS } from '../exchange/import-errors';
import { checkIntegrity } from '../exchange/integrity';
import { readJson } from '../exchange/read-json';
import type { PackageError } from './package-errors';
import { issueToPackageError } from './work-package-checks';

export interface PackageKind<T> {
  readonly format: string;
  /** The newest `formatVersion` this app reads. */
  readonly version: number;
  readonly maxBytes: number;
  readonly schema: z.ZodMiniType<T>;
  /** A refusal of the kind's own, checked on the raw JSON before the schema (e.g. a newer part version). */
  readonly checkRaw?: (raw: Readonly<Record<string, unknown>>) => PackageError | undefined;
}

/**
 * `ok`: the schema-valid data, with the envelope's problems so far (a missing or wrong hash), to
 * which the kind adds its content checks. Not `ok`: refused before the content could be read.
 */
export type EnvelopeRead<T> =
  | { readonly ok: true; readonly data: T; readonly errors: readonly PackageError[] }
  | { readonly ok: false; readonly errors: readonly PackageError[] };

/** A refusal listing every problem once (one value can break two schema rules), at most 50. */
export function refusal<E>(all: readonly E[]): { readonly ok: false; readonly errors: readonly E[] } {
  const errors = [...new Map(all.map((e) => [JSON.stringify(e), e])).values()];
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

function checkHead(raw: unknown, kind: PackageKind<unknown>): PackageError | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { code: 'wrong_format' };
  const { format, formatVersion } = raw as Record<string, unknown>;
  if (format !== kind.format) return { code: 'wrong_format' };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return { code: 'wrong_format' };
  if (formatVersion > kind.version) return { code: 'newer_version', version: formatVersion, supported: kind.version };
  return kind.checkRaw?.(raw as Record<string, unknown>);
}

/** Reads a package's envelope: size and JSON, format and version, hash, schema. */
export async function readEnvelope<T>(text: string, kind: PackageKind<T>, sha256Hex: Sha256Hex): Promise<EnvelopeRead<T>> {
  const json = readJson(text, kind.maxBytes);
  if (!json.ok) return refusal([json.error]);
  const headError = checkHead(json.value, kind);
  if (headError) return refusal([headError]);
  const raw = json.value as Record<string, unknown>;
  const errors: PackageError[] = [];
  const integrity = await checkIntegrity(raw, sha256Hex);
  if (integrity !== 'ok') errors.push({ code: integrity === 'missing' ? 'integrity_missing' : 'hash_mismatch' });
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) {
    // A missing or malformed `integrity` member is reported once, as integrity_missing.
    const issues = parsed.error.issues.filter((issue) => integrity === 'ok' || issue.path[0] !== 'integrity');
    return refusal([...errors, ...issues.map((issue) => issueToPackageError(issue, raw))]);
  }
  return { ok: true, data: parsed.data, errors };
}
