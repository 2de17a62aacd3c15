/**
 * Opens a file the user picked, as the kind the screen expects: size first (before reading a
 * byte, `File.size`), then reading, parsing and every check in a Web Worker
 * (`file-reader.worker.ts`, the only code that loads zod), reporting the step. Cancelling stops
 * the worker; nothing has been written at that point. Never rejects: a failure of the browser or
 * the worker is a refusal ("unreadable").
 */
import { MAX_IMPORT_BYTES } from '../domain/exchange/format';
import type { ParseResult } from '../domain/exchange/parse-import';
import { checkFileSize } from '../domain/exchange/read-json';
import type { FileKind, ReadResponse } from '../domain/files/file-kinds';
import { unreadable } from '../domain/files/file-kinds';
import type { ParseWorkPackageResult } from '../domain/planning/work-package-file';
import { MAX_WORK_PACKAGE_BYTES } from '../domain/planning/work-package-format';
import type { RegionCatalog } from '../domain/regions/parse-catalog';
import type { ParseVisitResult } from '../domain/visit/visit-file';
import { MAX_VISIT_PACKAGE_BYTES } from '../domain/visit/visit-format';

/** What a picked file offers (a `File` does). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

type ReadStep = 'reading' | 'checking';

export interface ReadProgress {
  readonly step: ReadStep;
  /** Bytes read so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

/** Page → worker. */
export interface WorkerRequest {
  readonly kind: FileKind;
  readonly file: PickedFile;
  readonly catalog?: RegionCatalog;
}

/** Worker → page. */
export type WorkerMessage =
  | ({ readonly type: 'progress' } & ReadProgress)
  | { readonly type: 'done'; readonly response: ReadResponse };

/** A read under way: `result` resolves to the outcome, or null once cancelled. */
export interface FileRead<T> {
  readonly result: Promise<T | null>;
  cancel(): void;
}

/** Runs one read; tests in Node, which has no Worker, inject one that reads inline. */
export type FileRunner = (request: WorkerRequest, onProgress: (p: ReadProgress) => void) => FileRead<ReadResponse>;

const workerRunner: FileRunner = (request, onProgress) => {
  let settle: (response: ReadResponse | null) => void = () => undefined;
  const result = new Promise<ReadResponse | null>((resolve) => (settle = resolve));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./file-reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { result: Promise.resolve(unreadable(request.kind)), cancel: () => undefined };
  }
  const finish = (response: ReadResponse | null) => {
    worker.terminate();
    settle(response);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else finish(message.response);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(unreadable(request.kind));
  };
  worker.onmessageerror = () => finish(unreadable(request.kind));
  onProgress({ step: 'reading', done: 0, total: request.file.size });
  worker.postMessage(request);
  return { result, cancel: () => finish(null) };
};

let runner: FileRunner = workerRunner;

/** Tests replace the worker (null restores it). */
export function setFileRunner(next: FileRunner | null): void {
  runner = next ?? workerRunner;
}

function mapRead<T>(read: FileRead<ReadResponse>, pick: (r: ReadResponse) => T): FileRead<T> {
  return { result: read.result.then((r) => (r === null ? null : pick(r))), cancel: read.cancel };
}

function refused<T>(result: T): FileRead<T> {
  return { result: Promise.resolve(result), cancel: () => undefined };
}

/** Reads an exchange file (export or backup) within `MAX_IMPORT_BYTES`. */
export function readExchangeFile(file: PickedFile, catalog: RegionCatalog, onProgress: (p: ReadProgress) => void = () => undefined): FileRead<ParseResult> {
  const tooLarge = checkFileSize(file.size, MAX_IMPORT_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge], omitted: 0 });
  const other: ParseResult = { ok: false, errors: [{ code: 'unreadable' }], omitted: 0 };
  return mapRead(runner({ kind: 'exchange', file, catalog }, onProgress), (r) => (r.kind === 'exchange' ? r.result : other));
}

/** Reads an OPD work-package file within `MAX_WORK_PACKAGE_BYTES`. */
export function readWorkPackageFile(file: PickedFile, onProgress: (p: ReadProgress) => void = () => undefined): FileRead<ParseWorkPackageResult> {
  const tooLarge = checkFileSize(file.size, MAX_WORK_PACKAGE_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge] });
  const other: ParseWorkPackageResult = { ok: false, errors: [{ code: 'unreadable' }] };
  return mapRead(runner({ kind: 'workPackage', file }, onProgress), (r) => (r.kind === 'workPackage' ? r.result : other));
}

/** Reads a visit package (paket studi banding) within `MAX_VISIT_PACKAGE_BYTES`. */
export function readVisitPackageFile(file: PickedFile, catalog: RegionCatalog, onProgress: (p: ReadProgress) => void = () => undefined): FileRead<ParseVisitResult> {
  const tooLarge = checkFileSize(file.size, MAX_VISIT_PACKAGE_BYTES);
  if (tooLarge) return refused({ ok: false, errors: [tooLarge] });
  const other: ParseVisitResult = { ok: false, errors: [{ code: 'unreadable' }] };
  return mapRead(runner({ kind: 'visitPackage', file, catalog }, onProgress), (r) => (r.kind === 'visitPackage' ? r.result : other));
}
