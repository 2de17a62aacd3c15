/**
 * The assessment repository: the only module that touches IndexedDB (through `db.ts`).
 * Typed, named operations in, domain objects out; every rejection is a `StorageError`.
 * Records are migrated on read and written back when a migration changed them.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import { openDb, STORES, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import {
  changedRecords,
  readAnswer,
  readAssessment,
  summarize,
  toAnswerMap,
  toAssessment,
  toStoredAnswer,
  toStoredAssessment,
} from './records';
import { runTx } from './transaction';

export interface AssessmentSummary {
  readonly assessment: Assessment;
  /** Answers whose level is 0–5. */
  readonly answeredCount: number;
  /** Answers marked 'NA' (tidak relevan). */
  readonly naCount: number;
}

export interface AssessmentBundle {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
}

export interface AssessmentRepository {
  /** All assessments with answer counts, newest `updatedAt` first. */
  list(): Promise<AssessmentSummary[]>;
  /** The assessment and its answers, or `undefined` if there is none with this id. */
  get(id: string): Promise<AssessmentBundle | undefined>;
  /** Stores a new assessment and its answers in one transaction; `conflict` if the id exists. */
  create(assessment: Assessment, answers?: readonly Answer[]): Promise<void>;
  /** Replaces the assessment's metadata (answers untouched); `not_found` if missing. */
  updateMeta(assessment: Assessment): Promise<void>;
  /**
   * Puts one answer and sets the assessment's `updatedAt`, atomically; `not_found` (nothing
   * written) if the assessment is missing. Resolves after the transaction has committed.
   */
  saveAnswer(assessmentId: string, answer: Answer, updatedAt: string): Promise<void>;
  /** Deletes the assessment and all its answers in one transaction. Missing id: no-op. */
  remove(id: string): Promise<void>;
  /** Closes the connection; later calls reject with `unavailable`. */
  close(): void;
}

export interface OpenRepositoryOptions {
  /** Defaults to `DB_NAME`. */
  readonly dbName?: string;
  /** Another tab is upgrading the database: the connection is closed, ask the user to reload. */
  readonly onVersionChange?: () => void;
}

const BOTH = [STORES.assessments, STORES.answers] as const;

function notFound(id: string): StorageError {
  return new StorageError('not_found', `Assessment "${id}" does not exist.`);
}

/** Shared with the open callbacks, which may fire at any time after opening. */
interface ConnectionState {
  /** Set when the connection is gone: later calls reject with `unavailable` and this message. */
  closedReason?: string;
}

/** IndexedDB implementation of the port; built only by `openAssessmentRepository`. */
class IdbAssessmentRepository implements AssessmentRepository {
  constructor(
    private readonly db: SiapCerdasDatabase,
    private readonly state: ConnectionState,
  ) {}

  private connection(): SiapCerdasDatabase {
    if (this.state.closedReason !== undefined) throw new StorageError('unavailable', this.state.closedReason);
    return this.db;
  }

  async list(): Promise<AssessmentSummary[]> {
    // readwrite: migrated records are written back in the same transaction (no lost updates).
    return runTx(this.connection(), BOTH, 'readwrite', async (tx) => {
      const assessmentStore = tx.objectStore(STORES.assessments);
      const answerStore = tx.objectStore(STORES.answers);
      const [rawAssessments, rawAnswers] = await Promise.all([
        assessmentStore.index('by-updatedAt').getAll(),
        answerStore.getAll(),
      ]);
      const assessments = rawAssessments.map(readAssessment);
      const answers = rawAnswers.map(readAnswer);
      await Promise.all([
        ...changedRecords(assessments).map((r) => assessmentStore.put(r)),
        ...changedRecords(answers).map((r) => answerStore.put(r)),
      ]);
      // The index yields oldest first.
      return summarize(assessments.map((a) => a.record), answers.map((a) => a.record)).reverse();
    });
  }

