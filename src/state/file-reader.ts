/**
 * Opens a file the user picked, as the kind the screen expects: size first (before reading a
 * byte, `File.size`), then reading, parsing and every check in a Web Worker
 * (`file-reader.worker.ts`, the only code that loads zod), reporting the step. For a valid
 * exchange file the worker also plans the import and keeps the plan: the page receives only the
 * preview rows it shows (more on request) and, on "Impor", sends the decisions back; the worker writes and reports
 * progress (`file-session.ts`). Cancelling stops the worker; before "Impor" nothing has been
 * written. Reading never rejects for a bad file: a failure of the browser or the worker is a
 * refusal ("unreadable"); it rejects with a `StorageError` only when the local list cannot be read.
 */
import { MAX_IMPORT_BYTES } from '../domain/exchange/format';
import { checkFileSize } from '../domain/exchange/read-json';
import type { FileKind } from '../domain/files/file-kinds';
import { unreadable } from '../domain/files/file-kinds';
import type { ParseWorkPackageResult } from '../domain/planning/work-package-file';
import { MAX_WORK_PACKAGE_BYTES } from '../domain/planning/work-package-format';
import type { RegionCatalog } from '../domain/regions/parse-catalog';
import type { ImportPreviewRow } from '../domain/exchange/plan-import';
import type { ImportRepository } from '../storage/exchange-repo';
import { StorageError } from '../storage/errors';
import type { ApplyRequest, ApplyResponse, ExchangePreview, SessionFailure, SessionResponse } from './file-session';
import type { ParseVisitResult } from '../domain/visit/visit-file';
import { MAX_VISIT_PACKAGE_BYTES } from '../domain/visit/visit-format';

/** What a picked file offers (a `File` does). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface ReadProgress {
  readonly step: 'reading' | 'checking' | 'saving';
  /** Bytes read so far of `total` (reading, checking), or assessments written so far (saving). */
  readonly done: number;
  readonly total: number;
}

/** Page → worker: read a file. */
export interface WorkerRequest {
  readonly kind: FileKind;
  readonly file: PickedFile;
  readonly catalog?: RegionCatalog;
}

export type PageMessage =
  | { readonly type: 'read'; readonly request: WorkerRequest }
  | { readonly type: 'rows'; readonly offset: number }
  | { readonly type: 'apply'; readonly request: ApplyRequest };

/** Worker → page. */
export type WorkerMessage =
  | ({ readonly type: 'progress' } & ReadProgress)
  | { readonly type: 'done'; readonly response: SessionResponse }
  | { readonly type: 'failed'; readonly failure: SessionFailure }
  | { readonly type: 'rows'; readonly rows: readonly ImportPreviewRow[] }
  | { readonly type: 'applied'; readonly response: ApplyResponse };

/** A read under way: `result` resolves to the outcome, or null once cancelled. */
export interface FileRead<T> {
  readonly result: Promise<T | null>;
  /** Stops the reader (and forgets a planned import). */
  cancel(): void;
}

/** A read exchange file, which can then be imported (once its result is a valid preview). */
export interface ExchangeRead extends FileRead<ExchangePreview> {
  /** More preview rows from `offset` (a page; none once the reader has stopped). */
  rows(offset: number): Promise<readonly ImportPreviewRow[]>;
  apply(request: ApplyRequest, onProgress: (p: ReadProgress) => void): Promise<ApplyResponse>;
}

type RunnerRead = FileRead<SessionResponse> & Pick<ExchangeRead, 'apply' | 'rows'>;

/**
 * Runs one read; tests in Node, which has no Worker, inject one that runs the session inline
 * on `repository` (the worker opens its own connection and ignores it).
 */
export type FileRunner = (request: WorkerRequest, onProgress: (p: ReadProgress) => void, repository: () => Promise<ImportRepository>) => RunnerRead;

/** What `apply` answers once the reader has stopped. */
const STOPPED: ApplyResponse = { ok: false, kind: 'unknown', message: 'The file reader has stopped; read the file again.' };

