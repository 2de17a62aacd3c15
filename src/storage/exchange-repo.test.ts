import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { ImportWrites } from '../domain/exchange/plan-import';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { openExchangeRepository, type ExchangeRepository } from './exchange-repo';
import { StorageError } from './errors';

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

  it('rejects with unavailable after close', async () => {
    const { exchange } = await open();
    exchange.close();
    await expect(exchange.readAll()).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
