/**
 * The page's side of the storage worker: posts each answer to the worker inside the click
 * handler (before React renders) and settles when the worker reports the commit or the refusal.
 *
 * If the worker cannot start (no `Worker`, a script that fails to load, a database it cannot
 * open), the answers are written on the page instead (`fallback`), those already posted included:
 * the worker wrote none of them. After a `closed` report (another tab upgrades the database) later
 * saves reject with `unavailable`, as the page's own connection does.
 */
import type { Answer } from '../../domain/assessment/types';
import type { KnownAssessment } from '../answer-write';
import { StorageError, toStorageError } from '../errors';
import type { FromWorker, WorkerPort } from './protocol';

type SaveKnown = (answer: Answer, known: KnownAssessment) => Promise<void>;

export interface AnswerWriter {
  readonly save: SaveKnown;
  /** Stops the worker; saves still pending reject with `unavailable`. */
  close(): void;
}

interface Pending {
  readonly answer: Answer;
  readonly known: KnownAssessment;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/** Starts the storage worker of this build (a module worker). */
export function startStorageWorker(): WorkerPort {
  return new Worker(new URL('./storage.worker.ts', import.meta.url), { type: 'module' }) as WorkerPort;
}

/** Where the worker opens its own connection: the page's database name and version. */
interface WorkerTarget {
  readonly dbName: string;
  readonly version: number;
}

/** Connects to the worker `start` returns (on the page's database), writing with `fallback` without one. */
export function connectAnswerWorker(start: (() => WorkerPort) | undefined, target: WorkerTarget, fallback: SaveKnown): AnswerWriter {
  const pending = new Map<number, Pending>();
  let seq = 0;
  let closedReason: string | undefined;
  let port: WorkerPort | null = null;

  const settle = (n: number): Pending | undefined => {
    const p = pending.get(n);
    pending.delete(n);
    return p;
  };
  /** The worker wrote none of the pending answers: write them here, in order. */
  const giveUp = () => {
    port?.terminate();
    port = null;
    for (const p of pending.values()) fallback(p.answer, p.known).then(p.resolve, p.reject);
    pending.clear();
  };
  const onMessage = (message: FromWorker) => {
    if (message.type === 'saved') {
      settle(message.seq)?.resolve();
      // The commit on the page's clock, for traces (DevTools' timings track, the benchmark's check).
      performance.mark('siap-cerdas:answer-stored', { startTime: Math.max(0, message.committedAt - performance.timeOrigin) });
    } else if (message.type === 'failed') settle(message.seq)?.reject(new StorageError(message.kind, message.message));
    else if (message.type === 'unusable') giveUp();
    else closedReason ??= message.message;
  };

  try {
    if (!start) throw new Error('No worker here.');
    port = start();
    port.onmessage = (event) => onMessage(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    port.onmessageerror = giveUp;
    port.postMessage({ type: 'open', ...target });
  } catch {
    giveUp();
  }

  const save: SaveKnown = (answer, known) => {
    if (closedReason !== undefined) return Promise.reject(new StorageError('unavailable', closedReason));
    const worker = port;
    if (!worker) return fallback(answer, known);
    return new Promise<void>((resolve, reject) => {
      seq += 1;
      try {
        worker.postMessage({ type: 'save', seq, answer, known });
        pending.set(seq, { answer, known, resolve, reject });
      } catch (e) {
        reject(toStorageError(e));
      }
    });
  };
  return {
    save,
    close: () => {
      closedReason ??= 'The repository was closed.';
      port?.terminate();
      port = null;
      for (const p of pending.values()) p.reject(new StorageError('unavailable', closedReason));
      pending.clear();
    },
  };
}
