import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { DB_VERSION, STORES } from './db';
import { StorageError } from './errors';
import { openExchangeRepository } from './exchange-repo';

let dbCounter = 0;
/** A fresh database per test (fake-indexeddb is global, see src/test/setup.ts). */
function uniqueDbName(): string {
  dbCounter += 1;
  return `siap-cerdas-repo-test-${dbCounter}`;
}

const opened: AssessmentRepository[] = [];
async function openRepo(dbName: string, onVersionChange?: () => void): Promise<AssessmentRepository> {
  const repo = await openAssessmentRepository(onVersionChange ? { dbName, onVersionChange } : { dbName });
  opened.push(repo);
  return repo;
}

afterEach(() => {
  for (const repo of opened.splice(0)) {
    try {
      repo.close();
    } catch {
      // already closed by the test
    }
  }
});

function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a-1',
    regionCode: '33.74',
    period: 2026,
    instrumentVersion: 'gmsc-2026.1',
    weightProfileId: 'equal',
    status: 'draft',
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
    ...overrides,
  };
}

const fullAnswer: Answer = {
  indicatorId: 'GOV.1.1',
  level: 3,
  note: 'Masterplan disahkan 2019',
  answeredBy: 'Bappeda',
  answeredAt: '2026-01-11T09:00:00.000Z',
  evidence: [
    {
      id: 'ev-1',
      kind: 'regulasi',
      title: 'Perbup No. 107 Tahun 2019 tentang Masterplan Smart City',
      reference: 'S:\\SmartCity\\perbup-107-2019.pdf',
      url: 'https://jdih.example.go.id/perbup-107-2019',
      date: '2019-12-30',
      ownerOpd: 'Diskominfo',
    },
    { id: 'ev-2', kind: 'foto', title: 'Command center', reference: 'album 3' },
  ],
};
const naAnswer: Answer = { indicatorId: 'ENV.2.1', level: 'NA', naReason: 'Tidak ada pesisir', evidence: [] };
const unansweredAnswer: Answer = { indicatorId: 'ECO.1.1', level: null, evidence: [] };
const minimalAnswer: Answer = { indicatorId: 'GOV.1.2', level: 0, evidence: [] };

async function rawRecord(dbName: string, store: 'assessments' | 'answers' | 'answerSets' | 'summaries' | 'plans', key: IDBValidKey): Promise<unknown> {
  const db = await openDB(dbName);
  try {
    return await db.get(store, key);
  } finally {
    db.close();
  }
}

