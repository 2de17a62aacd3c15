/**
 * The file kinds a user can open and the messages between the page and the file reader worker.
 * Kept apart from the readers (`read-file.ts`) so the page can name them without loading zod.
 */
import type { ParseResult } from '../exchange/parse-import';
import type { ParseWorkPackageResult } from '../planning/work-package-file';
import type { RegionCatalog } from '../regions/parse-catalog';

/** The kinds of file the app opens: exchange files (exports, backups) and OPD work packages. */
export type FileKind = 'exchange' | 'workPackage';

export type ReadRequest =
  | { readonly kind: 'exchange'; readonly text: string; readonly catalog: RegionCatalog }
  | { readonly kind: 'workPackage'; readonly text: string };

export type ReadResponse =
  | { readonly kind: 'exchange'; readonly result: ParseResult }
  | { readonly kind: 'workPackage'; readonly result: ParseWorkPackageResult };

/** A refusal of either kind (what `unreadable` returns). */
export type RefusedResponse =
  | { readonly kind: 'exchange'; readonly result: Extract<ParseResult, { ok: false }> }
  | { readonly kind: 'workPackage'; readonly result: Extract<ParseWorkPackageResult, { ok: false }> };

/** The refusal of a file that could not be read at all (the browser failed, or the reader did). */
export function unreadable<K extends FileKind>(kind: K): Extract<RefusedResponse, { kind: K }>;
export function unreadable(kind: FileKind): RefusedResponse {
  return kind === 'exchange'
    ? { kind, result: { ok: false, errors: [{ code: 'unreadable' }], omitted: 0 } }
    : { kind, result: { ok: false, errors: [{ code: 'unreadable' }] } };
}
