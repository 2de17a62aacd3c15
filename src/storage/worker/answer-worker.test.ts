import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { answer, AT, draft, rawGet } from '../../test/answer-write-fixture';
import { inProcessStorageWorker, type InProcessWorker } from '../../test/in-process-worker';
import { openAssessmentRepository, type AssessmentRepository, type KnownAssessment } from '../assessment-repo';
import { DB_VERSION } from '../db';
import { connectAnswerWorker } from './answer-client';
import type { WorkerPort } from './protocol';

// Answers saved with what the caller knows go through the storage worker (its real logic, run in
// this thread by `inProcessStorageWorker`), or are written on the page when no worker can start.

let dbCounter = 0;
const opened: AssessmentRepository[] = [];
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

async function freshRepo(startWorker?: () => WorkerPort): Promise<{ repo: AssessmentRepository; dbName: string }> {
  dbCounter += 1;
  const dbName = `siap-cerdas-worker-test-${dbCounter}`;
  const repo = await openAssessmentRepository({ dbName, ...(startWorker && { startWorker }) });
  opened.push(repo);
  return { repo, dbName };
}

const known = (before: [number, number], after: [number, number], at = AT): KnownAssessment => ({
  assessment: { ...draft, updatedAt: at },
  countsBefore: { answeredCount: before[0], naCount: before[1] },
  counts: { answeredCount: after[0], naCount: after[1] },
});

