import { create } from 'zustand';
import type { StoreApi } from 'zustand';
import type { Answer, AnswerMap, Assessment, AssessmentStatus } from '../domain/assessment/types';
import type { TabLock } from '../lib/tab-lock';
import { requestTabLock } from '../lib/tab-lock';
import type { StorageErrorKind } from './app-status-store';
import { useDeviceStore } from './device-store';
import type { KnownAssessment } from '../storage/assessment-repo';
import { countAnswers } from '../storage/answer-counts';
import { getRepository, openedRepository } from './repository';
import { reportFailure } from './storage-failure';

/** Per-indicator save state. "saved" is only ever set after IndexedDB confirmed the write. */
export type SaveState =
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'error'; readonly kind: StorageErrorKind };

/**
 * Whether this tab may write the open assessment. One tab edits an assessment at a time (a Web
 * Lock per assessment, docs/offline.md): `none` no questionnaire is open (writes allowed, e.g.
 * the results page); `checking` the lock was requested; `editing` this tab holds it (or the browser
 * has no Web Locks); `other_tab` another tab holds it, so this one is read-only.
 */
export type EditAccess = 'none' | 'checking' | 'editing' | 'other_tab';

interface AssessmentState {
  readonly loadStatus: 'idle' | 'loading' | 'ready' | 'not_found' | 'error';
  readonly loadError: StorageErrorKind | null;
  readonly assessment: Assessment | null;
  /** What the user has entered (optimistic); `saves` tells what is stored. */
  readonly answers: AnswerMap;
  readonly saves: Readonly<Record<string, SaveState>>;
  readonly access: EditAccess;
  /** Bumped when answers are replaced from storage, so components drop their local drafts. */
  readonly revision: number;
  load(id: string): Promise<void>;
  /** Re-reads the assessment from IndexedDB (e.g. after a work package was merged into it). */
  reload(id: string): Promise<void>;
  saveAnswer(answer: Answer, now: string): Promise<boolean>;
  setStatus(status: AssessmentStatus, now: string): Promise<boolean>;
  /**
   * Requests the edit lock of assessment `id` for this tab; each time it is granted (or found held
   * by another tab), the assessment and its answers are read from IndexedDB before editing is
   * allowed, so a screen that opens for editing needs no `load` of its own. Returns the function
   * that releases the lock.
   */
  openForEditing(id: string): () => void;
  /** Takes the edit lock from the other tab (which becomes read-only). */
  takeOver(): void;
  reset(): void;
}

type SetState = StoreApi<AssessmentState>['setState'];
type GetState = StoreApi<AssessmentState>['getState'];

/** Write sequence per indicator: only the newest write may mark an answer saved. */
const seq = new Map<string, number>();

/** Persisted name shared by all tabs of this origin: never rename. */
export const editLockName = (assessmentId: string): string => `siap-cerdas:assessment:${assessmentId}`;

/**
 * Reads the assessment and its answers into the store (`ready`, `not_found` or `error`), in one
 * store update together with `after` (e.g. the edit access the read was made for): every update is
 * a synchronous render of the screens that read the store.
 */
async function fetchInto(id: string, set: SetState, isCurrent: () => boolean, after?: (s: AssessmentState) => Partial<AssessmentState>): Promise<void> {
  let next: Partial<AssessmentState>;
  try {
    const repo = await getRepository();
    const bundle = await repo.get(id);
    if (!isCurrent()) return;
    next = bundle ? { loadStatus: 'ready', loadError: null, assessment: bundle.assessment, answers: bundle.answers } : { loadStatus: 'not_found' };
  } catch (e) {
    if (!isCurrent()) return;
    next = { loadStatus: 'error', loadError: reportFailure(e) };
  }
  set((s) => ({ ...next, ...after?.(s) }));
}

let lock: TabLock | undefined;

/**
 * Starts writing an answer: synchronously when the database is open, else once it is. The store
 * holds the assessment and all its answers (`KnownAssessment`), so the storage worker can check and
 * write in one transaction without asking the page.
 */
function startSave(known: KnownAssessment, answer: Answer): Promise<void> {
  const { id, updatedAt } = known.assessment;
  const open = openedRepository();
  return open ? open.saveAnswer(id, answer, updatedAt, known) : getRepository().then((r) => r.saveAnswer(id, answer, updatedAt, known));
}

