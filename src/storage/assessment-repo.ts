/**
 * The assessment repository: the only module that touches IndexedDB (through `db.ts`).
 * Typed, named operations in, domain objects out; every rejection is a `StorageError`.
 * Records are migrated on read and written back when a migration changed them. Answers are kept
 * as answer sets overlaid by answer records (`answer-stores.ts`), with counts in `summaries`.
 */
import { unwrap } from 'idb';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import {
  type AssessmentBundle,
  type AssessmentSummary,
  createAssessment,
  getAssessment,
  listAssessments,
  removeAssessment,
  saveAnswer,
  updateAssessmentMeta,
} from './assessment-ops';
import { saveKnownAnswer, type KnownAssessment } from './answer-write';
import { DB_NAME, openDb, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import { getPlan, mergeWorkPackage, savePlan } from './plan-repo';
import { connectAnswerWorker, startStorageWorker, type AnswerWriter } from './worker/answer-client';
import type { WorkerPort } from './worker/protocol';

export type { AssessmentBundle, AssessmentSummary } from './assessment-ops';
export type { KnownAssessment } from './answer-write';

export interface AssessmentRepository {
  /** All assessments with answer counts, newest `updatedAt` first. */
  list(): Promise<AssessmentSummary[]>;
  /** The assessment and its answers, or `undefined` if there is none with this id. */
  get(id: string): Promise<AssessmentBundle | undefined>;
  /**
   * Stores a new assessment, its answers and (for an OPD's package copy with an action part) its
   * plan in one transaction; `conflict` if the id exists.
   */
  create(assessment: Assessment, answers?: readonly Answer[], plan?: AssessmentPlan): Promise<void>;
  /** Replaces the assessment's metadata (answers untouched); `not_found` if missing. */
  updateMeta(assessment: Assessment): Promise<void>;
  /**
   * Puts one answer and sets the assessment's `updatedAt`, atomically; `not_found` (nothing
   * written) if the assessment is missing. Resolves after the transaction has committed.
   * With `known` (the caller holds the assessment and all its answers) the write is posted to the
   * storage worker at once (`worker/`), which checks and writes in one transaction off the page's
   * main thread (`answer-write.ts`): the same results, sooner.
   */
  saveAnswer(assessmentId: string, answer: Answer, updatedAt: string, known?: KnownAssessment): Promise<void>;
  /** Deletes the assessment, all its answers and its plan in one transaction. Missing id: no-op. */
  remove(id: string): Promise<void>;
  /** The plan of an assessment, or `undefined` if none was saved yet. */
  getPlan(assessmentId: string): Promise<AssessmentPlan | undefined>;
  /** Stores the plan (replacing any earlier one); `not_found` if its assessment is missing. */
  savePlan(plan: AssessmentPlan): Promise<void>;
  /**
   * Merges a returned work package in ONE transaction: puts the accepted answers (counts kept),
   * sets the assessment's `updatedAt` and stores `plan`, whose record of the package now has
   * `mergedAt`. `conflict` (nothing written) if the stored plan already has that package merged.
   */
  mergeWorkPackage(assessmentId: string, answers: readonly Answer[], plan: AssessmentPlan, updatedAt: string): Promise<void>;
  /** Closes the connection; later calls reject with `unavailable`. */
  close(): void;
}

export interface OpenRepositoryOptions {
  /** Defaults to `DB_NAME`. */
  readonly dbName?: string;
  /** Another tab is upgrading the database: the connection is closed, ask the user to reload. */
  readonly onVersionChange?: () => void;
  /** The browser discarded the database (see `OpenDbOptions.onDataLoss`). */
  readonly onDataLoss?: () => void;
  /**
   * Starts the storage worker that writes answers saved with `known`. Defaults to the build's
   * module worker where `Worker` exists; without one (or if it fails) they are written here.
   * @internal Test seam: unit tests pass an in-process worker or one that fails to start.
   */
  readonly startWorker?: () => WorkerPort;
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
    private readonly answers: AnswerWriter,
  ) {}

  private connection(): SiapCerdasDatabase {
    if (this.state.closedReason !== undefined) throw new StorageError('unavailable', this.state.closedReason);
    return this.db;
  }

  async list(): Promise<AssessmentSummary[]> {
    return listAssessments(this.connection());
  }

  async get(id: string): Promise<AssessmentBundle | undefined> {
    return getAssessment(this.connection(), id);
  }

  async create(assessment: Assessment, answers: readonly Answer[] = [], plan?: AssessmentPlan): Promise<void> {
    return createAssessment(this.connection(), assessment, answers, plan);
  }

  async updateMeta(assessment: Assessment): Promise<void> {
    return updateAssessmentMeta(this.connection(), assessment);
  }

  async saveAnswer(assessmentId: string, answer: Answer, updatedAt: string, known?: KnownAssessment): Promise<void> {
    if (known?.assessment.id === assessmentId && known.assessment.updatedAt === updatedAt) {
      this.connection(); // rejects with `unavailable` once the page's connection is closed
      return this.answers.save(answer, known);
    }
    return saveAnswer(this.connection(), assessmentId, answer, updatedAt);
  }

  async remove(id: string): Promise<void> {
    return removeAssessment(this.connection(), id);
  }

  async getPlan(assessmentId: string): Promise<AssessmentPlan | undefined> {
    return getPlan(this.connection(), assessmentId);
  }

  async savePlan(plan: AssessmentPlan): Promise<void> {
    return savePlan(this.connection(), plan);
  }

  async mergeWorkPackage(assessmentId: string, answers: readonly Answer[], plan: AssessmentPlan, updatedAt: string): Promise<void> {
    return mergeWorkPackage(this.connection(), assessmentId, answers, plan, updatedAt);
  }

  close(): void {
    this.state.closedReason ??= 'The repository was closed.';
    this.answers.close();
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
    ...(options.onDataLoss && { onDataLoss: options.onDataLoss }),
    onVersionChange: () => {
      state.closedReason ??= 'The database is being upgraded by another tab; reload the app.';
      options.onVersionChange?.();
    },
    onTerminated: () => {
      state.closedReason ??= 'The browser closed the database; reload the app.';
    },
  });
  const start = options.startWorker ?? (typeof Worker === 'undefined' ? undefined : startStorageWorker);
  const fallback = (answer: Answer, known: KnownAssessment) => saveKnownAnswer(unwrap(db), answer, known);
  const answers = connectAnswerWorker(start, { dbName: options.dbName ?? DB_NAME, version: db.version }, fallback);
  return new IdbAssessmentRepository(db, state, answers);
}
