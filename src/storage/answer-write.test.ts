import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment/types';
import { answer, AT, draft, rawGet as raw, rawPut } from '../test/answer-write-fixture';
import { openAssessmentRepository, type AssessmentRepository, type KnownAssessment } from './assessment-repo';

// The click's write (answer-write.ts): through the repository with what the caller knows. Node has no
// `Worker`, so these run the check-and-write on the page's connection (the worker's tests: worker/).

let dbCounter = 0;
const opened: AssessmentRepository[] = [];
async function freshRepo(): Promise<{ repo: AssessmentRepository; dbName: string }> {
  dbCounter += 1;
  const dbName = `siap-cerdas-answer-write-test-${dbCounter}`;
  const repo = await openAssessmentRepository({ dbName });
  opened.push(repo);
  return { repo, dbName };
}
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

/** What the store passes: the assessment stamped with the save time and the counts before/after. */
const known = (assessment: Assessment, before: [number, number], after: [number, number]): KnownAssessment => ({
  assessment: { ...assessment, updatedAt: AT },
  countsBefore: { answeredCount: before[0], naCount: before[1] },
  counts: { answeredCount: after[0], naCount: after[1] },
});

describe('saving an answer with what the caller knows', () => {
  it('stores the answer, the new updatedAt and the counts the caller computed', async () => {
    // Given a draft with GOV.1.1 answered (1 answered)
    const { repo } = await freshRepo();
    await repo.create(draft, [answer('GOV.1.1', 2)]);

    // When GOV.1.2 is marked "Tidak relevan" with the caller's counts (1, 0) → (1, 1)
    await repo.saveAnswer('a1', { ...answer('GOV.1.2', 'NA'), naReason: 'Tidak ada pelabuhan' }, AT, known(draft, [1, 0], [1, 1]));

    // Then the answer, the assessment and the counts are as a read-first write would leave them
    const bundle = await repo.get('a1');
    expect(bundle?.answers['GOV.1.2']).toMatchObject({ level: 'NA', naReason: 'Tidak ada pelabuhan' });
    expect(bundle?.assessment.updatedAt).toBe(AT);
    expect(await repo.list()).toMatchObject([{ answeredCount: 1, naCount: 1 }]);
  });

  it('on an assessment deleted meanwhile rejects with not_found and leaves nothing behind', async () => {
    const { repo, dbName } = await freshRepo();
    await repo.create(draft);
    await repo.remove('a1');

    await expect(repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known(draft, [0, 0], [1, 0]))).rejects.toMatchObject({ kind: 'not_found' });

    expect(await raw(dbName, 'assessments', 'a1')).toBeUndefined();
    expect(await raw(dbName, 'answers', ['a1', 'GOV.1.1'])).toBeUndefined();
    expect(await raw(dbName, 'summaries', 'a1')).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('on an assessment a newer app wrote rejects with too_new and commits nothing', async () => {
    // Given the assessment, its counts and the answer as a newer version stored them
    const { repo, dbName } = await freshRepo();
    await repo.create(draft, [answer('GOV.1.1', 2)]);
    const future = { ...draft, schemaVersion: 99, hologram: true };
    const futureAnswer = { ...answer('GOV.1.1', 4), assessmentId: 'a1', schemaVersion: 7, confidence: 0.9 };
    await rawPut(dbName, 'assessments', future);
    await rawPut(dbName, 'answers', futureAnswer);
    const summary = await raw(dbName, 'summaries', 'a1');

    // When this tab saves GOV.1.1 from what it had read before
    await expect(repo.saveAnswer('a1', answer('GOV.1.1', 5), AT, known(draft, [1, 0], [1, 0]))).rejects.toMatchObject({ kind: 'too_new' });

    // Then every record is as the newer app left it
    expect(await raw(dbName, 'assessments', 'a1')).toEqual(future);
    expect(await raw(dbName, 'answers', ['a1', 'GOV.1.1'])).toEqual(futureAnswer);
    expect(await raw(dbName, 'summaries', 'a1')).toEqual(summary);
  });

  it('keeps metadata and recounts when another tab changed them since the caller read', async () => {
    // Given a draft with two answers, then (in another tab) finalised and GOV.1.2 cleared
    const { repo } = await freshRepo();
    await repo.create(draft, [answer('GOV.1.1', 2), answer('GOV.1.2', 3)]);
    await repo.updateMeta({ ...draft, status: 'final' });
    await repo.saveAnswer('a1', answer('GOV.1.2', null), '2026-02-01T00:00:00.000Z');

    // When this tab, still holding the draft with two answers, answers GOV.1.3
    await repo.saveAnswer('a1', answer('GOV.1.3', 1), AT, known(draft, [2, 0], [3, 0]));

    // Then the status stays final (with the new time) and the counts are the stored answers' (GOV.1.1, GOV.1.3)
    const [row] = await repo.list();
    expect(row?.assessment).toMatchObject({ status: 'final', updatedAt: AT });
    expect(row).toMatchObject({ answeredCount: 2, naCount: 0 });
  });

  it('keeps metadata another tab changed when the answers are as the caller had them', async () => {
    // Given a draft with one answer, finalised in another tab
    const { repo } = await freshRepo();
    await repo.create(draft, [answer('GOV.1.1', 2)]);
    await repo.updateMeta({ ...draft, status: 'final', team: 'Bappeda' });

    // When this tab, still holding the draft, changes GOV.1.1
    await repo.saveAnswer('a1', answer('GOV.1.1', 4), AT, known(draft, [1, 0], [1, 0]));

    // Then the stored metadata stays (with the new time) and the answer is stored
    const bundle = await repo.get('a1');
    expect(bundle?.assessment).toStrictEqual({ ...draft, status: 'final', team: 'Bappeda', updatedAt: AT });
    expect(bundle?.answers['GOV.1.1']?.level).toBe(4);
  });
});