describe('the storage worker', () => {
  it('stores the answer, the new updatedAt and the counts, and marks the commit time on the page', async () => {
    // Given a draft with GOV.1.1 answered, and the repository's worker
    let worker: InProcessWorker | undefined;
    const { repo } = await freshRepo(() => (worker = inProcessStorageWorker()));
    await repo.create(draft, [answer('GOV.1.1', 2)]);
    performance.clearMarks('siap-cerdas:answer-stored');
    const before = performance.now();

    // When GOV.1.2 is answered with the caller's counts (1, 0) → (2, 0)
    await repo.saveAnswer('a1', answer('GOV.1.2', 4), AT, known([1, 0], [2, 0]));

    // Then the worker wrote it (after opening the page's database at its version)
    expect(worker?.posted.map((m) => m.type)).toEqual(['open', 'save']);
    expect(worker?.posted[0]).toEqual({ type: 'open', dbName: expect.stringMatching(/^siap-cerdas-worker-test-/), version: DB_VERSION });
    const bundle = await repo.get('a1');
    expect(bundle?.answers['GOV.1.2']?.level).toBe(4);
    expect(bundle?.assessment.updatedAt).toBe(AT);
    expect(await repo.list()).toMatchObject([{ answeredCount: 2, naCount: 0 }]);
    // And the commit time is on the page's clock, before the save resolved
    const [mark] = performance.getEntriesByName('siap-cerdas:answer-stored');
    expect(mark?.startTime).toBeGreaterThanOrEqual(before);
    expect(mark?.startTime).toBeLessThanOrEqual(performance.now());
  });

  it('acknowledges two quick saves of one indicator in order, and the last one wins', async () => {
    const { repo } = await freshRepo(inProcessStorageWorker);
    await repo.create(draft);
    const order: string[] = [];

    // When level 1, then level 5 are clicked before either is stored
    const first = repo.saveAnswer('a1', answer('GOV.1.1', 1), AT, known([0, 0], [1, 0])).then(() => order.push('first'));
    const later = '2026-02-02T10:00:01.000Z';
    const second = repo.saveAnswer('a1', answer('GOV.1.1', 5), later, known([1, 0], [1, 0], later)).then(() => order.push('second'));
    await Promise.all([first, second]);

    // Then both are acknowledged in order and level 5 is stored
    expect(order).toEqual(['first', 'second']);
    const bundle = await repo.get('a1');
    expect(bundle?.answers['GOV.1.1']?.level).toBe(5);
    expect(bundle?.assessment.updatedAt).toBe(later);
    expect(await repo.list()).toMatchObject([{ answeredCount: 1, naCount: 0 }]);
  });

  it('refuses a save for a deleted assessment with not_found and commits nothing of it', async () => {
    const { repo, dbName } = await freshRepo(inProcessStorageWorker);
    await repo.create(draft);
    await repo.remove('a1');

    await expect(repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known([0, 0], [1, 0]))).rejects.toMatchObject({ kind: 'not_found' });

    expect(await rawGet(dbName, 'answers', ['a1', 'GOV.1.1'])).toBeUndefined();
    expect(await rawGet(dbName, 'assessments', 'a1')).toBeUndefined();
    expect(await rawGet(dbName, 'summaries', 'a1')).toBeUndefined();
  });

  it('reports a full disk as quota, with nothing stored, and stores the retry once there is space', async () => {
    // Given a disk that refuses every put
    const { repo, dbName } = await freshRepo(inProcessStorageWorker);
    await repo.create(draft);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known([0, 0], [1, 0]))).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await rawGet(dbName, 'answers', ['a1', 'GOV.1.1'])).toBeUndefined();

    await repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known([0, 0], [1, 0]));
    expect((await repo.get('a1'))?.answers['GOV.1.1']?.level).toBe(3);
  });

  it('closes its connection when another tab upgrades the database; later saves are unavailable', async () => {
    // Given an answer stored through the worker
    const { repo, dbName } = await freshRepo(inProcessStorageWorker);
    await repo.create(draft);
    await repo.saveAnswer('a1', answer('GOV.1.1', 2), AT, known([0, 0], [1, 0]));

    // When another tab opens a newer version of the database, the upgrade is not blocked
    const newer = await openDB(dbName, DB_VERSION + 1, { blocked: () => expect.fail('the upgrade was blocked') });
    newer.close();

    // Then saving again is refused as unavailable (reload the app)
    await expect(repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known([1, 0], [1, 0]))).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('without a storage worker, answers are written on the page', () => {
  it('when the worker cannot start', async () => {
    const { repo } = await freshRepo(() => {
      throw new Error('Workers are disabled.');
    });
    await repo.create(draft);
    await repo.saveAnswer('a1', answer('GOV.1.1', 3), AT, known([0, 0], [1, 0]));
    expect((await repo.get('a1'))?.answers['GOV.1.1']?.level).toBe(3);
  });

  it('when the worker cannot open the database: the answers posted to it meanwhile are written once, in order', async () => {
    // Given a worker pointed at an older version than the database's: its open fails (VersionError)
    const { repo, dbName } = await freshRepo();
    await repo.create(draft);
    let worker: InProcessWorker | undefined;
    const writer = connectAnswerWorker(() => (worker = inProcessStorageWorker()), { dbName, version: DB_VERSION - 1 }, (a, k) =>
      repo.saveAnswer('a1', a, k.assessment.updatedAt));
    try {
      // When two answers are saved before the worker reported it cannot open
      const later = '2026-02-02T10:00:01.000Z';
      await Promise.all([writer.save(answer('GOV.1.1', 1), known([0, 0], [1, 0])), writer.save(answer('GOV.1.1', 4), known([1, 0], [1, 0], later))]);

      // Then both were posted, the worker stopped, and the page stored them in order
      expect(worker?.posted.map((m) => m.type)).toEqual(['open', 'save', 'save']);
      expect(worker?.terminated()).toBe(true);
      expect((await repo.get('a1'))?.answers['GOV.1.1']?.level).toBe(4);
    } finally {
      writer.close();
    }
  });

  it('when the worker fails after starting (an error event): pending answers are written on the page', async () => {
    const { repo } = await freshRepo();
    await repo.create(draft);
    let port: WorkerPort | undefined;
    const broken = (): WorkerPort => (port = { onmessage: null, onerror: null, onmessageerror: null, postMessage: () => undefined, terminate: () => undefined });
    const writer = connectAnswerWorker(broken, { dbName: 'unused', version: 1 }, (a, k) => repo.saveAnswer('a1', a, k.assessment.updatedAt));
    const saved = writer.save(answer('GOV.1.2', 'NA'), known([0, 0], [0, 1]));
    port?.onerror?.(new Event('error'));
    await saved;
    expect((await repo.get('a1'))?.answers['GOV.1.2']?.level).toBe('NA');
    writer.close();
  });
});
