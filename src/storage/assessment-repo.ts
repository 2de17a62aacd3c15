/**
 * The assessment repository: the only module that touches IndexedDB (through `db.ts`).
 * Typed, named operations in, domain objects out; every rejection is a `StorageError`.
 * Records are migrated on read and written back when a migration changed them.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import { openDb, STORES, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import { ANSWER_SCHEMA_VERSION } from './migrations';
import {
  changedRecords,
  readAnswer,
  readAssessment,
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

/** Assessments per answer request in `list()` (≈ 10,800 small answer records). */
const ASSESSMENTS_PER_REQUEST = 150;

interface Counts {
  answeredCount: number;
  naCount: number;
}

/** Key ranges of the answers store (`[assessmentId, indicatorId]`) covering `ids`, in chunks. */
function answerRanges(ids: readonly string[]): IDBKeyRange[] {
  const sorted = [...ids].sort();
  const ranges: IDBKeyRange[] = [];
  for (let i = 0; i < sorted.length; i += ASSESSMENTS_PER_REQUEST) {
    const first = sorted[i] ?? '';
    const last = sorted[Math.min(i + ASSESSMENTS_PER_REQUEST, sorted.length) - 1] ?? first;
    // [id] sorts before every [id, indicatorId]; [id, []] after them (arrays sort after strings).
    ranges.push(IDBKeyRange.bound([first], [last, []]));
  }
  return ranges;
}

const isLevel = (level: unknown): boolean => level === null || level === 'NA' || (Number.isInteger(level) && (level as number) >= 0 && (level as number) <= 5);

/**
 * Adds answers to `counts`: a level 0–5 is answered, 'NA' is not applicable, `null` neither. A
 * current record with a valid level is counted as it is (the hot path); any other record goes
 * through `readAnswer`, which migrates it in memory or throws (`too_new`, `invalid`).
 */
function countAnswers(raws: readonly unknown[], counts: Map<string, Counts>): void {
  for (const raw of raws) {
    const r = raw as Partial<Record<'assessmentId' | 'level' | 'schemaVersion', unknown>>;
    const fast = r.schemaVersion === ANSWER_SCHEMA_VERSION && typeof r.assessmentId === 'string' && isLevel(r.level);
    const { assessmentId, level } = fast ? (r as { assessmentId: string; level: unknown }) : readAnswer(raw).record;
    let count = counts.get(assessmentId);
    if (count === undefined) counts.set(assessmentId, (count = { answeredCount: 0, naCount: 0 }));
    if (level === 'NA') count.naCount += 1;
    else if (level !== null) count.answeredCount += 1;
  }
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
    // readonly: listing never holds back a writer. Records needing a migration are migrated in
    // memory only; `get` writes them back when the assessment is opened. too_new still refuses.
    return runTx(this.connection(), BOTH, 'readonly', async (tx) => {
      const rawAssessments = await tx.objectStore(STORES.assessments).index('by-updatedAt').getAll();
      const records = rawAssessments.map((raw) => readAssessment(raw).record);
      const answerStore = tx.objectStore(STORES.answers);
      const counts = new Map<string, Counts>();
      // One request per chunk of assessments, each counted as it arrives (no 185,040-record array).
      await Promise.all(answerRanges(records.map((r) => r.id)).map((range) => answerStore.getAll(range).then((raws) => countAnswers(raws, counts))));
      // The index yields oldest first.
      return records.reverse().map((record) => ({ assessment: toAssessment(record), ...(counts.get(record.id) ?? { answeredCount: 0, naCount: 0 }) }));
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
