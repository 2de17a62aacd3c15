import { create } from 'zustand';
import type { Answer, AnswerMap, Assessment, AssessmentStatus } from '../domain/assessment/types';
import type { StorageErrorKind } from './app-status-store';
import { getRepository } from './repository';
import { reportFailure } from './storage-failure';

/** Per-indicator save state. "saved" is only ever set after IndexedDB confirmed the write. */
export type SaveState =
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'error'; readonly kind: StorageErrorKind };

interface AssessmentState {
  readonly loadStatus: 'idle' | 'loading' | 'ready' | 'not_found' | 'error';
  readonly loadError: StorageErrorKind | null;
  readonly assessment: Assessment | null;
  /** What the user has entered (optimistic); `saves` tells what is stored. */
  readonly answers: AnswerMap;
  readonly saves: Readonly<Record<string, SaveState>>;
  load(id: string): Promise<void>;
  saveAnswer(answer: Answer, now: string): Promise<boolean>;
  setStatus(status: AssessmentStatus, now: string): Promise<boolean>;
  reset(): void;
}

/** Write sequence per indicator: only the newest write may mark an answer saved. */
const seq = new Map<string, number>();

export const useAssessmentStore = create<AssessmentState>()((set, get) => ({
  loadStatus: 'idle',
  loadError: null,
  assessment: null,
  answers: {},
  saves: {},
  load: async (id) => {
    if (get().assessment?.id === id && get().loadStatus === 'ready') return;
    set({ loadStatus: 'loading', loadError: null, assessment: null, answers: {}, saves: {} });
    try {
      const repo = await getRepository();
      const bundle = await repo.get(id);
      if (!bundle) return set({ loadStatus: 'not_found' });
      set({ loadStatus: 'ready', assessment: bundle.assessment, answers: bundle.answers });
    } catch (e) {
      set({ loadStatus: 'error', loadError: reportFailure(e) });
    }
  },
  saveAnswer: async (answer, now) => {
    const current = get().assessment;
    if (!current) return false;
    const key = answer.indicatorId;
    const mine = (seq.get(key) ?? 0) + 1;
    seq.set(key, mine);
    const stamped: Answer = { ...answer, answeredAt: now };
    set((s) => ({
      answers: { ...s.answers, [key]: stamped },
      saves: { ...s.saves, [key]: { status: 'saving' } },
      assessment: s.assessment ? { ...s.assessment, updatedAt: now } : s.assessment,
    }));
    try {
      const repo = await getRepository();
      await repo.saveAnswer(current.id, stamped, now);
      if (seq.get(key) === mine) set((s) => ({ saves: { ...s.saves, [key]: { status: 'saved', at: now } } }));
      return true;
    } catch (e) {
      const kind = reportFailure(e);
      // A failed write is shown even when a newer write is pending: the user must know.
      set((s) => ({ saves: { ...s.saves, [key]: { status: 'error', kind } } }));
      return false;
    }
  },
  setStatus: async (status, now) => {
    const current = get().assessment;
    if (!current) return false;
    const next: Assessment = { ...current, status, updatedAt: now };
    try {
      const repo = await getRepository();
      await repo.updateMeta(next);
      set({ assessment: next });
      return true;
    } catch (e) {
      reportFailure(e);
      return false;
    }
  },
  reset: () => set({ loadStatus: 'idle', loadError: null, assessment: null, answers: {}, saves: {} }),
}));

/** True while any answer is being written or failed to write. */
export function hasUnsavedChanges(saves: Readonly<Record<string, SaveState>>): boolean {
  return Object.values(saves).some((s) => s.status !== 'saved');
}
