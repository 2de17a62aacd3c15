/**
 * The pure part of the file reader worker (`state/file-reader.worker.ts`): one entry for every
 * file kind a user can open. It runs the kind's reader (tolerant JSON first, then format, hash,
 * schema and content checks) and turns anything unexpected, even a thrown error, into a refusal:
 * nothing escapes to the page.
 */
import type { Sha256Hex } from '../exchange/format';
import { parseImport } from '../exchange/parse-import';
import { parseWorkPackage } from '../planning/work-package-file';
import { parseVisitPackage } from '../visit/visit-file';
import type { ReadRequest, ReadResponse } from './file-kinds';
import { unreadable } from './file-kinds';

/** Reads a file's text as its kind. Never rejects. */
export async function readFileText(request: ReadRequest, sha256Hex: Sha256Hex): Promise<ReadResponse> {
  try {
    if (request.kind === 'exchange') return { kind: 'exchange', result: await parseImport(request.text, { sha256Hex, catalog: request.catalog }) };
    if (request.kind === 'visitPackage') return { kind: 'visitPackage', result: await parseVisitPackage(request.text, sha256Hex, request.catalog) };
    return { kind: 'workPackage', result: await parseWorkPackage(request.text, sha256Hex) };
  } catch {
    return unreadable(request.kind);
  }
}
