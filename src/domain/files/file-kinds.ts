/**
 * The file kinds a user can open and the messages between the page and the file reader worker.
 * Kept apart from the readers (`read-file.ts`) so the page can name them without loading zod.
 */
import type { ParseResult } from '../exchange/parse-import';
import type { ParseWorkPackageResult } from '../planning/work-package-file';
import type { RegionCatalog } from '../regions/parse-catalog';
import type { ParseVisitResult } from '../visit/visit-file';

/** The kinds of file the app opens: exchange files (exports, backups), OPD work packages and visit packages. */
export type FileKind = 'exchange' | 'workPackage' | 'visitPackage';

export type ReadRequest =
  | { readonly kind: 'exchange'; readonly text: string; readonly catalog: RegionCatalog }
  | { readonly kind: 'workPackage'; readonly text: string }
  | { readonly kind: 'visitPackage'; readonly text: string; readonly catalog: RegionCatalog };

export type ReadResponse =
  | { readonly kind: 'exchange'; readonly result: ParseResult }
  | { readonly kind: 'workPackage'; readonly result: ParseWorkPackageResult }
  | { readonly kind: 'visitPackage'; readonly result: ParseVisitResult };

/** A refusal of any kind (what `unreadable` returns). */
export type RefusedResponse =
  | { readonly kind: 'exchange'; readonly result: Extract<ParseResult, { ok: false }> }
  | { readonly kind: 'workPackage'; readonly result: Extract<ParseWorkPackageResult, { ok: false }> }
  | { readonly kind: 'visitPackage'; readonly result: Extract<ParseVisitResult, { ok: false }> };

/** The refusal of a file that could not be read at all (the browser failed, or the reader did). */
export function unreadable<K extends FileKind>(kind: K): Extract<RefusedResponse, { kind: K }>;
export function unreadable(kind: FileKind): RefusedResponse {
  if (kind === 'exchange') return { kind, result: { ok: false, errors: [{ code: 'unreadable' }], omitted: 0 } };
  return { kind, result: { ok: false, errors: [{ code: 'unreadable' }] } };
}