/** The edit-lock actions (kept apart so each function stays short). */
function lockActions(set: SetState, get: GetState): Pick<AssessmentState, 'openForEditing' | 'takeOver'> {
  /**
   * Re-reads from IndexedDB; `revision` makes the cards drop local drafts of the old values. The
   * read, the new revision and `then` (the access granted) are one store update: one render.
   */
  const reread = (id: string, handle: TabLock, then: Partial<AssessmentState> = {}) =>
    fetchInto(id, set, () => lock === handle, (s) => ({ revision: s.revision + 1, ...then }));
  return {
    openForEditing: (id) => {
      lock?.release();
      // The read after the lock is granted is the screen's only read: drop another assessment now.
      const other = get().assessment?.id !== id;
      set(other ? { loadStatus: 'loading', loadError: null, assessment: null, answers: {}, saves: {}, access: 'checking' } : { access: 'checking' });
      const handle: TabLock = requestTabLock(editLockName(id), (state) => {
        if (state === 'busy') {
          // Opened while another tab edits: show what is stored now, not what this tab saw before.
          if (get().access === 'checking') void reread(id, handle);
          return set({ access: 'other_tab' });
        }
        // Granted (or no Web Locks): another tab may have written since we read, so re-read first.
        void reread(id, handle, { access: 'editing', saves: {} });
      });
      lock = handle;
      return () => {
        handle.release();
        if (lock !== handle) return;
        lock = undefined;
        set({ access: 'none' });
      };
    },
    takeOver: () => {
      if (get().access === 'other_tab') lock?.steal();
    },
  };
}

export const useAssessmentStore = create<AssessmentState>()((set, get) => ({
  loadStatus: 'idle',
  loadError: null,
  assessment: null,
  answers: {},
  saves: {},
  access: 'none',
  revision: 0,
  load: async (id) => {
    if (get().assessment?.id === id && get().loadStatus === 'ready') return;
    set({ loadStatus: 'loading', loadError: null, assessment: null, answers: {}, saves: {} });
    await fetchInto(id, set, () => true);
  },
  reload: async (id) => {
    await fetchInto(id, set, () => get().assessment?.id === id);
    set((s) => ({ revision: s.revision + 1 }));
  },
  saveAnswer: async (answer, now) => {
    const current = get().assessment;
    const { access } = get();
    // A read-only tab never writes: the tab holding the lock may have newer answers.
    if (!current || access === 'checking' || access === 'other_tab') return false;
    const key = answer.indicatorId;
    const mine = (seq.get(key) ?? 0) + 1;
    seq.set(key, mine);
    const stamped: Answer = { ...answer, answeredAt: now };
    const before = get().answers;
    const answers = { ...before, [key]: stamped };
    const assessment = { ...current, updatedAt: now };
    const known = { assessment, countsBefore: countAnswers(Object.values(before)), counts: countAnswers(Object.values(answers)) };
    // Posted to the storage worker first, still inside the click: IndexedDB writes while React renders.
    const write = startSave(known, stamped);
    set((s) => ({ answers, assessment, saves: { ...s.saves, [key]: { status: 'saving' } } }));
    try {
      await write;
      if (seq.get(key) === mine) set((s) => ({ saves: { ...s.saves, [key]: { status: 'saved', at: now } } }));
      // The first stored answer is the first meaningful action: ask to keep the data.
      void useDeviceStore.getState().requestPersistenceOnce();
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
    if (!current || get().access === 'checking' || get().access === 'other_tab') return false;
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
  ...lockActions(set, get),
  reset: () => {
    lock?.release();
    lock = undefined;
    set({ loadStatus: 'idle', loadError: null, assessment: null, answers: {}, saves: {}, access: 'none', revision: 0 });
  },
}));

/**
 * Resolves once no answer is being written (or after `timeoutMs`), e.g. before a reload
 * activates a new app version, so a write in flight is not cut off.
 */
export function whenSavesSettled(timeoutMs = 5000): Promise<void> {
  const isSettled = () => !Object.values(useAssessmentStore.getState().saves).some((s) => s.status === 'saving');
  if (isSettled()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = useAssessmentStore.subscribe(() => {
      if (isSettled()) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}