const workerRunner: FileRunner = (request, onProgress) => {
  let settle: (response: SessionResponse | null) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const result = new Promise<SessionResponse | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./file-reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return refused(unreadable(request.kind));
  }
  let applying: { readonly done: (r: ApplyResponse) => void; readonly onProgress: (p: ReadProgress) => void } | null = null;
  // Row requests are answered in order.
  const fetching: ((rows: readonly ImportPreviewRow[]) => void)[] = [];
  const stop = () => {
    worker?.terminate();
    worker = null;
    settle(null);
    applying?.done(STOPPED);
    applying = null;
    for (const done of fetching.splice(0)) done([]);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') (message.step === 'saving' ? applying?.onProgress : onProgress)?.(message);
    else if (message.type === 'failed') {
      fail(new StorageError(message.failure.kind, message.failure.message));
      stop();
    } else if (message.type === 'rows') fetching.shift()?.(message.rows);
    else if (message.type === 'applied') {
      applying?.done(message.response);
      applying = null;
    } else {
      settle(message.response);
      // Only a valid exchange file keeps the worker (and its plan) for the import.
      if (message.response.kind !== 'exchange' || !message.response.result.ok) stop();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(unreadable(request.kind));
    stop();
  };
  worker.onmessageerror = () => {
    settle(unreadable(request.kind));
    stop();
  };
  onProgress({ step: 'reading', done: 0, total: request.file.size });
  worker.postMessage({ type: 'read', request } satisfies PageMessage);
  const apply: RunnerRead['apply'] = (next, onApplyProgress) => new Promise((done) => {
    if (!worker || applying) return done(STOPPED);
    applying = { done, onProgress: onApplyProgress };
    worker.postMessage({ type: 'apply', request: next } satisfies PageMessage);
  });
  const rows: RunnerRead['rows'] = (offset) => new Promise((done) => {
    if (!worker) return done([]);
    fetching.push(done);
    worker.postMessage({ type: 'rows', offset } satisfies PageMessage);
  });
  return { result, cancel: stop, apply, rows };
};

let runner: FileRunner = workerRunner;

/** Tests replace the worker (null restores it).
 * @internal Test seam: unit tests inject a fake here.
 */
export function setFileRunner(next: FileRunner | null): void {
  runner = next ?? workerRunner;
}

function refused<T>(result: T): FileRead<T> & Pick<ExchangeRead, 'apply' | 'rows'> {
  return { result: Promise.resolve(result), cancel: () => undefined, apply: () => Promise.resolve(STOPPED), rows: () => Promise.resolve([]) };
}

/**
 * Reads an exchange file (export or backup) within `MAX_IMPORT_BYTES` and plans its import
 * against the assessments in `repository` (used inline in tests; the worker opens its own).
 */
export function readExchangeFile(
  file: PickedFile,
  catalog: RegionCatalog,
  repository: () => Promise<ImportRepository>,
  onProgress: (p: ReadProgress) => void = () => undefined,
): ExchangeRead {
  const tooLarge = checkFileSize(file.size, MAX_IMPORT_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge], omitted: 0 });
  const read = runner({ kind: 'exchange', file, catalog }, onProgress, repository);
  const other = unreadable('exchange').result;
  return { ...read, result: read.result.then((r) => (r === null ? null : r.kind === 'exchange' ? r.result : other)) };
}

/** Reads an OPD work-package file within `MAX_WORK_PACKAGE_BYTES`. */
export function readWorkPackageFile(file: PickedFile, onProgress: (p: ReadProgress) => void = () => undefined): FileRead<ParseWorkPackageResult> {
  const tooLarge = checkFileSize(file.size, MAX_WORK_PACKAGE_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge] });
  const read = runner({ kind: 'workPackage', file }, onProgress, () => Promise.reject(new StorageError('unknown', 'A work package plans no import.')));
  const other = unreadable('workPackage').result;
  return { result: read.result.then((r) => (r === null ? null : r.kind === 'workPackage' ? r.result : other)), cancel: read.cancel };
}

/** Reads a visit package (paket studi banding) within `MAX_VISIT_PACKAGE_BYTES`. */
export function readVisitPackageFile(file: PickedFile, catalog: RegionCatalog, onProgress: (p: ReadProgress) => void = () => undefined): FileRead<ParseVisitResult> {
  const tooLarge = checkFileSize(file.size, MAX_VISIT_PACKAGE_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge] });
  const read = runner({ kind: 'visitPackage', file, catalog }, onProgress, () => Promise.reject(new StorageError('unknown', 'A visit package plans no import.')));
  const other = unreadable('visitPackage').result;
  return { result: read.result.then((r) => (r === null ? null : r.kind === 'visitPackage' ? r.result : other)), cancel: read.cancel };
}
