import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { ImportWrites } from '../domain/exchange/plan-import';
import type { AssessmentPlan } from '../domain/planning/types';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { openExchangeRepository, type ExchangeRepository } from './exchange-repo';
import { StorageError } from './errors';
import { ANSWER_SCHEMA_VERSION } from './migrations';

let dbCounter = 0;
const opened: { close(): void }[] = [];

async function open(): Promise<{ repo: AssessmentRepository; exchange: ExchangeRepository }> {
  dbCounter += 1;
  const dbName = `siap-cerdas-exchange-test-${dbCounter}`;
  const repo = await openAssessmentRepository({ dbName });
  const exchange = await openExchangeRepository({ dbName });
  opened.push(repo, exchange);
  return { repo, exchange };
}

afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'draft',
    createdAt: '2026-01-10T08:00:00.000Z', updatedAt: '2026-01-10T08:00:00.000Z', ...overrides,
  };
}

function answer(indicatorId: string, level: Answer['level'], extra: Partial<Answer> = {}): Answer {
  return { indicatorId, level, evidence: [], ...extra };
}

/** Everything in the database, for before/after comparisons. */
async function snapshot(exchange: ExchangeRepository) {
  return (await exchange.readAll()).sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));
}

describe('exchange repository', () => {
  it('reads all or some assessments with their answers in one go', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('a', { updatedAt: '2026-01-02T00:00:00.000Z' }), [answer('GOV.1.1', 3), answer('GOV.1.2', 'NA', { naReason: 'x' })]);
    await repo.create(assessment('b', { period: 2025 }), [answer('GOV.1.1', 1)]);
    const all = await exchange.readAll();
    expect(all.map((b) => b.assessment.id)).toEqual(['a', 'b']);
    expect(all[0]?.answers['GOV.1.2']).toEqual(answer('GOV.1.2', 'NA', { naReason: 'x' }));
    const some = await exchange.getMany(['a', 'missing']);
    expect(some.map((b) => [b.assessment.id, Object.keys(b.answers).length])).toEqual([['a', 2]]);
    expect((await exchange.listAssessments()).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('replaces and creates in one transaction', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('old'), [answer('GOV.1.1', 1), answer('GOV.1.2', 2)]);
    await exchange.importAssessments({
      deleteIds: ['old'],
      create: [
        { assessment: assessment('old', { status: 'final' }), answers: [answer('GOV.1.1', 5)] },
        { assessment: assessment('new', { period: 2024 }), answers: [answer('ENV.3.4', 0)] },
      ],
    });
    const old = await repo.get('old');
    expect(old?.assessment.status).toBe('final');
    expect(Object.keys(old?.answers ?? {})).toEqual(['GOV.1.1']);
    expect(old?.answers['GOV.1.1']?.level).toBe(5);
    expect((await repo.get('new'))?.answers['ENV.3.4']?.level).toBe(0);
  });

  it('drops answer records left without their assessment when an import creates that id, and only those', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('kept'), [answer('GOV.1.1', 1)]);
    await repo.saveAnswer('kept', answer('GOV.1.2', 2), '2026-02-01T00:00:00.000Z');
    const raw = await openDB(`siap-cerdas-exchange-test-${dbCounter}`);
    await raw.put('answers', { ...answer('GOV.1.1', 4), assessmentId: 'ghost', schemaVersion: ANSWER_SCHEMA_VERSION });
    raw.close();
    await exchange.importAssessments({ deleteIds: [], create: [{ assessment: assessment('ghost', { period: 2024 }), answers: [answer('GOV.1.3', 0)] }] });
    expect((await repo.get('ghost'))?.answers).toEqual({ 'GOV.1.3': answer('GOV.1.3', 0) });
    expect(Object.keys((await repo.get('kept'))?.answers ?? {}).sort()).toEqual(['GOV.1.1', 'GOV.1.2']);
  });

  it('reports the assessments written after each batch of 100 and after the last', async () => {
    const { exchange } = await open();
    const progress: [number, number][] = [];
    const create = Array.from({ length: 250 }, (_, i) => ({ assessment: assessment(`p-${i}`, { period: 2000 + (i % 100), regionCode: `32.${10 + Math.floor(i / 100)}` }), answers: [answer('GOV.1.1', 2)] }));
    await exchange.importAssessments({ deleteIds: [], create }, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([[100, 250], [200, 250], [250, 250]]);
    expect(await exchange.listAssessments()).toHaveLength(250);
  });

  it('changes nothing when a write in the middle fails (id already exists)', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('keep'), [answer('GOV.1.1', 2)]);
    await repo.create(assessment('taken', { period: 2020 }), [answer('GOV.1.1', 4)]);
    const before = await snapshot(exchange);
    const writes: ImportWrites = {
      deleteIds: ['keep'],
      create: [
        { assessment: assessment('first', { period: 2021 }), answers: [answer('GOV.1.1', 1)] },
        { assessment: assessment('taken', { period: 2022 }), answers: [answer('GOV.1.1', 1)] },
        { assessment: assessment('last', { period: 2023 }), answers: [] },
      ],
    };
    const error = await exchange.importAssessments(writes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('conflict');
    expect(await snapshot(exchange)).toEqual(before);
  });

  it('changes nothing when a malformed record comes after valid writes', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('keep'), [answer('GOV.1.1', 2)]);
    const before = await snapshot(exchange);
    const broken = { indicatorId: 'GOV.1.2', level: 9, evidence: [] } as unknown as Answer;
    const error = await exchange
      .importAssessments({
        deleteIds: ['keep'],
        create: [
          { assessment: assessment('fine', { period: 2021 }), answers: [answer('GOV.1.1', 1)] },
          { assessment: assessment('bad', { period: 2022 }), answers: [answer('GOV.1.1', 1), broken] },
        ],
      })
      .catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('invalid');
    expect(await snapshot(exchange)).toEqual(before);
  });

  it('exports saved answers over the created ones, and migrates nothing it does not need to', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('a'), [answer('GOV.1.1', 3), answer('GOV.1.2', 2)]);
    await repo.saveAnswer('a', answer('GOV.1.2', 'NA', { naReason: 'y' }), '2026-02-01T00:00:00.000Z');
    const [bundle] = await exchange.readAll();
    expect(bundle?.answers).toStrictEqual({ 'GOV.1.1': answer('GOV.1.1', 3), 'GOV.1.2': answer('GOV.1.2', 'NA', { naReason: 'y' }) });
    expect(await exchange.getMany(['a'])).toStrictEqual([bundle]);
  });

  it('keeps the plan of an assessment replaced under the same id, and deletes the plan of one replaced by another id', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('same'), [answer('GOV.1.1', 1)]);
    await repo.create(assessment('gone', { period: 2025 }), [answer('GOV.1.1', 1)]);
    const plan = (assessmentId: string) => ({ assessmentId, actions: [], assignments: { 'GOV.1': 'Diskominfo' }, workPackages: [], updatedAt: '2026-02-01T00:00:00.000Z' });
    await repo.savePlan(plan('same'));
    await repo.savePlan(plan('gone'));

    await exchange.importAssessments({
      deleteIds: ['same', 'gone'],
      create: [
        { assessment: assessment('same', { status: 'final' }), answers: [answer('GOV.1.1', 4)] },
        { assessment: assessment('file-2025', { period: 2025 }), answers: [] },
      ],
    });

    expect(await repo.getPlan('same')).toStrictEqual(plan('same'));
    expect(await repo.getPlan('gone')).toBeUndefined();
    expect(await repo.getPlan('file-2025')).toBeUndefined();
  });

  it('writes the plan a file brings (replacing the local one), exports plans, and refuses a malformed one', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('a'), [answer('GOV.1.1', 1)]);
    const local = { assessmentId: 'a', actions: [], assignments: { 'GOV.1': 'Bappeda' }, workPackages: [], updatedAt: '2026-02-01T00:00:00.000Z' };
    await repo.savePlan(local);
    const fromFile = { ...local, assignments: { 'GOV.1': 'Diskominfo' }, updatedAt: '2026-03-01T00:00:00.000Z' };

    await exchange.importAssessments({ deleteIds: ['a'], create: [{ assessment: assessment('a'), answers: [], plan: fromFile }] });

    expect(await repo.getPlan('a')).toStrictEqual(fromFile);
    expect((await exchange.readAll()).map((b) => [b.assessment.id, b.plan])).toEqual([['a', fromFile]]);
    const before = await snapshot(exchange);
    const broken = { ...fromFile, assessmentId: 'b', roadmap: { startYear: 2027, horizon: 3, elements: {} } } as unknown as AssessmentPlan;
    const error = await exchange
      .importAssessments({ deleteIds: [], create: [{ assessment: assessment('b', { period: 2020 }), answers: [], plan: broken }] })
      .catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('invalid');
    expect(await snapshot(exchange)).toEqual(before);
  });

  it('changes nothing when the commit fails (quota while writing the answer sets)', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('keep'), [answer('GOV.1.1', 2)]);
    const before = await snapshot(exchange);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'answerSets') throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = await exchange
      .importAssessments({ deleteIds: ['keep'], create: [{ assessment: assessment('new'), answers: [answer('GOV.1.1', 5)] }] })
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((error as StorageError).kind).toBe('quota');
    expect(await snapshot(exchange)).toEqual(before);
    expect((await repo.list()).map((s) => [s.assessment.id, s.answeredCount])).toEqual([['keep', 1]]);
  });

  it('rejects with unavailable after close', async () => {
    const { exchange } = await open();
    exchange.close();
    await expect(exchange.readAll()).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
