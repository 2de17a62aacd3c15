import { create } from 'zustand';
import type { Answer } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import type { StorageErrorKind } from './app-status-store';
import { getRepository } from './repository';
import { reportFailure } from './storage-failure';

/** Save state of the plan: "saved" only after IndexedDB confirmed the write. */
export type PlanSave =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'error'; readonly kind: StorageErrorKind };

interface PlanState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: StorageErrorKind | null;
  readonly assessmentId: string | null;
  /** The stored plan, or null when the assessment has none yet. */
  readonly plan: AssessmentPlan | null;
  readonly save: PlanSave;
  load(assessmentId: string): Promise<void>;
  /**
   * Applies a pure change (a domain function) to the current plan, shows it at once and stores
   * it. Writes are queued, so they reach IndexedDB in the order they were made. Resolves to
   * whether this write was stored.
   */
  update(change: (plan: AssessmentPlan | null) => AssessmentPlan, now: string): Promise<boolean>;
  /**
   * Writes the accepted answers of a returned work package and the plan marking it merged, in
   * one transaction. Rejects (after reporting) with the storage error; nothing is written then.
   */
  merge(answers: readonly Answer[], plan: AssessmentPlan, now: string): Promise<void>;
}

/** Serialises plan writes: each waits for the previous one. */
let queue: Promise<unknown> = Promise.resolve();
let writeSeq = 0;

export const usePlanStore = create<PlanState>()((set, get) => ({
  status: 'idle',
  error: null,
  assessmentId: null,
  plan: null,
  save: { status: 'idle' },
  load: async (assessmentId) => {
    set({ status: 'loading', error: null, assessmentId, plan: null, save: { status: 'idle' } });
    try {
      const repo = await getRepository();
      const plan = (await repo.getPlan(assessmentId)) ?? null;
      if (get().assessmentId === assessmentId) set({ status: 'ready', plan });
    } catch (e) {
      const kind = reportFailure(e);
      if (get().assessmentId === assessmentId) set({ status: 'error', error: kind });
    }
  },
  update: async (change, now) => {
    const { assessmentId, status } = get();
    if (assessmentId === null || status !== 'ready') return false;
    const next = { ...change(get().plan), updatedAt: now };
    const mine = ++writeSeq;
    set({ plan: next, save: { status: 'saving' } });
    const write = queue.then(async () => {
      const repo = await getRepository();
      await repo.savePlan(next);
    });
    queue = write.catch(() => undefined);
    try {
      await write;
      if (mine === writeSeq && get().assessmentId === assessmentId) set({ save: { status: 'saved', at: now } });
      return true;
    } catch (e) {
      const kind = reportFailure(e);
      if (get().assessmentId === assessmentId) set({ save: { status: 'error', kind } });
      return false;
    }
  },
  merge: async (answers, plan, now) => {
    const write = queue.then(async () => {
      const repo = await getRepository();
      await repo.mergeWorkPackage(plan.assessmentId, answers, plan, now);
    });
    queue = write.catch(() => undefined);
    try {
      await write;
      if (get().assessmentId === plan.assessmentId) set({ plan, save: { status: 'saved', at: now } });
    } catch (e) {
      reportFailure(e);
      throw e;
    }
  },
}));
