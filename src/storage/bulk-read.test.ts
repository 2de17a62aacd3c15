import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import { openAssessmentRepository } from './assessment-repo';
import { readAllAssessments } from './bulk-read';

let counter = 0;
const uniqueDbName = () => `siap-cerdas-bulk-test-${++counter}`;

function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
    status: 'final', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', ...overrides,
  };
}
const answer = (indicatorId: string, level: 0 | 1 | 2 | 3 | 4 | 5): Answer => ({ indicatorId, level, evidence: [] });

async function seed(dbName: string, count: number): Promise<void> {
  const repo = await openAssessmentRepository({ dbName });
  for (let i = 0; i < count; i++) {
    await repo.create(assessment(`a${i}`, { regionCode: `32.${String(71 + (i % 9))}` }), [answer('GOV.1.1', (i % 6) as 0), answer('GOV.1.2', 2)]);
  }
  repo.close();
}

describe('readAllAssessments', () => {
  it('returns every assessment with its answers, as the repository would', async () => {
    const dbName = uniqueDbName();
    await seed(dbName, 40); // above the whole-store threshold: one getAll over answers
    const { items, unreadable } = await readAllAssessments({ dbName });
    expect(unreadable).toBe(0);
    expect(items).toHaveLength(40);
    const repo = await openAssessmentRepository({ dbName });
    for (const id of ['a0', 'a7', 'a39']) {
      const viaRepo = await repo.get(id);
      const viaBulk = items.find((i) => i.assessment.id === id);
      expect(viaBulk?.assessment).toEqual(viaRepo?.assessment);
      expect(viaBulk?.answers).toEqual(viaRepo?.answers);
    }
    repo.close();
  });

  it('reads many assessments in key-range chunks without losing or duplicating an answer', async () => {
    const dbName = uniqueDbName();
    const repo = await openAssessmentRepository({ dbName });
    // 320 assessments (> 2 chunks of 150) whose ids do not sort in insertion order
    for (let i = 0; i < 320; i++) {
      const id = `${(i * 37) % 320}`.padStart(3, '0') + '-x';
      await repo.create(assessment(id), [answer('GOV.1.1', (i % 6) as 0), answer('ENV.3.4', 1)]);
    }
    repo.close();
    // every other assessment needs answers: the ranges also span ones that do not
    const { items } = await readAllAssessments({ dbName, needsAnswers: (a) => Number(a.id.slice(0, 3)) % 2 === 0 });
    expect(items).toHaveLength(320);
    const withAnswers = items.filter((i) => i.answers !== null);
    expect(withAnswers).toHaveLength(160);
    expect(withAnswers.every((i) => Object.keys(i.answers ?? {}).sort().join() === 'ENV.3.4,GOV.1.1')).toBe(true);
  });

  it('reads answers only for the assessments that need them (index path)', async () => {
    const dbName = uniqueDbName();
    await seed(dbName, 5);
    const { items } = await readAllAssessments({ dbName, needsAnswers: (a) => a.id === 'a3' });
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.answers !== null).map((i) => i.assessment.id)).toEqual(['a3']);
    expect(items.find((i) => i.assessment.id === 'a3')?.answers?.['GOV.1.1']?.level).toBe(3);
  });

  it('gives an empty answer map to an assessment without answers', async () => {
    const dbName = uniqueDbName();
    const repo = await openAssessmentRepository({ dbName });
    await repo.create(assessment('empty'));
    repo.close();
    const { items } = await readAllAssessments({ dbName });
    expect(items).toEqual([{ assessment: assessment('empty'), score: null, answers: {} }]);
  });

  it('migrates old records in memory and skips (and counts) unreadable ones', async () => {
    const dbName = uniqueDbName();
    await seed(dbName, 2);
    const db = await openDB(dbName);
    // a v1 record written before schemaVersion existed: readable
    await db.put('assessments', { ...assessment('legacy') });
    // a record from a newer app, and a malformed answer of a0
    await db.put('assessments', { ...assessment('future'), schemaVersion: 99 });
    await db.put('answers', { assessmentId: 'a0', indicatorId: 'GOV.2.1', level: 9, evidence: [], schemaVersion: 1 });
    db.close();
    const { items, unreadable } = await readAllAssessments({ dbName });
    expect(items.map((i) => i.assessment.id).sort()).toEqual(['a1', 'legacy']);
    expect(unreadable).toBe(2);
    expect(items.find((i) => i.assessment.id === 'legacy')?.assessment).toEqual(assessment('legacy'));
  });

  it.each([['range', 40], ['per-assessment', 3]])('reads saved answers over created ones and counts a broken answer set (%s path)', async (_path, count) => {
    // Given assessments created with answers (answer sets), one answer saved later on each
    const dbName = uniqueDbName();
    await seed(dbName, count);
    const repo = await openAssessmentRepository({ dbName });
    for (let i = 0; i < count; i++) await repo.saveAnswer(`a${i}`, { ...answer('GOV.1.2', 5), note: 'later' }, '2026-03-01T00:00:00.000Z');
    repo.close();
    // And one answer set entry written by a newer app
    const db = await openDB(dbName);
    await db.put('answerSets', { assessmentId: 'a1', answerSchemaVersion: 7, answers: [{ indicatorId: 'GOV.1.1', level: 1, evidence: [] }], schemaVersion: 1 });
    db.close();

    const { items, unreadable } = await readAllAssessments({ dbName });

    expect(unreadable).toBe(1);
    expect(items).toHaveLength(count - 1);
    expect(items.find((i) => i.assessment.id === 'a0')?.answers).toStrictEqual({
      'GOV.1.1': answer('GOV.1.1', 0),
      'GOV.1.2': { ...answer('GOV.1.2', 5), note: 'later' },
    });
  });

  it('works on a database that does not exist yet (creates it empty)', async () => {
    await expect(readAllAssessments({ dbName: uniqueDbName() })).resolves.toEqual({ items: [], unreadable: 0 });
  });
});
