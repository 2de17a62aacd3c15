/**
 * Web Worker that reads a file the user picked, off the main thread: the page stays responsive
 * while a 24 MB backup is decoded, parsed, checked, planned and, on "Impor", written
 * (`file-session.ts`). Started by `file-reader.ts`. Reports progress while reading and writing,
 * then the result (never throws: a bad file is a refusal, a storage failure a `failed` message).
 */
import type { ReadRequest } from '../domain/files/file-kinds';
import { unreadable } from '../domain/files/file-kinds';
import type { ImportRepository } from '../storage/exchange-repo';
import { openImportRepository } from '../storage/exchange-repo';
import type { PageMessage, WorkerMessage, WorkerRequest } from './file-reader';
import { createFileSession, failureOf } from './file-session';

interface Scope {
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as Scope;
/** Progress is posted at most once per this many bytes. */
const PROGRESS_STEP = 1024 * 1024;
/**
 * Writing progress is posted at most once per this many ms: each message re-renders the page's
 * import section and repaints it (tens of ms on a slow phone), work that would otherwise compete
 * with the write it reports and delay the page's handling of its end. 4 updates a second still
 * move the bar (which shows after 0.5 s) smoothly enough.
 */
const SAVING_PROGRESS_MS = 250;

let connection: Promise<ImportRepository> | null = null;
const session = createFileSession(() => (connection ??= openImportRepository()));

async function readText(file: Blob): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let reported = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (done - reported >= PROGRESS_STEP) {
      reported = done;
      scope.postMessage({ type: 'progress', step: 'reading', done, total: file.size });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function read({ kind, file, catalog }: WorkerRequest): Promise<void> {
  let text: string;
  try {
    // Structured clone turns the page's File into a File here.
    text = await readText(file as unknown as Blob);
  } catch {
    return scope.postMessage({ type: 'done', response: unreadable(kind) });
  }
  scope.postMessage({ type: 'progress', step: 'checking', done: file.size, total: file.size });
  const request: ReadRequest = (kind === 'exchange' || kind === 'visitPackage') && catalog ? { kind, text, catalog } : { kind: 'workPackage', text };
  try {
    scope.postMessage({ type: 'done', response: await session.read(request) });
  } catch (e) {
    scope.postMessage({ type: 'failed', failure: failureOf(e) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'read') {
    void read(message.request);
    return;
  }
  if (message.type === 'rows') {
    scope.postMessage({ type: 'rows', rows: session.rows(message.offset) });
    return;
  }
  let posted = -Infinity;
  void session
    .apply(message.request, (done, total) => {
      const now = performance.now();
      if (now - posted < SAVING_PROGRESS_MS) return;
      posted = now;
      scope.postMessage({ type: 'progress', step: 'saving', done, total });
    })
    .then((response) => scope.postMessage({ type: 'applied', response }));
};
