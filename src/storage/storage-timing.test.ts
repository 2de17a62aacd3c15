/**
 * Opt-in timings of the storage operations at national scale, on fake-indexeddb (which is much
 * slower than a browser's IndexedDB for requests, so only the relative cost and the JS work are
 * meaningful; browser figures: README "Speed"). No asserts on time: machines are noisy.
 * BENCH_STORAGE=1 npx vitest run src/storage/storage-timing.test.ts
 */
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import { countAnswers } from './answer-counts';
import { openAssessmentRepository } from './assessment-repo';
import { openExchangeRepository } from './exchange-repo';
import { toStoredAnswerSet, toStoredAssessment } from './records';

const ASSESSMENTS = 2570;
const INDICATORS = 72;

function nationalData(): { assessment: Assessment; answers: Answer[] }[] {
  let k = 42;
  return Array.from({ length: ASSESSMENTS }, (_, a) => ({
    assessment: {
      id: `scale-${String(a).padStart(4, '0')}`, regionCode: '32.74', period: 2022 + (a % 5), instrumentVersion: 'gmsc-2026.1',
      weightProfileId: 'equal-v1', status: 'final', createdAt: '2026-06-01T00:00:00.000Z', updatedAt: `2026-06-01T00:00:${String(a % 60).padStart(2, '0')}.000Z`,
    },
    answers: Array.from({ length: INDICATORS }, (_, i): Answer => {
      k = (k * 1103515245 + 12345) % 2147483648;
      return { indicatorId: `GOV.${1 + (i % 3)}.${i}`, level: (k % 6) as Answer['level'], evidence: [] };
    }),
  }));
}

async function time(label: string, times: Record<string, number>, run: () => unknown): Promise<void> {
  const start = performance.now();
  await run();
  times[label] = Math.round(performance.now() - start);
}

describe('storage timing (opt-in)', () => {
  it.runIf(process.env['BENCH_STORAGE'] === '1')('imports, lists, reads and saves at 2,570 × 72', { timeout: 600_000 }, async () => {
    const data = nationalData();
    const dbName = 'siap-cerdas-storage-timing';
    const times: Record<string, number> = {};
    await time('build records (validate, count) in JS', times, () =>
      data.map(({ assessment, answers }) => [toStoredAssessment(assessment), toStoredAnswerSet(assessment.id, answers), countAnswers(answers)]),
    );
    const exchange = await openExchangeRepository({ dbName });
    await time('importAssessments (one transaction)', times, () => exchange.importAssessments({ deleteIds: [], create: data }));
    const repo = await openAssessmentRepository({ dbName });
    await time('list()', times, () => repo.list());
    await time('get() of one assessment', times, () => repo.get('scale-1234'));
    await time('20 × saveAnswer', times, async () => {
      for (let i = 0; i < 20; i++) await repo.saveAnswer('scale-1234', { indicatorId: `GOV.1.${i}`, level: 'NA', naReason: 'x', evidence: [] }, '2026-07-01T00:00:00.000Z');
    });
    await time('readAll() (export)', times, () => exchange.readAll());
    console.table(times);
    expect((await repo.list()).find((s) => s.assessment.id === 'scale-1234')?.naCount).toBe(20);
    repo.close();
    exchange.close();
  });
});
