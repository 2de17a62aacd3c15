/**
 * Test double of the Web Locks `LockManager` (exclusive mode only), for unit tests of code that
 * uses `tab-lock.ts`: one instance stands for all tabs of an origin. Follows the spec where it
 * matters here: callbacks run asynchronously; `ifAvailable` gets `null` when the lock is held or
 * queued; `signal` removes a queued request (rejecting with AbortError); `steal` takes the lock
 * at once and rejects the previous holder's request with AbortError. Not used by the app.
 */
import type { LockManagerLike } from './tab-lock';

interface Request {
  readonly name: string;
  readonly callback: (lock: Lock | null) => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

const abortError = () => new DOMException('The lock request was aborted.', 'AbortError');

export class FakeLockManager implements LockManagerLike {
  private readonly held = new Map<string, Request>();
  private readonly queues = new Map<string, Request[]>();

  /** Names currently held (for assertions). */
  heldNames(): string[] {
    return [...this.held.keys()];
  }

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const request: Request = { name, callback, resolve, reject };
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      if (options.steal) {
        const previous = this.held.get(name);
        this.held.delete(name);
        previous?.reject(abortError());
        return this.grant(request);
      }
      const isFree = !this.held.has(name) && queue.length === 0;
      if (options.ifAvailable && !isFree) {
        return void Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject);
      }
      if (isFree) return this.grant(request);
      queue.push(request);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(request);
        if (at < 0) return;
        queue.splice(at, 1);
        reject(abortError());
      });
    });
  }

  private grant(request: Request): void {
    this.held.set(request.name, request);
    const lock = { name: request.name, mode: 'exclusive' } as const satisfies Lock;
    void Promise.resolve()
      .then(() => request.callback(lock))
      .then(
        (value) => this.finish(request, () => request.resolve(value)),
        (e: unknown) => this.finish(request, () => request.reject(e)),
      );
  }

  /** The callback's promise settled: release the lock (unless it was stolen) and grant the next. */
  private finish(request: Request, settle: () => void): void {
    if (this.held.get(request.name) !== request) return;
    this.held.delete(request.name);
    settle();
    const next = this.queues.get(request.name)?.shift();
    if (next) this.grant(next);
  }
}