describe('assessment repository', () => {
  it('round-trips an assessment and its answers with every field, absent optionals staying absent', async () => {
    // Given an assessment with team/contact and answers using every field (and none of them)
    const repo = await openRepo(uniqueDbName());
    const assessment = makeAssessment({ team: 'Tim Smart City', contact: 'sc@kota.go.id', status: 'final' });
    await repo.create(assessment, [fullAnswer, naAnswer, unansweredAnswer, minimalAnswer]);

    // When it is read back
    const bundle = await repo.get(assessment.id);

    // Then it is identical, and optional keys that were absent are still absent
    expect(bundle).toStrictEqual({
      assessment,
      answers: {
        'GOV.1.1': fullAnswer,
        'ENV.2.1': naAnswer,
        'ECO.1.1': unansweredAnswer,
        'GOV.1.2': minimalAnswer,
      },
    });
    expect(bundle?.answers['GOV.1.2']).not.toHaveProperty('note');
    expect(bundle?.answers['GOV.1.2']).not.toHaveProperty('assessmentId');
    expect(bundle?.answers['GOV.1.2']).not.toHaveProperty('schemaVersion');
    const withoutTeam = makeAssessment({ id: 'a-2' });
    await repo.create(withoutTeam);
    const second = await repo.get('a-2');
    expect(second).toStrictEqual({ assessment: withoutTeam, answers: {} });
    expect(second?.assessment).not.toHaveProperty('team');
    expect(second?.assessment).not.toHaveProperty('schemaVersion');
  });

  it('stores schemaVersion on every record: created answers as one set, saved ones as answer records', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    await repo.create(makeAssessment(), [minimalAnswer, naAnswer]);
    await repo.saveAnswer('a-1', fullAnswer, '2026-02-02T10:00:00.000Z');
    repo.close();
    expect(await rawRecord(dbName, 'assessments', 'a-1')).toMatchObject({ id: 'a-1', schemaVersion: 1 });
    expect(await rawRecord(dbName, 'answerSets', 'a-1')).toStrictEqual({
      assessmentId: 'a-1',
      answerSchemaVersion: 1,
      answers: [minimalAnswer, naAnswer],
      schemaVersion: 1,
    });
    expect(await rawRecord(dbName, 'answers', ['a-1', 'GOV.1.1'])).toStrictEqual({ ...fullAnswer, assessmentId: 'a-1', schemaVersion: 1 });
    expect(await rawRecord(dbName, 'answers', ['a-1', 'GOV.1.2'])).toBeUndefined();
    expect(await rawRecord(dbName, 'summaries', 'a-1')).toStrictEqual({ assessmentId: 'a-1', answeredCount: 2, naCount: 1, score: null, schemaVersion: 2 });
  });

  it('an answer saved later wins over the created one of the same indicator', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [minimalAnswer, naAnswer]);
    const changed: Answer = { ...naAnswer, level: 2, note: 'ternyata relevan' };
    await repo.saveAnswer('a-1', changed, '2026-02-02T10:00:00.000Z');
    expect((await repo.get('a-1'))?.answers).toStrictEqual({ 'GOV.1.2': minimalAnswer, 'ENV.2.1': changed });
    expect((await repo.list())[0]).toMatchObject({ answeredCount: 2, naCount: 0 });
  });

  it('a cleared answer (level null) overrides the answer set and survives a reopen, counts adjusted', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    await repo.create(makeAssessment(), [fullAnswer, naAnswer]);
    const { naReason: _reason, ...naWithoutReason } = naAnswer;
    const cleared: Answer[] = [{ ...fullAnswer, level: null }, { ...naWithoutReason, level: null }];
    for (const answer of cleared) await repo.saveAnswer('a-1', answer, '2026-02-02T10:00:00.000Z');
    repo.close();
    const reopened = await openRepo(dbName);
    // The set still holds level 3 and NA, but the answer records say "unanswered": they win.
    expect((await reopened.get('a-1'))?.answers).toStrictEqual({ 'GOV.1.1': cleared[0], 'ENV.2.1': cleared[1] });
    expect((await reopened.list())[0]).toMatchObject({ answeredCount: 0, naCount: 0 });
    expect(await rawRecord(dbName, 'answerSets', 'a-1')).toMatchObject({ answers: [fullAnswer, naAnswer] });
  });

  it('returns undefined for an unknown id', async () => {
    const repo = await openRepo(uniqueDbName());
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('lists newest updatedAt first with answered and NA counts', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }), [fullAnswer, naAnswer]);
    await repo.create(makeAssessment({ id: 'new', updatedAt: '2026-03-01T00:00:00.000Z' }), [
      fullAnswer, minimalAnswer, naAnswer, unansweredAnswer,
    ]);
    await repo.create(makeAssessment({ id: 'mid', updatedAt: '2026-02-01T00:00:00.000Z' }));

    const list = await repo.list();

    expect(list.map((s) => s.assessment.id)).toEqual(['new', 'mid', 'old']);
    expect(list.map((s) => [s.answeredCount, s.naCount])).toEqual([[2, 1], [0, 0], [1, 1]]);
    expect(list[0]?.assessment).not.toHaveProperty('schemaVersion');
  });

  it('lists nothing in an empty database', async () => {
    const repo = await openRepo(uniqueDbName());
    expect(await repo.list()).toEqual([]);
  });

  it('saveAnswer puts the answer and bumps the assessment updatedAt in one transaction', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [minimalAnswer]);
    const changed: Answer = { ...minimalAnswer, level: 4, note: 'naik' };

    await repo.saveAnswer('a-1', changed, '2026-02-02T10:00:00.000Z');
    await repo.saveAnswer('a-1', naAnswer, '2026-02-02T10:05:00.000Z');

    const bundle = await repo.get('a-1');
    expect(bundle?.answers).toStrictEqual({ 'GOV.1.2': changed, 'ENV.2.1': naAnswer });
    expect(bundle?.assessment).toStrictEqual(makeAssessment({ updatedAt: '2026-02-02T10:05:00.000Z' }));
    expect((await repo.list())[0]).toMatchObject({ answeredCount: 1, naCount: 1 });
  });

  it('saveAnswer on a missing assessment rejects with not_found and writes nothing', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);

    await expect(repo.saveAnswer('ghost', fullAnswer, '2026-02-02T10:00:00.000Z')).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'not_found',
    });

    expect(await rawRecord(dbName, 'answers', ['ghost', 'GOV.1.1'])).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('saveAnswer rejects a malformed answer with invalid and writes nothing', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [minimalAnswer]);
    const malformed = { ...minimalAnswer, level: 7 } as unknown as Answer;

    await expect(repo.saveAnswer('a-1', malformed, '2026-02-02T10:00:00.000Z')).rejects.toMatchObject({ kind: 'invalid' });
    expect(await repo.get('a-1')).toStrictEqual({ assessment: makeAssessment(), answers: { 'GOV.1.2': minimalAnswer } });
  });

  it('create with an existing id rejects with conflict and changes nothing', async () => {
    const repo = await openRepo(uniqueDbName());
    const original = makeAssessment({ team: 'A' });
    await repo.create(original, [minimalAnswer]);

    const attempt = repo.create(makeAssessment({ team: 'B', period: 2027 }), [fullAnswer, { ...minimalAnswer, level: 5 }]);

    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict' });
    expect(await repo.get('a-1')).toStrictEqual({ assessment: original, answers: { 'GOV.1.2': minimalAnswer } });
  });

  it('updateMeta replaces the metadata and keeps the answers; not_found when missing', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [fullAnswer]);
    const updated = makeAssessment({ status: 'final', contact: 'x@kota.go.id', updatedAt: '2026-05-01T00:00:00.000Z' });

    await repo.updateMeta(updated);

    expect(await repo.get('a-1')).toStrictEqual({ assessment: updated, answers: { 'GOV.1.1': fullAnswer } });
    await expect(repo.updateMeta(makeAssessment({ id: 'ghost' }))).rejects.toMatchObject({ kind: 'not_found' });
    expect(await repo.get('ghost')).toBeUndefined();
  });

  it('remove deletes the assessment and its answers, leaving other assessments intact', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    await repo.create(makeAssessment({ id: 'keep' }), [fullAnswer, naAnswer]);
    await repo.create(makeAssessment({ id: 'drop' }), [fullAnswer, minimalAnswer]);

    await repo.remove('drop');

    expect(await repo.get('drop')).toBeUndefined();
    expect(await rawRecord(dbName, 'answers', ['drop', 'GOV.1.1'])).toBeUndefined();
    expect(await rawRecord(dbName, 'answers', ['drop', 'GOV.1.2'])).toBeUndefined();
    expect(await repo.get('keep')).toStrictEqual({
      assessment: makeAssessment({ id: 'keep' }),
      answers: { 'GOV.1.1': fullAnswer, 'ENV.2.1': naAnswer },
    });
    await expect(repo.remove('drop')).resolves.toBeUndefined();
  });

  it('keeps data across close and reopen', async () => {
    const dbName = uniqueDbName();
    const first = await openRepo(dbName);
    await first.create(makeAssessment(), [fullAnswer, naAnswer]);
    first.close();
    await expect(first.list()).rejects.toMatchObject({ kind: 'unavailable' });

    const second = await openRepo(dbName);

    expect(await second.get('a-1')).toStrictEqual({
      assessment: makeAssessment(),
      answers: { 'GOV.1.1': fullAnswer, 'ENV.2.1': naAnswer },
    });
  });

  it('keeps two assessments of different regions and periods side by side', async () => {
    const repo = await openRepo(uniqueDbName());
    const semarang = makeAssessment({ id: 'smg-2025', regionCode: '33.74', period: 2025 });
    const surabaya = makeAssessment({ id: 'sby-2026', regionCode: '35.78', period: 2026, updatedAt: '2026-02-01T00:00:00.000Z' });
    await repo.create(semarang, [fullAnswer]);
    await repo.create(surabaya, [{ ...fullAnswer, level: 1 }, naAnswer]);

    await repo.saveAnswer('smg-2025', minimalAnswer, '2026-03-01T00:00:00.000Z');

    expect(await repo.get('sby-2026')).toStrictEqual({
      assessment: surabaya,
      answers: { 'GOV.1.1': { ...fullAnswer, level: 1 }, 'ENV.2.1': naAnswer },
    });
    expect((await repo.get('smg-2025'))?.answers).toStrictEqual({ 'GOV.1.1': fullAnswer, 'GOV.1.2': minimalAnswer });
    expect((await repo.list()).map((s) => [s.assessment.regionCode, s.assessment.period])).toEqual([
      ['33.74', 2025],
      ['35.78', 2026],
    ]);
  });

  describe('records written by a newer app', () => {
    async function seedTooNew(dbName: string): Promise<void> {
      const repo = await openRepo(dbName);
      await repo.create(makeAssessment({ id: 'ok' }));
      repo.close();
      const db = await openDB(dbName);
      await db.put(STORES.assessments, { ...makeAssessment({ id: 'future' }), schemaVersion: 99, hologram: true });
      db.close();
    }

    it('get rejects with too_new naming the record', async () => {
      const dbName = uniqueDbName();
      await seedTooNew(dbName);
      const repo = await openRepo(dbName);

      const attempt = repo.get('future');

      await expect(attempt).rejects.toMatchObject({ kind: 'too_new' });
      await expect(attempt).rejects.toThrow(/"future".*schema 99/);
      expect(await repo.get('ok')).toBeDefined();
    });

    it('list rejects with too_new rather than returning part of the data', async () => {
      const dbName = uniqueDbName();
      await seedTooNew(dbName);
      const repo = await openRepo(dbName);

      await expect(repo.list()).rejects.toMatchObject({ kind: 'too_new' });
      // Reading never rewrites a record it refused (the migrate-on-read write-back skips it)
      expect(await rawRecord(dbName, 'assessments', 'future')).toStrictEqual({
        ...makeAssessment({ id: 'future' }), schemaVersion: 99, hologram: true,
      });
    });

    it('answers newer than the code make get reject too, and saveAnswer refuses to touch the assessment', async () => {
      const dbName = uniqueDbName();
      await seedTooNew(dbName);
      const db = await openDB(dbName);
      await db.put(STORES.answers, { ...minimalAnswer, assessmentId: 'ok', schemaVersion: 2 });
      db.close();
      const repo = await openRepo(dbName);

      await expect(repo.get('ok')).rejects.toThrow(/Answer GOV\.1\.2 of assessment "ok"/);
      await expect(repo.saveAnswer('future', minimalAnswer, '2026-09-09T00:00:00.000Z')).rejects.toMatchObject({ kind: 'too_new' });
      expect(await rawRecord(dbName, 'assessments', 'future')).toMatchObject({ schemaVersion: 99, hologram: true });
    });
  });

  it('writes an unversioned record back at schema version 1 on read', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    repo.close();
    const db = await openDB(dbName);
    await db.put(STORES.assessments, makeAssessment());
    db.close();

    const reopened = await openRepo(dbName);
    expect(await reopened.get('a-1')).toStrictEqual({ assessment: makeAssessment(), answers: {} });
    reopened.close();

    expect(await rawRecord(dbName, 'assessments', 'a-1')).toMatchObject({ schemaVersion: 1 });
  });

  it('a quota error rejects saveAnswer with kind quota and leaves the stored data unchanged', async () => {
    // Given a stored answer
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [minimalAnswer]);
    // When the disk is full
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const attempt = repo.saveAnswer('a-1', { ...minimalAnswer, level: 5 }, '2026-04-04T00:00:00.000Z');

    // Then the error is surfaced as quota, and neither store changed
    await expect(attempt).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(put).toHaveBeenCalled();
    put.mockRestore();
    expect(await repo.get('a-1')).toStrictEqual({ assessment: makeAssessment(), answers: { 'GOV.1.2': minimalAnswer } });
  });

  it('a failed write later in saveAnswer rolls back the answer already put', async () => {
    const repo = await openRepo(uniqueDbName());
    await repo.create(makeAssessment(), [minimalAnswer]);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === STORES.assessments) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    await expect(repo.saveAnswer('a-1', { ...minimalAnswer, level: 5 }, '2026-04-04T00:00:00.000Z')).rejects.toMatchObject({
      kind: 'quota',
    });

    vi.restoreAllMocks();
    expect((await repo.get('a-1'))?.answers).toStrictEqual({ 'GOV.1.2': minimalAnswer });
  });

  it('closes and calls onVersionChange when another connection opens a higher version', async () => {
    const dbName = uniqueDbName();
    const onVersionChange = vi.fn();
    const repo = await openRepo(dbName, onVersionChange);

    const newer = await openDB(dbName, DB_VERSION + 1);

    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    await expect(repo.list()).rejects.toMatchObject({ kind: 'unavailable' });
    newer.close();
  });

  it('rejects with too_new when the database on disk is newer than DB_VERSION', async () => {
    const dbName = uniqueDbName();
    (await openDB(dbName, 5)).close();

    await expect(openAssessmentRepository({ dbName })).rejects.toMatchObject({ kind: 'too_new' });
  });
});

