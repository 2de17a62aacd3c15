/**
 * Reading work-package files (written by `work-package-write.ts`): checks size, JSON (the
 * tolerant reader), format and version, hash, schema and content, and lists every problem; it
 * never throws. Runs in the file reader worker (`domain/files/read-file.ts`), the only place zod
 * is loaded.
 */
import type { Sha256Hex } from '../exchange/format';
import { MAX_REPORTED_ERRORS } from '../exchange/import-errors';
import { checkIntegrity } from '../exchange/integrity';
import { readJson } from '../exchange/read-json';
import { restoreAnswer } from '../exchange/restore';
import type { PackageError } from './package-errors';
import { checkPackageContent, issueToPackageError } from './work-package-checks';
import type { WorkPackage, WorkPackageSource } from './work-package-format';
import { MAX_WORK_PACKAGE_BYTES, WORK_PACKAGE_FORMAT, WORK_PACKAGE_VERSION } from './work-package-format';
import type { AppInfo } from './work-package-write';
import type { ImportedWorkPackage } from './work-package-schema';
import { workPackageSchema } from './work-package-schema';

export type ParseWorkPackageResult =
  | { readonly ok: true; readonly pkg: WorkPackage; readonly app?: AppInfo }
  | { readonly ok: false; readonly errors: readonly PackageError[] };

function fail(all: readonly PackageError[]): ParseWorkPackageResult {
  // One value can break two rules of the schema (1e308: not a safe integer, and above 5): say it once.
  const errors = [...new Map(all.map((e) => [JSON.stringify(e), e])).values()];
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

function checkHead(raw: unknown): PackageError | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { code: 'wrong_format' };
  const { format, formatVersion } = raw as Record<string, unknown>;
  if (format !== WORK_PACKAGE_FORMAT) return { code: 'wrong_format' };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return { code: 'wrong_format' };
  if (formatVersion > WORK_PACKAGE_VERSION) return { code: 'newer_version', version: formatVersion, supported: WORK_PACKAGE_VERSION };
  return undefined;
}

function restorePackage(data: ImportedWorkPackage): WorkPackage {
  const { regionName, ...source } = data.source;
  const answers = Object.fromEntries(
    Object.keys(data.answers)
      .sort()
      .flatMap((id) => {
        const answer = data.answers[id];
        return answer ? [[id, restoreAnswer(id, answer)] as const] : [];
      }),
  );
  const base = {
    packageId: data.packageId,
    opd: data.opd,
    source: { ...source, ...(regionName !== undefined ? { regionName } : {}) } satisfies WorkPackageSource,
    indicatorIds: data.indicatorIds,
    exportedAt: data.exportedAt,
    answers,
  };
  return data.direction === 'to_coordinator' && data.returnedAt !== undefined
    ? { ...base, direction: 'to_coordinator', returnedAt: data.returnedAt }
    : { ...base, direction: 'to_opd' };
}

/**
 * Reads a work-package file. Refused (with every problem found, at most 50) when it is too large
 * (`too_large`), not JSON, refused by the tolerant reader (`too_deep`, `non_finite_number`,
 * `forbidden_key`, see `read-json.ts`), not a work package (`wrong_format`), from a newer app
 * (`newer_version`), without or not matching its hash (`integrity_missing`, `hash_mismatch`:
 * edited by hand or damaged), breaks the schema (`invalid`), or names an instrument, weight
 * profile or indicator this app does not know. Which side may open it, and into which
 * assessment, is checked afterwards (`checkReturnedPackage`, `openWorkPackage`).
 */
export async function parseWorkPackage(text: string, sha256Hex: Sha256Hex): Promise<ParseWorkPackageResult> {
  const json = readJson(text, MAX_WORK_PACKAGE_BYTES);
  if (!json.ok) return fail([json.error]);
  const headError = checkHead(json.value);
  if (headError) return fail([headError]);
  const raw = json.value as Record<string, unknown>;
  const errors: PackageError[] = [];
  const integrity = await checkIntegrity(raw, sha256Hex);
  if (integrity !== 'ok') errors.push({ code: integrity === 'missing' ? 'integrity_missing' : 'hash_mismatch' });
  const parsed = workPackageSchema.safeParse(raw);
  if (!parsed.success) {
    // A missing or malformed `integrity` member is reported once, as integrity_missing.
    const issues = parsed.error.issues.filter((issue) => integrity === 'ok' || issue.path[0] !== 'integrity');
    return fail([...errors, ...issues.map((issue) => issueToPackageError(issue, raw))]);
  }
  errors.push(...checkPackageContent(parsed.data));
  if (errors.length > 0) return fail(errors);
  return { ok: true, pkg: restorePackage(parsed.data), ...(parsed.data.app ? { app: parsed.data.app } : {}) };
}
