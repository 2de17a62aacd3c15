import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import { countAnswers, levelKind, withChangedLevel } from './answer-counts';
import { openAssessmentRepository, type AssessmentRepository } from './assessment-repo';
import { openExchangeRepository, type ExchangeRepository } from './exchange-repo';

describe('answer counts', () => {
  it.each([
    [0, 'answered'], [5, 'answered'], ['NA', 'na'], [null, 'none'], [undefined, 'none'], [6, 'none'], [2.5, 'none'], ['3', 'none'],
  ] as const)('level %j counts as %s', (level, kind) => {
    expect(levelKind(level)).toBe(kind);
  });

  it.each([
    ['no answer → level', undefined, 3, { answeredCount: 2, naCount: 1 }],
    ['level → NA', 3, 'NA', { answeredCount: 0, naCount: 2 }],
    ['NA → unanswered', 'NA', null, { answeredCount: 1, naCount: 0 }],
    ['level → level', 2, 4, { answeredCount: 1, naCount: 1 }],
  ] as const)('adjusts for %s', (_label, before, after, expected) => {
    // Given one answered and one NA
    expect(withChangedLevel({ answeredCount: 1, naCount: 1 }, before, after)).toEqual(expected);
  });

  it('never goes below zero', () => {
    expect(withChangedLevel({ answeredCount: 0, naCount: 0 }, 3, null)).toEqual({ answeredCount: 0, naCount: 0 });
  });
});

// --- Through the repository: list() must equal the counts of the answers after every write. ---

let dbCounter = 0;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

async function open(): Promise<{ repo: AssessmentRepository; exchange: ExchangeRepository }> {
  dbCounter += 1;
  const dbName = `siap-cerdas-counts-test-${dbCounter}`;
  const repo = await openAssessmentRepository({ dbName });
  const exchange = await openExchangeRepository({ dbName });
  opened.push(repo, exchange);
  return { repo, exchange };
}

function assessment(id: string, period = 2026): Assessment {
  return {
    id, regionCode: '32.74', period, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'draft',
    createdAt: '2026-01-10T08:00:00.000Z', updatedAt: `${period}-01-10T08:00:00.000Z`,
  };
}
const answer = (indicatorId: string, level: Answer['level']): Answer =>
  level === 'NA' ? { indicatorId, level, naReason: 'x', evidence: [] } : { indicatorId, level, evidence: [] };

/** list() counts equal the counts of `get()`'s answers, for every assessment; returns them. */
async function expectExactCounts(repo: AssessmentRepository): Promise<Record<string, [number, number]>> {
  const counts: Record<string, [number, number]> = {};
  for (const { assessment: a, answeredCount, naCount } of await repo.list()) {
    const actual = countAnswers(Object.values((await repo.get(a.id))?.answers ?? {}));
    expect([answeredCount, naCount], a.id).toEqual([actual.answeredCount, actual.naCount]);
    counts[a.id] = [answeredCount, naCount];
  }
  return counts;
}

describe('counts stay exact through every write path', () => {
  it('create (with a repeated indicator), saveAnswer over created and saved answers, remove', async () => {
    const { repo } = await open();
    await repo.create(assessment('a'), [answer('GOV.1.1', 3), answer('GOV.1.2', 'NA'), answer('GOV.1.1', null), answer('GOV.1.3', 0)]);
    expect(await expectExactCounts(repo)).toEqual({ a: [1, 1] });

    for (const [id, level] of [['GOV.1.1', 4], ['GOV.1.2', 2], ['GOV.1.2', 'NA'], ['GOV.1.4', null], ['GOV.1.3', 'NA'], ['GOV.1.3', 'NA']] as const) {
      await repo.saveAnswer('a', answer(id, level), '2026-02-01T00:00:00.000Z');
      await expectExactCounts(repo);
    }
    expect(await expectExactCounts(repo)).toEqual({ a: [1, 2] });

    await repo.create(assessment('copy', 2027), Object.values((await repo.get('a'))?.answers ?? {}));
    await repo.remove('a');
    expect(await expectExactCounts(repo)).toEqual({ copy: [1, 2] });
  });

  it('imports that add, replace and keep both', async () => {
    const { repo, exchange } = await open();
    await repo.create(assessment('local'), [answer('GOV.1.1', 1)]);
    await repo.saveAnswer('local', answer('GOV.1.2', 'NA'), '2026-02-01T00:00:00.000Z');
    await exchange.importAssessments({
      deleteIds: ['local'],
      create: [
        { assessment: assessment('local'), answers: [answer('GOV.1.1', 5), answer('GOV.1.3', 2), answer('GOV.1.4', null)] },
        { assessment: assessment('added', 2025), answers: [answer('GOV.1.1', 'NA')] },
        { assessment: assessment('empty', 2024), answers: [] },
      ],
    });
    // The saved answer record of the replaced assessment is gone with it
    expect(await expectExactCounts(repo)).toEqual({ local: [2, 0], added: [0, 1], empty: [0, 0] });
  });

  it('a work package merge', async () => {
    const { repo } = await open();
    await repo.create(assessment('a'), [answer('LIV.1.1', 1), answer('LIV.1.2', 'NA')]);
    const plan: AssessmentPlan = {
      assessmentId: 'a', actions: [], assignments: {}, updatedAt: '2026-02-01T00:00:00.000Z',
      workPackages: [{ id: 'wp', opd: 'Dinkes', indicatorIds: ['LIV.1.1', 'LIV.1.2', 'LIV.1.3'], exportedAt: '2026-02-01T00:00:00.000Z' }],
    };
    await repo.savePlan(plan);
    const mergedAt = '2026-03-01T00:00:00.000Z';
    const provenance = { opd: 'Dinkes', packageId: 'wp', mergedAt };
    await repo.mergeWorkPackage(
      'a',
      [{ ...answer('LIV.1.2', 3), provenance }, { ...answer('LIV.1.3', 'NA'), provenance }],
      { ...plan, workPackages: plan.workPackages.map((p) => ({ ...p, mergedAt })) },
      mergedAt,
    );
    expect(await expectExactCounts(repo)).toEqual({ a: [2, 1] });
  });
});
