/**
 * Messages between the page (`answer-client.ts`) and the storage worker (`storage.worker.ts`,
 * `answer-service.ts`). Everything is structured-cloned; errors travel as their kind and message.
 */
import type { Answer } from '../../domain/assessment/types';
import type { KnownAssessment } from '../answer-write';
import type { StorageErrorKind } from '../errors';

/** Page → worker. `open` comes first; each `save` has a number the answer carries back. */
export type ToWorker =
  /** Open `dbName` at `version`, the version the page's connection has. */
  | { readonly type: 'open'; readonly dbName: string; readonly version: number }
  | { readonly type: 'save'; readonly seq: number; readonly answer: Answer; readonly known: KnownAssessment };

/** Worker → page. */
export type FromWorker =
  /** Committed (strict); `committedAt` = `performance.timeOrigin + performance.now()` at `complete`. */
  | { readonly type: 'saved'; readonly seq: number; readonly committedAt: number }
  /** Refused or failed; nothing of it was committed. */
  | { readonly type: 'failed'; readonly seq: number; readonly kind: StorageErrorKind; readonly message: string }
  /** The worker could not open the database (or the page's version of it) and wrote nothing: the page writes instead. */
  | { readonly type: 'unusable'; readonly message: string }
  /** Another tab upgrades the database (or the browser closed it): the connection is closed. */
  | { readonly type: 'closed'; readonly message: string };

/** What the page needs of a `Worker` (a test passes an in-process one). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}
