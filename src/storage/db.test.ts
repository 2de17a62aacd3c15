import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAssessmentRepository } from './assessment-repo';
import { DB_VERSION, openDb, STORES } from './db';
import { DB_V1_DUMP, type DbDump } from './fixtures/db-v1';
import { DB_V2_DUMP } from './fixtures/db-v2';
import { DB_V3_DUMP } from './fixtures/db-v3';
import { openVisitRepository } from './visit-repo';
import { quickWinAction } from '../domain/planning/plan';

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
  [STORES.answerSets]: { keyPath: 'assessmentId', indexes: {} },
  [STORES.summaries]: { keyPath: 'assessmentId', indexes: {} },
  [STORES.plans]: { keyPath: 'assessmentId', indexes: {} },
  [STORES.visitWorkspace]: { keyPath: ['kind', 'id'], indexes: {} },
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
    const later = await openDB(dbName, DB_VERSION + 1, { blocked: blockedCallback });
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
const DUMPS_BY_VERSION: Readonly<Record<number, DbDump>> = { 1: DB_V1_DUMP, 2: DB_V2_DUMP, 3: DB_V3_DUMP };

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
    expect(await readAll(dbName, STORES.answerSets)).toEqual([]);
    expect(await readAll(dbName, STORES.plans)).toEqual([]);
  });

  it('computes the answer counts of existing data inside the upgrade, before any app code reads', async () => {
    // Given a v1 database with the dump's records and 400 more assessments (more than one
    // chunk of 150), with answers of every kind and orphan answers of a deleted assessment
    const dbName = uniqueDbName();
    await seedDb(dbName, withManyAssessments(DB_V1_DUMP, 400));

    // When today's code opens it (the upgrade runs) and nothing else happens
    (await openDb({ dbName })).close();

    // Then every assessment has its summary, counted from its answers, orphans ignored
    const summaries = (await readAll(dbName, STORES.summaries)) as { assessmentId: string }[];
    expect(summaries).toHaveLength(402);
    expect(summaries.find((s) => s.assessmentId === 'smg-2025')).toEqual({ assessmentId: 'smg-2025', answeredCount: 1, naCount: 1, schemaVersion: 1 });
    expect(summaries.find((s) => s.assessmentId === 'sby-2026')).toEqual({ assessmentId: 'sby-2026', answeredCount: 0, naCount: 0, schemaVersion: 1 });
    for (let i = 0; i < 400; i++) {
      expect(summaries.find((s) => s.assessmentId === manyId(i))).toEqual({ assessmentId: manyId(i), ...expectedCounts(i), schemaVersion: 1 });
    }
  });

  it('aborts the whole upgrade when writing the counts fails, leaving the v1 database as it was', async () => {
    // Given a v1 database
    const dbName = uniqueDbName();
    await seedDb(dbName, DB_V1_DUMP);
    // When the upgrade cannot write a summary (e.g. the disk is full)
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === STORES.summaries) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    // Then opening fails and the database is still version 1 with its stores and records
    await expect(openDb({ dbName })).rejects.toBeDefined();
    vi.restoreAllMocks();
    const db = await openDB(dbName);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual([STORES.answers, STORES.assessments]);
    db.close();
    expect(await readAll(dbName, STORES.answers)).toHaveLength(DB_V1_DUMP.stores['answers']?.records.length ?? -1);
  });
});

const manyId = (i: number) => `many-${String(i).padStart(3, '0')}`;
const levelOf = (i: number, k: number): unknown => [0, 1, 2, 3, 4, 5, 'NA', null][(i + k) % 8];

/** Answers k = 0 … (i % 9) of assessment i: levels cycle through 0–5, 'NA' and null. */
function expectedCounts(i: number): { answeredCount: number; naCount: number } {
  const levels = Array.from({ length: i % 9 }, (_, k) => levelOf(i, k));
  return { answeredCount: levels.filter((l) => typeof l === 'number').length, naCount: levels.filter((l) => l === 'NA').length };
}

/** `dump` plus `count` assessments with varied answers, and two orphan answers. */
function withManyAssessments(dump: DbDump, count: number): DbDump {
  const assessments = dump.stores['assessments'];
  const answers = dump.stores['answers'];
  if (!assessments || !answers) throw new Error('dump without assessments or answers');
  const extra = Array.from({ length: count }, (_, i) => ({ ...assessments.records[0], id: manyId(i), period: 2000 + (i % 100) }));
  const extraAnswers = Array.from({ length: count }, (_, i) =>
    Array.from({ length: i % 9 }, (_, k) => ({ assessmentId: manyId(i), indicatorId: `GOV.1.${k + 1}`, level: levelOf(i, k), evidence: [], schemaVersion: 1 })),
  ).flat();
  const orphans = [3, 'NA'].map((level, k) => ({ assessmentId: 'deleted', indicatorId: `GOV.1.${k + 1}`, level, evidence: [], schemaVersion: 1 }));
  return {
    ...dump,
    stores: {
      ...dump.stores,
      assessments: { ...assessments, records: [...assessments.records, ...extra] },
      answers: { ...answers, records: [...answers.records, ...extraAnswers, ...orphans] },
    },
  };
}

