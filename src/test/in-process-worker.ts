/**
 * The storage worker (src/storage/worker/) run in the test's own thread: the page's side talks
 * to the real worker logic over a port that structured-clones every message and delivers it in a
 * later task, in order, as a worker's messages are.
 */
import { createAnswerService } from '../storage/worker/answer-service';
import type { FromWorker, ToWorker, WorkerPort } from '../storage/worker/protocol';

export interface InProcessWorker extends WorkerPort {
  /** Messages the page posted, in order. */
  readonly posted: ToWorker[];
  readonly terminated: () => boolean;
}

export function inProcessStorageWorker(): InProcessWorker {
  let stopped = false;
  const posted: ToWorker[] = [];
  const port: InProcessWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    posted,
    terminated: () => stopped,
    postMessage: (message) => {
      const copy = structuredClone(message);
      posted.push(copy);
      setTimeout(() => {
        if (!stopped) handle(copy);
      }, 0);
    },
    terminate: () => {
      stopped = true;
    },
  };
  const handle = createAnswerService((message: FromWorker) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!stopped) port.onmessage?.(new MessageEvent('message', { data: copy }));
    }, 0);
  }, () => performance.timeOrigin + performance.now());
  return port;
}
