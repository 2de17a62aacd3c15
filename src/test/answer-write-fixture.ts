/** Shared by the tests of the click's write (storage/answer-write.test.ts, storage/worker/). */
import { openDB } from 'idb';
import type { Answer, Assessment } from '../domain/assessment/types';

type RawStore = 'assessments' | 'answers' | 'summaries';

/** A record as stored, read around the repository. */
export async function rawGet(dbName: string, store: RawStore, key: IDBValidKey): Promise<unknown> {
  const db = await openDB(dbName);
  try {
    return await db.get(store, key);
  } finally {
    db.close();
  }
}

/** Writes a record around the repository (e.g. as a newer app would have). */
export async function rawPut(dbName: string, store: RawStore, value: unknown): Promise<void> {
  const db = await openDB(dbName);
  try {
    await db.put(store, value as never);
  } finally {
    db.close();
  }
}

export const draft: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal',
  status: 'draft', createdAt: '2026-01-10T08:00:00.000Z', updatedAt: '2026-01-10T08:00:00.000Z',
};
export const AT = '2026-02-02T10:00:00.000Z';
export const answer = (indicatorId: string, level: Answer['level']): Answer => ({ indicatorId, level, evidence: [], answeredAt: AT });
