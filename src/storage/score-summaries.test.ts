import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import { summarizeScore } from '../domain/benchmark/summarize-score';
import type { ScoreSummary } from '../domain/benchmark/types';
import { planImport, resolveImport } from '../domain/exchange/plan-import';
import { listIndicators } from '../domain/instrument/lookup';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../domain/instrument/registry';
import type { AssessmentPlan } from '../domain/planning/types';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { SCORING_VERSION } from '../domain/scoring/version';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { cacheScores, readAllAssessments, validScore } from './bulk-read';
import { STORES } from './db';
import { openExchangeRepository, type ExchangeRepository } from './exchange-repo';
import { toStoredScore } from './records';

let counter = 0;
const opened: { close(): void }[] = [];

async function open(): Promise<{ dbName: string; repo: AssessmentRepository; exchange: ExchangeRepository }> {
  const dbName = `score-summaries-test-${++counter}`;
  const repo = await openAssessmentRepository({ dbName });
  const exchange = await openExchangeRepository({ dbName });
  opened.push(repo, exchange);
  return { dbName, repo, exchange };
}

afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

const T0 = '2026-01-10T08:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';

function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'final',
    createdAt: T0, updatedAt: T0, ...overrides,
  };
}

/** Every indicator at level 3, GOV.1.1 at `first`. */
function answers(first: Answer['level']): Answer[] {
  return listIndicators(CURRENT_INSTRUMENT).map((i) => ({ indicatorId: i.id, level: i.id === 'GOV.1.1' ? first : 3, evidence: [] }));
}

/** Imports `bundles` as a file would be (planned against an empty device, all new). */
async function importFile(exchange: ExchangeRepository, bundles: { assessment: Assessment; answers: Answer[] }[]) {
  const plan = planImport(bundles.map((b) => ({ ...b, regionNameInFile: 'x' })), await exchange.listAssessments());
  const { writes } = resolveImport(plan, { all: 'theirs', byKey: {} }, () => 'new-id', T1);
  await exchange.importAssessments(writes);
}

const scoreOf = (answerMap: AnswerMap): ScoreSummary => summarizeScore(scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answerMap));

async function itemOf(dbName: string, id: string) {
  return (await readAllAssessments({ dbName })).items.find((i) => i.assessment.id === id);
}

