/**
 * Reads an exchange file: size, JSON (the tolerant reader, `read-json.ts`), format and version, integrity hash, schema, then content
 * checks. All-or-nothing: any error rejects the whole file, with every problem found listed.
 */
import type { RegionCatalog } from '../regions/parse-catalog';
import type { VisitWorkspace } from '../visit/workspace';
import { checkContent } from './check-content';
import type { Sha256Hex } from './format';
import { FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES } from './format';
import type { ImportError } from './import-errors';
import { MAX_REPORTED_ERRORS } from './import-errors';
import { checkIntegrity } from './integrity';
import type { ImportedBundle } from './restore';
import { restoreAssessment } from './restore';
import { envelopeSchema } from './schema';
import { issueToError } from './zod-issues';
import { readJson } from './read-json';

export interface ImportContext {
  readonly sha256Hex: Sha256Hex;
  readonly catalog: RegionCatalog;
  /** Defaults to `MAX_IMPORT_BYTES`. */
  readonly maxBytes?: number;
}

export interface ParsedFile {
  readonly app: { readonly name: string; readonly version: string };
  readonly exportedAt: string;
}

export type ParseResult =
  | {
    readonly ok: true;
    readonly file: ParsedFile;
    readonly bundles: readonly ImportedBundle[];
    /** A full backup's studi-banding workspace, when it has one. */
    readonly visitWorkspace?: VisitWorkspace;
  }
  | { readonly ok: false; readonly errors: readonly ImportError[]; /** Errors beyond `MAX_REPORTED_ERRORS`. */ readonly omitted: number };

function fail(all: readonly ImportError[]): ParseResult {
  // One value can break two rules of the schema (1e308: not a safe integer, and above 5): say it once.
  const errors = [...new Map(all.map((e) => [JSON.stringify(e), e])).values()];
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS), omitted: Math.max(0, errors.length - MAX_REPORTED_ERRORS) };
}

/** Format name and version gate: a file that fails here is not examined further. */
function checkEnvelopeHead(raw: unknown): ImportError | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { code: 'wrong_format' };
  const { format, formatVersion } = raw as Record<string, unknown>;
  if (format !== FORMAT_NAME) return { code: 'wrong_format', ...(typeof format === 'string' ? { value: format.slice(0, 60) } : {}) };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { code: 'wrong_format', field: 'formatVersion' };
  }
  if (formatVersion > FORMAT_VERSION) return { code: 'newer_version', value: String(formatVersion), limit: FORMAT_VERSION };
  return undefined;
}

/**
 * Validates an exchange file's text and returns its assessments as domain objects, or every
 * problem found (up to `MAX_REPORTED_ERRORS`, each naming where it is). Scores in the file are
 * ignored; callers recompute them. Never throws for bad input.
 */
export async function parseImport(text: string, ctx: ImportContext): Promise<ParseResult> {
  const json = readJson(text, ctx.maxBytes ?? MAX_IMPORT_BYTES);
  if (!json.ok) return fail([json.error]);
  const headError = checkEnvelopeHead(json.value);
  if (headError) return fail([headError]);
  const raw = json.value as Record<string, unknown>;
  const errors: ImportError[] = [];
  const integrity = await checkIntegrity(raw, ctx.sha256Hex);
  if (integrity !== 'ok') errors.push({ code: integrity === 'missing' ? 'integrity_missing' : 'hash_mismatch' });
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return fail([...errors, ...parsed.error.issues.map((issue) => issueToError(issue, raw))]);
  errors.push(...checkContent(parsed.data.assessments, ctx.catalog));
  if (errors.length > 0) return fail(errors);
  if (parsed.data.assessments.length === 0) return fail([{ code: 'empty' }]);
  return {
    ok: true,
    file: { app: parsed.data.app, exportedAt: parsed.data.exportedAt },
    bundles: parsed.data.assessments.map(restoreAssessment),
    // Validated by the schema; unknown members dropped, optional ones absent (never undefined).
    ...(parsed.data.visitWorkspace ? { visitWorkspace: parsed.data.visitWorkspace as VisitWorkspace } : {}),
  };
}
