/**
 * Web Worker that reads a file the user picked, off the main thread: the page stays responsive
 * while a 24 MB backup is decoded, parsed and checked. Started by `file-reader.ts`; the rules are
 * in `domain/files/read-file.ts`. Reports progress while reading, then the result (never throws:
 * a failure is a refusal).
 */
import type { ReadRequest } from '../domain/files/file-kinds';
import { unreadable } from '../domain/files/file-kinds';
import { readFileText } from '../domain/files/read-file';
import { sha256Hex } from '../lib/sha256';
import type { WorkerMessage, WorkerRequest } from './file-reader';

interface Scope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as Scope;
/** Progress is posted at most once per this many bytes. */
const PROGRESS_STEP = 1024 * 1024;

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

scope.onmessage = (event) => {
  const { kind, file, catalog } = event.data;
  void (async () => {
    try {
      // Structured clone turns the page's File into a File here.
      const text = await readText(file as unknown as Blob);
      scope.postMessage({ type: 'progress', step: 'checking', done: file.size, total: file.size });
      const request: ReadRequest = (kind === 'exchange' || kind === 'visitPackage') && catalog ? { kind, text, catalog } : { kind: 'workPackage', text };
      scope.postMessage({ type: 'done', response: await readFileText(request, sha256Hex) });
    } catch {
      scope.postMessage({ type: 'done', response: unreadable(kind) });
    }
  })();
};