describe('list() counts', () => {
  const levelOf = (i: number): Answer['level'] => (i % 9 === 7 ? 'NA' : i % 9 === 8 ? null : ((i % 6) as Answer['level']));

  it('reads no answers: an answer record written around the repository is not counted', async () => {
    // Given an assessment with a summary, and a raw answer record put straight into the store
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    await repo.create(makeAssessment({ id: 'x' }), [minimalAnswer]);
    repo.close();
    const db = await openDB(dbName);
    await db.put(STORES.answers, { ...naAnswer, assessmentId: 'x', schemaVersion: 1 });
    db.close();
    // Then list() reports the summary (it never reads answers), while get() has both answers
    const reopened = await openRepo(dbName);
    expect((await reopened.list()).map((s) => [s.answeredCount, s.naCount])).toEqual([[1, 0]]);
    expect(Object.keys((await reopened.get('x'))?.answers ?? {})).toEqual(['GOV.1.2', 'ENV.2.1']);
  });

  it('counts from the answers, without writing anything, an assessment that has no summary', async () => {
    // Given assessments and answers seeded straight into the stores (no summaries), one unversioned
    const dbName = uniqueDbName();
    (await openRepo(dbName)).close();
    const db = await openDB(dbName);
    await db.put(STORES.assessments, { ...makeAssessment({ id: 'y' }), schemaVersion: 1 });
    for (const a of [fullAnswer, minimalAnswer, unansweredAnswer]) await db.put(STORES.answers, { ...a, assessmentId: 'y', schemaVersion: 1 });
    await db.put(STORES.answers, { indicatorId: 'SOC.1.1', level: 'NA', naReason: 'Tidak ada', evidence: [], assessmentId: 'y' });
    db.close();

    const list = await (await openRepo(dbName)).list();

    expect(list.map((s) => [s.assessment.id, s.answeredCount, s.naCount])).toEqual([['y', 2, 1]]);
    expect(await rawRecord(dbName, 'answers', ['y', 'SOC.1.1'])).not.toHaveProperty('schemaVersion');
    expect(await rawRecord(dbName, 'summaries', 'y')).toBeUndefined();
  });

  it('rejects with too_new when a summary is newer than the code (answers are checked by get)', async () => {
    const dbName = uniqueDbName();
    const repo = await openRepo(dbName);
    await repo.create(makeAssessment({ id: 'ok' }), [minimalAnswer]);
    repo.close();
    const db = await openDB(dbName);
    await db.put(STORES.summaries, { assessmentId: 'ok', answeredCount: 1, naCount: 0, score: null, schemaVersion: 3 });
    db.close();

    await expect((await openRepo(dbName)).list()).rejects.toMatchObject({ kind: 'too_new' });
  });

  // BENCH_LIST=1 npx vitest run src/storage/assessment-repo.test.ts: 2,570 assessments × 72 answers.
  it.runIf(process.env['BENCH_LIST'] === '1')('lists 2,570 assessments with 72 answers each', { timeout: 600_000 }, async () => {
    const dbName = uniqueDbName();
    let n = 0;
    const create = Array.from({ length: 2570 }, (_, a) => ({
      assessment: makeAssessment({ id: `bench-${String(a).padStart(4, '0')}`, updatedAt: `2026-01-01T00:00:${String(a % 60).padStart(2, '0')}.000Z` }),
      answers: Array.from({ length: 72 }, (_, i): Answer => ({ indicatorId: `I.${i}`, level: levelOf(n++), evidence: [] })),
    }));
    const exchange = await openExchangeRepository({ dbName });
    const importStart = performance.now();
    await exchange.importAssessments({ deleteIds: [], create });
    const importMs = performance.now() - importStart;
    exchange.close();
    const reopened = await openRepo(dbName);
    const times: number[] = [];
    let list: Awaited<ReturnType<AssessmentRepository['list']>> = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      list = await reopened.list();
      times.push(performance.now() - start);
    }
    console.log(`fake-indexeddb, 2,570 × 72: import ${importMs.toFixed(0)} ms; list() ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(list).toHaveLength(2570);
    const answered = list.reduce((sum, x) => sum + x.answeredCount, 0);
    const na = list.reduce((sum, x) => sum + x.naCount, 0);
    expect([answered, na]).toEqual([143920, 20560]);
  });
});
