import type { Page } from '@playwright/test';

type StoreName = 'assessments' | 'answers' | 'plans';

/**
 * Reads and writes the app's IndexedDB directly, bypassing the app: to seed records the app did
 * not write (e.g. from a newer version) and to check what is really stored. Run it on a page of
 * the app's origin; `robots.txt` is one that does not start the app.
 */
export class RawIndexedDb {
  constructor(private readonly page: Page, private readonly dbName = 'siap-cerdas') {}

  /** Opens a page of the app's origin that does not run the app (no lock, no writes). */
  async openQuietPage(): Promise<void> {
    await this.page.goto('./robots.txt');
  }

  async getAll(store: StoreName): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      ([dbName, storeName]) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          // Never create the database: an empty v1 database would stop the app from creating its stores.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => reject(new Error(`no database ${dbName}: ${String(open.error)}`));
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(storeName).objectStore(storeName).getAll();
            request.onsuccess = () => {
              db.close();
              resolve(request.result as Record<string, unknown>[]);
            };
            request.onerror = () => reject(new Error(String(request.error)));
          };
        }),
      [this.dbName, store] as const,
    );
  }

  /** Puts raw records into an existing database (opened by the app before). */
  async put(store: StoreName, records: readonly Record<string, unknown>[]): Promise<void> {
    await this.page.evaluate(
      ([dbName, storeName, values]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          // Never create the database: an empty v1 database would stop the app from creating its stores.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => reject(new Error(`no database ${dbName}: ${String(open.error)}`));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(storeName, 'readwrite');
            for (const value of values) tx.objectStore(storeName).put(value);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      [this.dbName, store, records] as const,
    );
  }
}
