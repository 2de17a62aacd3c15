/**
 * Reading work-package files (written by `work-package-write.ts`): checks size, JSON (the
 * tolerant reader), format and version, hash, schema and content, and lists every problem; it
 * never throws. Runs in the file reader worker (`domain/files/read-file.ts`), the only place zod
 * is loaded.
 */
import type { Sha256Hex } from '../exchange/format';
import { restoreAnswer } from '../exchange/restore';
import type { PackageError } from './package-errors';
import type { PackageKind } from './package-envelope';
import { readEnvelope, refusal } from './package-envelope';
import { checkPackageContent } from './work-package-checks';
import type { ActionPlanPart, WorkPackage, WorkPackageSource } from './work-package-format';
import { ACTION_PART_VERSION, MAX_WORK_PACKAGE_BYTES, WORK_PACKAGE_FORMAT, WORK_PACKAGE_VERSION } from './work-package-format';
import type { AppInfo } from './work-package-write';
import type { ImportedWorkPackage } from './work-package-schema';
import { workPackageSchema } from './work-package-schema';

export type ParseWorkPackageResult =
  | { readonly ok: true; readonly pkg: WorkPackage; readonly app?: AppInfo }
  | { readonly ok: false; readonly errors: readonly PackageError[] };

/** A newer `actionPlan.partVersion` is refused before the schema (its shape may have changed). */
function checkPartVersion(raw: Readonly<Record<string, unknown>>): PackageError | undefined {
  const part = raw['actionPlan'];
  const version = typeof part === 'object' && part !== null ? (part as Record<string, unknown>)['partVersion'] : undefined;
  return typeof version === 'number' && version > ACTION_PART_VERSION ? { code: 'newer_part_version', version, supported: ACTION_PART_VERSION } : undefined;
}

const WORK_PACKAGE: PackageKind<ImportedWorkPackage> = {
  format: WORK_PACKAGE_FORMAT, version: WORK_PACKAGE_VERSION, maxBytes: MAX_WORK_PACKAGE_BYTES, schema: workPackageSchema, checkRaw: checkPartVersion,
};

function restoreActionPlan(part: NonNullable<ImportedWorkPackage['actionPlan']>): ActionPlanPart {
  // JSON round trip: the strict form (optional fields absent, never undefined), as plan-transfer does.
  const { partVersion: _version, ...rest } = JSON.parse(JSON.stringify(part)) as typeof part;
  return rest as ActionPlanPart;
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
    ...(data.actionPlan ? { actionPlan: restoreActionPlan(data.actionPlan) } : {}),
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
  const read = await readEnvelope(text, WORK_PACKAGE, sha256Hex);
  if (!read.ok) return read;
  const errors = [...read.errors, ...checkPackageContent(read.data)];
  if (errors.length > 0) return refusal(errors);
  return { ok: true, pkg: restorePackage(read.data), ...(read.data.app ? { app: read.data.app } : {}) };
}
