/**
 * The storage worker: writes the answers of clicks off the page's main thread, so a commit never
 * waits behind the click's render (`answer-service.ts`; started by `answer-client.ts`).
 */
import { createAnswerService } from './answer-service';
import type { FromWorker, ToWorker } from './protocol';

interface Scope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as Scope;
const handle = createAnswerService((message) => scope.postMessage(message), () => performance.timeOrigin + performance.now());
scope.onmessage = (event) => handle(event.data);
