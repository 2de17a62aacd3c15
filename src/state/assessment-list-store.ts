import { create } from 'zustand';
import { createAssessment, duplicateAssessment } from '../domain/assessment/factory';
import type { Assessment } from '../domain/assessment/types';
import type { AssessmentSummary } from '../storage/assessment-repo';

export type { AssessmentSummary };
import { readHeldData, writeHeldData } from '../lib/held-data-marker';
import { useAppStatusStore } from './app-status-store';
import { getRepository } from './repository';
import { reportFailure } from './storage-failure';

export interface NewAssessmentValues {
  readonly regionCode: string;
  readonly period: number;
  readonly team: string;
  readonly contact: string;
}

interface AssessmentListState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly AssessmentSummary[];
  refresh(): Promise<void>;
  /** Creates a draft (optionally copying another assessment's answers); resolves to its id. */
  create(values: NewAssessmentValues, ids: { id: string; now: string }, copyFrom?: string): Promise<string | null>;
  remove(id: string): Promise<boolean>;
}

export const useAssessmentListStore = create<AssessmentListState>()((set, get) => ({
  status: 'idle',
  items: [],
  refresh: async () => {
    set({ status: get().items.length ? 'ready' : 'loading' });
    try {
      const repo = await getRepository();
      const items = await repo.list();
      noteHeldData(items.length);
      set({ items, status: 'ready' });
    } catch (e) {
      reportFailure(e);
      set({ status: 'error' });
    }
  },
  create: async (values, { id, now }, copyFrom) => {
    try {
      // The instrument text stays out of the first bundle: only creating an assessment needs it.
      const { CURRENT_INSTRUMENT: instrument, DEFAULT_WEIGHT_PROFILE: weights } = await import('../domain/instrument/registry');
      const repo = await getRepository();
      const base = createAssessment({
        id, now, regionCode: values.regionCode, period: values.period, team: values.team,
        contact: values.contact, instrument, weights,
      });
      const source = copyFrom ? await repo.get(copyFrom) : undefined;
      if (source) {
        const copy = duplicateAssessment(source.assessment, source.answers, { id, period: values.period, now });
        const { team: _team, contact: _contact, ...rest } = copy.assessment;
        const assessment: Assessment = { ...rest, ...pickMeta(base) };
        await repo.create(assessment, copy.answers);
      } else {
        await repo.create(base);
      }
      await get().refresh();
      return id;
    } catch (e) {
      reportFailure(e);
      return null;
    }
  },
  remove: async (id) => {
    try {
      const repo = await getRepository();
      await repo.remove(id);
      const items = get().items.filter((s) => s.assessment.id !== id);
      writeHeldData(items.length);
      set({ items });
      return true;
    } catch (e) {
      reportFailure(e);
      return false;
    }
  },
}));

/**
 * Keeps the held-data marker current; an empty list on a device that held assessments means the
 * browser lost the database (the user's own deletions update the marker as they happen).
 */
function noteHeldData(count: number): void {
  const held = readHeldData();
  if (count === 0 && held) useAppStatusStore.getState().reportDataLoss(held.count);
  else writeHeldData(count);
}

/** The fields a user typed in the form win over the copied source's. */
function pickMeta(a: Assessment): Partial<Assessment> {
  const { team, contact, regionCode } = a;
  return { regionCode, ...(team ? { team } : {}), ...(contact ? { contact } : {}) };
}
