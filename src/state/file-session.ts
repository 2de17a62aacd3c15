/**
 * What the file reader worker does with a file, kept apart from the worker's messaging so tests
 * run the same code inline: read and check it (`domain/files/read-file.ts`); for a valid exchange
 * file, plan the import against the assessments stored here (conflicts, recomputed scores) and
 * keep that plan, handing the page only the preview rows it shows (a page at a time); then, on "Impor", resolve the user's
 * decisions and write the import (`storage/exchange-repo.ts`: one transaction, in slices). So a
 * 5,000-assessment file is parsed, scored and written without its assessments ever crossing to
 * the page's main thread.
 */
import type { ParsedFile } from '../domain/exchange/parse-import';
import type { ImportDecisions, ImportPlan, ImportPreviewRow, ImportSummary } from '../domain/exchange/plan-import';
import { isConflict, planImport, PREVIEW_PAGE, previewRow, resolveImport } from '../domain/exchange/plan-import';
import type { ReadRequest, RefusedResponse } from '../domain/files/file-kinds';
import { readFileText } from '../domain/files/read-file';
import type { ParseWorkPackageResult } from '../domain/planning/work-package-file';
import type { ParseVisitResult } from '../domain/visit/visit-file';
import { sha256Hex } from '../lib/sha256';
import type { ImportRepository } from '../storage/exchange-repo';
import type { StorageErrorKind } from '../storage/errors';
import { StorageError, toStorageError } from '../storage/errors';

/**
 * A valid exchange file as the preview shows it (its first `PREVIEW_PAGE` rows, with the counts
 * of all of them), or its refusal.
 */
export type ExchangePreview =
  | { readonly ok: true; readonly file: ParsedFile; readonly rows: readonly ImportPreviewRow[]; readonly total: number; readonly conflicts: number }
  | Extract<RefusedResponse, { kind: 'exchange' }>['result'];

export type SessionResponse =
  | { readonly kind: 'exchange'; readonly result: ExchangePreview }
  | { readonly kind: 'workPackage'; readonly result: ParseWorkPackageResult }
  | { readonly kind: 'visitPackage'; readonly result: ParseVisitResult };

/** The user's choices, with the new ids their "both" decisions need (`idsNeeded`) and the time. */
export interface ApplyRequest {
  readonly decisions: ImportDecisions;
  readonly ids: readonly string[];
  readonly now: string;
}

/** A storage failure as it crosses from the worker (a `StorageError` does not survive cloning). */
export interface SessionFailure {
  readonly kind: StorageErrorKind;
  readonly message: string;
}

export type ApplyResponse = { readonly ok: true; readonly summary: ImportSummary } | ({ readonly ok: false } & SessionFailure);

interface FileSession {
  /** Never rejects for a bad file; rejects with a `StorageError` when the local list cannot be read. */
  read(request: ReadRequest): Promise<SessionResponse>;
  /** Up to `PREVIEW_PAGE` preview rows of the planned import from `offset` (none when nothing is planned). */
  rows(offset: number): readonly ImportPreviewRow[];
  /** Writes the planned import all-or-nothing; `onProgress` hears assessments written of the total. */
  apply(request: ApplyRequest, onProgress: (done: number, total: number) => void): Promise<ApplyResponse>;
}

export function failureOf(e: unknown): SessionFailure {
  const { kind, message } = toStorageError(e);
  return { kind, message };
}

/** `repository` opens the connection the session plans and writes through (once, when first needed). */
export function createFileSession(repository: () => Promise<ImportRepository>): FileSession {
  let plan: ImportPlan | null = null;
  const rows = (offset: number) => (plan?.rows.slice(offset, offset + PREVIEW_PAGE) ?? []).map(previewRow);
  return {
    async read(request) {
      plan = null;
      const response = await readFileText(request, sha256Hex);
      if (response.kind !== 'exchange') return response;
      if (!response.result.ok) return { kind: 'exchange', result: response.result };
      const next = planImport(response.result.bundles, await (await repository()).listAssessments(), response.result.visitWorkspace);
      plan = next;
      const conflicts = next.rows.filter(isConflict).length;
      return { kind: 'exchange', result: { ok: true, file: response.result.file, rows: rows(0), total: next.rows.length, conflicts } };
    },
    rows,
    async apply({ decisions, ids, now }, onProgress) {
      try {
        if (!plan) throw new StorageError('unknown', 'No file has been read for this import.');
        const queue = [...ids];
        const newId = () => {
          const id = queue.shift();
          if (id === undefined) throw new StorageError('invalid', 'Not enough new ids for the import.');
          return id;
        };
        const { writes, summary } = resolveImport(plan, decisions, newId, now);
        await (await repository()).importAssessments(writes, onProgress);
        plan = null;
        return { ok: true, summary };
      } catch (e) {
        return { ok: false, ...failureOf(e) };
      }
    },
  };
}