  async get(id: string): Promise<AssessmentBundle | undefined> {
    return runTx(this.connection(), BOTH, 'readwrite', async (tx) => {
      const assessmentStore = tx.objectStore(STORES.assessments);
      const answerStore = tx.objectStore(STORES.answers);
      const [rawAssessment, rawAnswers] = await Promise.all([
        assessmentStore.get(id),
        answerStore.index('by-assessment').getAll(id),
      ]);
      if (rawAssessment === undefined) return undefined;
      const assessment = readAssessment(rawAssessment);
      const answers = rawAnswers.map(readAnswer);
      await Promise.all([
        ...changedRecords([assessment]).map((r) => assessmentStore.put(r)),
        ...changedRecords(answers).map((r) => answerStore.put(r)),
      ]);
      return { assessment: toAssessment(assessment.record), answers: toAnswerMap(answers.map((a) => a.record)) };
    });
  }

  async create(assessment: Assessment, answers: readonly Answer[] = []): Promise<void> {
    const record = toStoredAssessment(assessment);
    const answerRecords = answers.map((a) => toStoredAnswer(assessment.id, a));
    await runTx(this.connection(), BOTH, 'readwrite', async (tx) => {
      const assessmentStore = tx.objectStore(STORES.assessments);
      if ((await assessmentStore.getKey(assessment.id)) !== undefined) {
        throw new StorageError('conflict', `Assessment "${assessment.id}" already exists.`);
      }
      const answerStore = tx.objectStore(STORES.answers);
      await Promise.all([assessmentStore.add(record), ...answerRecords.map((a) => answerStore.put(a))]);
    });
  }

  async updateMeta(assessment: Assessment): Promise<void> {
    const record = toStoredAssessment(assessment);
    await runTx(this.connection(), [STORES.assessments], 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.assessments);
      const existing = await store.get(assessment.id);
      if (existing === undefined) throw notFound(assessment.id);
      readAssessment(existing); // throws too_new: never overwrite a record written by a newer app
      await store.put(record);
    });
  }

  async saveAnswer(assessmentId: string, answer: Answer, updatedAt: string): Promise<void> {
    const answerRecord = toStoredAnswer(assessmentId, answer);
    await runTx(this.connection(), BOTH, 'readwrite', async (tx) => {
      const assessmentStore = tx.objectStore(STORES.assessments);
      const existing = await assessmentStore.get(assessmentId);
      if (existing === undefined) throw notFound(assessmentId);
      const { record } = readAssessment(existing);
      await tx.objectStore(STORES.answers).put(answerRecord);
      await assessmentStore.put(toStoredAssessment({ ...toAssessment(record), updatedAt }));
    });
  }

  async remove(id: string): Promise<void> {
    await runTx(this.connection(), BOTH, 'readwrite', async (tx) => {
      const answerStore = tx.objectStore(STORES.answers);
      const answerKeys = await answerStore.index('by-assessment').getAllKeys(id);
      await Promise.all([
        tx.objectStore(STORES.assessments).delete(id),
        ...answerKeys.map((key) => answerStore.delete(key)),
      ]);
    });
  }

  close(): void {
    this.state.closedReason ??= 'The repository was closed.';
    this.db.close();
  }
}

/**
 * Opens the database and returns the repository over it.
 * Rejects with `StorageError` (`unavailable`, `blocked`, `too_new`, …) if it cannot be opened.
 */
export async function openAssessmentRepository(options: OpenRepositoryOptions = {}): Promise<AssessmentRepository> {
  const state: ConnectionState = {};
  const db = await openDb({
    ...(options.dbName !== undefined && { dbName: options.dbName }),
    onVersionChange: () => {
      state.closedReason ??= 'The database is being upgraded by another tab; reload the app.';
      options.onVersionChange?.();
    },
    onTerminated: () => {
      state.closedReason ??= 'The browser closed the database; reload the app.';
    },
  });
  return new IdbAssessmentRepository(db, state);
}
