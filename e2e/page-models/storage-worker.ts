import { expect } from '@playwright/test';
import type { Page, Worker } from '@playwright/test';

declare global {
  // The worker's global scope, seen from a test (`worker.evaluate`).
  var __failWrites: boolean | undefined;
}

/**
 * The app's storage worker (src/storage/worker/), which writes the answers of clicks: a test that
 * needs to change how IndexedDB behaves for those writes patches it here, not in the page.
 */
export class StorageWorkerModel {
  constructor(private readonly page: Page) {}

  /** The worker of the current page, once it has started. */
  async worker(): Promise<Worker> {
    const find = () => this.page.workers().find((w) => w.url().includes('storage.worker'));
    await expect.poll(() => find() !== undefined, { message: 'the storage worker started' }).toBe(true);
    return find() as Worker;
  }

  /** From now on every `IDBObjectStore.put` in the worker throws a QuotaExceededError (a full disk), or stops doing so. */
  async failWrites(fail: boolean): Promise<void> {
    const worker = await this.worker();
    await worker.evaluate((on) => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { __realPut?: IDBObjectStore['put'] };
      const put = (proto.__realPut ??= proto.put);
      proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (globalThis.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
      globalThis.__failWrites = on;
    }, fail);
  }
}