describe('score summaries cached with the counts', () => {
  it('an import caches its scores: the read returns them and reads no answers, equal to scoring the answers', async () => {
    const { dbName, repo, exchange } = await open();
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(1) }]);
    const item = await itemOf(dbName, 'a');
    expect(item?.answers).toBeNull();
    // GOV.1 = (1 + 3 + 3 + 3) / 4; GOV = (2.5 + 3 + 3) / 3; index = (17/6 + 5 × 3) / 6
    expect(item?.score?.elements['GOV.1']).toBe(2.5);
    expect(item?.score?.dimensions.GOV).toBeCloseTo(8.5 / 3, 12);
    expect(item?.score?.index).toBeCloseTo((8.5 / 3 + 15) / 6, 12);
    const bundle = await repo.get('a');
    expect(item?.score).toStrictEqual(scoreOf(bundle?.answers ?? {}));
  });

  it('an answer saved afterwards makes the cache stale: the read returns the answers instead', async () => {
    const { dbName, repo, exchange } = await open();
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(1) }]);
    await repo.saveAnswer('a', { indicatorId: 'GOV.1.1', level: 5, evidence: [] }, T1);
    const item = await itemOf(dbName, 'a');
    expect(item?.score).toBeNull();
    expect(item?.answers?.['GOV.1.1']?.level).toBe(5);
    expect(scoreOf(item?.answers ?? {}).elements['GOV.1']).toBe(3.5); // (5 + 3 + 3 + 3) / 4
  });

  it('a merged work package makes the cache stale', async () => {
    const { dbName, repo, exchange } = await open();
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(1) }]);
    const pkg = { id: 'wp-1', opd: 'Dinas Kesehatan', indicatorIds: ['LIV.1.1'], exportedAt: T0 };
    const plan: AssessmentPlan = { assessmentId: 'a', actions: [], assignments: {}, workPackages: [pkg], updatedAt: T0 };
    await repo.savePlan(plan);
    const merged = { ...plan, workPackages: [{ ...pkg, mergedAt: T1 }], updatedAt: T1 };
    await repo.mergeWorkPackage('a', [{ indicatorId: 'LIV.1.1', level: 0, evidence: [] }], merged, T1);
    const item = await itemOf(dbName, 'a');
    expect(item?.score).toBeNull();
    expect(item?.answers?.['LIV.1.1']?.level).toBe(0);
  });

  it('a later import of the same assessment replaces the cached score with its own', async () => {
    const { dbName, exchange } = await open();
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(1) }]);
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(5) }]);
    expect((await itemOf(dbName, 'a'))?.score?.elements['GOV.1']).toBe(3.5);
  });

  it('is valid only for the same updatedAt, instrument, weight profile and scoring version', () => {
    const a = assessment('a');
    const summary = scoreOf({});
    const score = toStoredScore(a, summary);
    expect(validScore(a, score)).toBe(summary);
    expect(validScore({ ...a, updatedAt: T1 }, score)).toBeUndefined();
    expect(validScore({ ...a, weightProfileId: 'other' }, score)).toBeUndefined();
    expect(validScore({ ...a, instrumentVersion: 'gmsc-2027.1' }, score)).toBeUndefined();
    expect(validScore(a, { ...score, scoringVersion: SCORING_VERSION - 1 })).toBeUndefined();
    expect(validScore(a, null)).toBeUndefined();
  });

  it('a score of an older scoring version is read as no cache', async () => {
    const { dbName, exchange } = await open();
    await importFile(exchange, [{ assessment: assessment('a'), answers: answers(1) }]);
    const db = await openDB(dbName);
    const record = await db.get(STORES.summaries, 'a');
    await db.put(STORES.summaries, { ...record, score: { ...record.score, scoringVersion: SCORING_VERSION - 1 } });
    db.close();
    const item = await itemOf(dbName, 'a');
    expect(item?.score).toBeNull();
    expect(item?.answers).not.toBeNull();
  });

  it('cacheScores stores a computed score, keeps the counts, and skips an assessment changed since it was read', async () => {
    const { dbName, repo } = await open();
    await repo.create(assessment('a'), answers(1));
    await repo.create(assessment('b'), answers(2));
    const read = await readAllAssessments({ dbName });
    expect(read.items.map((i) => i.score)).toEqual([null, null]);
    await repo.saveAnswer('b', { indicatorId: 'GOV.1.1', level: 0, evidence: [] }, T1); // b changes after the read
    await cacheScores(read.items.map((i) => ({ assessment: i.assessment, summary: scoreOf(i.answers ?? {}) })), { dbName });
    const after = await readAllAssessments({ dbName });
    const a = after.items.find((i) => i.assessment.id === 'a');
    expect(a?.score?.elements['GOV.1']).toBe(2.5);
    expect(a?.answers).toBeNull();
    expect(after.items.find((i) => i.assessment.id === 'b')?.score).toBeNull();
    expect((await repo.list()).map((s) => [s.assessment.id, s.answeredCount])).toEqual([['b', 72], ['a', 72]]);
  });

  it('reads a version-1 summary (no cache) and caches into it without losing its counts', async () => {
    const { dbName, repo } = await open();
    await repo.create(assessment('a'), answers(1));
    const db = await openDB(dbName);
    await db.put(STORES.summaries, { assessmentId: 'a', answeredCount: 72, naCount: 0, schemaVersion: 1 });
    const read = await readAllAssessments({ dbName });
    expect(read.items[0]?.score).toBeNull();
    await cacheScores([{ assessment: assessment('a'), summary: scoreOf(read.items[0]?.answers ?? {}) }], { dbName });
    expect(await db.get(STORES.summaries, 'a')).toMatchObject({ answeredCount: 72, naCount: 0, schemaVersion: 2, score: { updatedAt: T0, scoringVersion: SCORING_VERSION } });
    db.close();
    expect((await itemOf(dbName, 'a'))?.score?.elements['GOV.1']).toBe(2.5);
  });
});
