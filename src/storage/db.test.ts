import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAssessmentRepository } from './assessment-repo';
import { DB_VERSION, openDb, STORES } from './db';
import { DB_V1_DUMP, type DbDump } from './fixtures/db-v1';

let dbCounter = 0;
function uniqueDbName(): string {
  dbCounter += 1;
  return `siap-cerdas-db-test-${dbCounter}`;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Writes `dump` with plain idb, exactly as the app version that produced it would have. */
async function seedDb(name: string, dump: DbDump): Promise<void> {
  const db = await openDB(name, dump.version, {
    upgrade(database) {
      for (const [storeName, store] of Object.entries(dump.stores)) {
        const created = database.createObjectStore(storeName, { keyPath: keyPathOf(store.keyPath) });
        for (const index of store.indexes) created.createIndex(index.name, keyPathOf(index.keyPath));
      }
    },
  });
  const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
  for (const [storeName, store] of Object.entries(dump.stores)) {
    for (const record of store.records) void tx.objectStore(storeName).put(record);
  }
  await tx.done;
  db.close();
}

function keyPathOf(keyPath: string | readonly string[]): string | string[] {
  return typeof keyPath === 'string' ? keyPath : [...keyPath];
}

/** Stores and indexes of an open database, comparable with `toEqual`. */
function describeSchema(db: IDBPDatabase): Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries([...store.indexNames].map((i) => [i, store.index(i).keyPath]));
      return [name, { keyPath: store.keyPath, indexes }];
    }),
  );
}

/** What today's code must produce, whether the database is new or upgraded. */
const CURRENT_SCHEMA = {
  [STORES.assessments]: {
    keyPath: 'id',
    indexes: { 'by-updatedAt': 'updatedAt', 'by-region-period': ['regionCode', 'period'] },
  },
  [STORES.answers]: {
    keyPath: ['assessmentId', 'indicatorId'],
    indexes: { 'by-assessment': 'assessmentId' },
  },
};

async function readAll(name: string, store: string): Promise<unknown[]> {
  const db = await openDB(name);
  try {
    return await db.getAll(store);
  } finally {
    db.close();
  }
}

describe('openDb', () => {
  it('creates the current schema in a new database', async () => {
    const db = await openDb({ dbName: uniqueDbName() });
    expect(db.version).toBe(DB_VERSION);
    expect(describeSchema(db as unknown as IDBPDatabase)).toEqual(CURRENT_SCHEMA);
    db.close();
  });

  it('rejects with blocked while an older connection ignores the version change, and does not leak the late connection', async () => {
    const dbName = uniqueDbName();
    const stubborn = await openDB(dbName, 1); // no `blocking` handler: never closes itself

    await expect(openDb({ dbName, version: 2 })).rejects.toMatchObject({ name: 'StorageError', kind: 'blocked' });

    stubborn.close();
    const blockedCallback = vi.fn();
    const later = await openDB(dbName, 3, { blocked: blockedCallback });
    expect(blockedCallback).not.toHaveBeenCalled();
    later.close();
  });

  it('rejects with unavailable when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDb({ dbName: uniqueDbName() })).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

/**
 * One dump per DB version ever released, each the input of an "opening a database written by DB
 * version N" case below. When DB_VERSION goes up, the previous version needs its dump here.
 */
const DUMPS_BY_VERSION: Readonly<Record<number, DbDump>> = { 1: DB_V1_DUMP };

describe('database fixtures (guard)', () => {
  it('has a dump for every DB version up to the current one', () => {
    const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);
    expect(Object.keys(DUMPS_BY_VERSION).map(Number)).toEqual(versions);
    for (const v of versions) expect(DUMPS_BY_VERSION[v]?.version).toBe(v);
  });
});

describe('opening a database written by DB version 1', () => {
  it('keeps the schema and every record', async () => {
    // Given a database exactly as version 1 of the app left it
    const dbName = uniqueDbName();
    await seedDb(dbName, DB_V1_DUMP);
    const assessments = DB_V1_DUMP.stores['assessments']?.records ?? [];
    const answers = DB_V1_DUMP.stores['answers']?.records ?? [];

    // When today's code opens it and reads everything
    const repo = await openAssessmentRepository({ dbName });
    const list = await repo.list();
    const bundles = await Promise.all(list.map((s) => repo.get(s.assessment.id)));
    repo.close();

    // Then every assessment and answer survived, field for field
    const stripped = (record: Readonly<Record<string, unknown>>, ...keys: string[]) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
    expect(list.map((s) => s.assessment)).toEqual(
      [...assessments].sort((a, b) => String(b['updatedAt']).localeCompare(String(a['updatedAt']))).map((a) => stripped(a, 'schemaVersion')),
    );
    expect(bundles.flatMap((b) => Object.values(b?.answers ?? {}))).toHaveLength(answers.length);
    for (const answer of answers) {
      const bundle = bundles.find((b) => b?.assessment.id === answer['assessmentId']);
      expect(bundle?.answers[String(answer['indicatorId'])]).toStrictEqual(stripped(answer, 'schemaVersion', 'assessmentId'));
    }
    expect(list.map((s) => [s.assessment.id, s.answeredCount, s.naCount])).toEqual([
      ['sby-2026', 0, 0],
      ['smg-2025', 1, 1],
    ]);

    // And the stored schema is today's, with records at the current record version
    const db = await openDB(dbName);
    expect(describeSchema(db)).toEqual(CURRENT_SCHEMA);
    db.close();
    expect(await readAll(dbName, STORES.assessments)).toEqual(
      expect.arrayContaining(assessments.map((a) => ({ ...a, schemaVersion: 1 }))),
    );
    expect(await readAll(dbName, STORES.answers)).toEqual(expect.arrayContaining([...answers]));
  });
});