describe('opening a database written by DB version 2', () => {
  it('keeps the schema and reads answer sets overlaid by answer records, counts and plans', async () => {
    // Given a database exactly as version 2 of the app left it
    const dbName = uniqueDbName();
    await seedDb(dbName, DB_V2_DUMP);

    // When today's code opens it and reads everything
    const repo = await openAssessmentRepository({ dbName });
    const list = await repo.list();
    const master = await repo.get('cbn-2026');
    const copy = await repo.get('cbn-2026-dinkes');
    const plan = await repo.getPlan('cbn-2026');
    repo.close();

    // Then the answer records win over the set's entries, and nothing is lost
    expect(list.map((s) => [s.assessment.id, s.answeredCount, s.naCount])).toEqual([
      ['cbn-2026', 2, 1],
      ['cbn-2026-dinkes', 1, 0],
    ]);
    expect(master?.answers).toStrictEqual({
      'GOV.1.1': { indicatorId: 'GOV.1.1', level: 'NA', naReason: 'Belum ada', evidence: [] },
      'GOV.1.2': { indicatorId: 'GOV.1.2', level: 2, note: 'Dari berkas impor', evidence: [] },
      'ECO.1.1': { indicatorId: 'ECO.1.1', level: null, evidence: [] },
      'LIV.1.1': {
        indicatorId: 'LIV.1.1',
        level: 4,
        evidence: [],
        answeredAt: '2026-02-02T02:00:00.000Z',
        provenance: { opd: 'Dinas Kesehatan', packageId: 'wp-1', answeredAt: '2026-02-02T02:00:00.000Z', mergedAt: '2026-03-01T02:00:00.000Z' },
      },
    });
    expect(copy?.assessment.workPackage).toEqual({
      packageId: 'wp-1', opd: 'Dinas Kesehatan', sourceAssessmentId: 'cbn-2026', indicatorIds: ['LIV.1.1', 'LIV.1.2'], exportedAt: '2026-02-01T02:00:00.000Z',
    });
    const { schemaVersion: _v, quickWins: _q, ...storedPlan } = DB_V2_DUMP.stores['plans']?.records[0] ?? {};
    // A plan record of version 1: its roadmap comes back with every target and baseline "not recorded",
    // its quick win as a quick-win action (plan version 3).
    expect(plan).toStrictEqual({
      ...storedPlan,
      roadmap: { ...(storedPlan['roadmap'] as object), baseline: null },
      actions: [quickWinAction({ elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2027-06-30', chosenAt: '2026-03-01T02:00:00.000Z' })],
    });

    // And the stored schema is today's
    const db = await openDB(dbName);
    expect(describeSchema(db)).toEqual(CURRENT_SCHEMA);
    db.close();
  });
});

describe('opening a database written by DB version 2 (upgrade to v3)', () => {
  it('adds the empty studi-banding store, keeps every v2 record, and the store takes entries', async () => {
    // Given a database exactly as version 2 of the app left it
    const dbName = uniqueDbName();
    await seedDb(dbName, DB_V2_DUMP);

    // When today's code opens it: the workspace is empty, and a visit typed now is stored
    const visits = await openVisitRepository({ dbName });
    expect(await visits.load()).toEqual({ packages: [], drafts: {}, visits: {} });
    const lessons = { date: '2026-03-25', delegation: 'Bappeda', questions: null, lessons: 'Mal pelayanan publik', adoptions: {} };
    await visits.put({ kind: 'visit', id: 'cbn-2026|paket:p-1', value: lessons });

    // Then every v2 store holds exactly its records, and the schema is today's
    for (const [store, { records }] of Object.entries(DB_V2_DUMP.stores)) {
      expect(await readAll(dbName, store)).toHaveLength(records.length);
    }
    expect(await readAll(dbName, STORES.visitWorkspace)).toEqual([{ kind: 'visit', id: 'cbn-2026|paket:p-1', value: lessons, schemaVersion: 1 }]);
    const db = await openDB(dbName);
    expect(describeSchema(db)).toEqual(CURRENT_SCHEMA);
    db.close();
  });
});

describe('opening a database written by DB version 3', () => {
  it('reads the studi-banding workspace as stored', async () => {
    const dbName = uniqueDbName();
    await seedDb(dbName, DB_V3_DUMP);
    const visits = await openVisitRepository({ dbName });
    const ws = await visits.load();
    expect(ws.visits).toEqual({ 'cbn-2026|penilaian:smg-2025': DB_V3_DUMP.stores['visitWorkspace']?.records[0]?.['value'] });
    expect(ws.packages).toEqual([]);
  });
});
