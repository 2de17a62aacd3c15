import { create } from 'zustand';
import type { Answer } from '../domain/assessment/types';
import { putAction } from '../domain/planning/actions';
import { emptyPlan } from '../domain/planning/plan';
import type { AssessmentPlan, PlanAction } from '../domain/planning/types';
import type { StorageErrorKind } from './app-status-store';
import { useAssessmentStore } from './assessment-store';
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
  /** Fields whose typed value is invalid (never stored): while any, the page never says "Tersimpan". */
  readonly invalidFields: ReadonlySet<string>;
  load(assessmentId: string): Promise<void>;
  /** Re-reads the plan, keeping the page as it is (e.g. when this tab gets the edit lock). */
  refresh(assessmentId: string): Promise<void>;
  /** Marks a field's typed value invalid (or valid again). */
  markInvalid(field: string, isInvalid: boolean): void;
  /**
   * Applies a pure change (a domain function) to the current plan, shows it at once and stores
   * it. Writes are queued, so they reach IndexedDB in the order they were made. Resolves to
   * whether this write was stored.
   */
  update(change: (plan: AssessmentPlan | null) => AssessmentPlan, now: string): Promise<boolean>;
  /**
   * Adds an action to the plan of `assessmentId` (or replaces the one with its id), loading that
   * plan first when another one (or none) is loaded. Build it with `buildAction` after
   * `validateAction` found no error. Resolves to whether it was stored.
   */
  addAction(assessmentId: string, action: PlanAction, now: string): Promise<boolean>;
  /**
   * Writes the accepted answers of a returned work package and the plan marking it merged, in
   * one transaction. Rejects (after reporting) with the storage error; nothing is written then.
   */
  merge(answers: readonly Answer[], plan: AssessmentPlan, now: string): Promise<void>;
}

/** The plan shares the assessment's edit lock: a read-only tab (or one still checking) never writes. */
function mayWrite(): boolean {
  const { access } = useAssessmentStore.getState();
  return access !== 'checking' && access !== 'other_tab';
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
  invalidFields: new Set(),
  load: async (assessmentId) => {
    set({ status: 'loading', error: null, assessmentId, plan: null, save: { status: 'idle' }, invalidFields: new Set() });
    try {
      const repo = await getRepository();
      const plan = (await repo.getPlan(assessmentId)) ?? null;
      if (get().assessmentId === assessmentId) set({ status: 'ready', plan });
    } catch (e) {
      const kind = reportFailure(e);
      if (get().assessmentId === assessmentId) set({ status: 'error', error: kind });
    }
  },
  refresh: async (assessmentId) => {
    if (get().assessmentId !== assessmentId || get().status !== 'ready') return;
    try {
      await queue; // after this tab's own writes
      const plan = (await (await getRepository()).getPlan(assessmentId)) ?? null;
      if (get().assessmentId === assessmentId) set({ plan });
    } catch (e) {
      reportFailure(e);
    }
  },
  markInvalid: (field, isInvalid) => {
    const current = get().invalidFields;
    if (current.has(field) === isInvalid) return;
    const next = new Set(current);
    if (isInvalid) next.add(field);
    else next.delete(field);
    set({ invalidFields: next });
  },
  update: async (change, now) => {
    const { assessmentId, status } = get();
    if (assessmentId === null || status !== 'ready' || !mayWrite()) return false;
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
  addAction: async (assessmentId, action, now) => {
    if (get().assessmentId !== assessmentId || get().status !== 'ready') await get().load(assessmentId);
    return get().update((plan) => putAction(plan ?? emptyPlan(assessmentId, now), action), now);
  },
  merge: async (answers, plan, now) => {
    if (!mayWrite()) throw new Error('Another tab edits this assessment (read-only here); nothing was merged.');
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
