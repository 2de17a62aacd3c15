/**
 * Studi banding state, kept on this device in localStorage (small, read synchronously by every
 * visit screen): the visit packages imported from hosts, the export choices a host is preparing
 * per assessment, and each visit's record (details, lessons, practices marked to adopt), keyed by
 * `visitKey(our assessment, the other side)`. Scores are never stored: they are recomputed.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Adoption } from '../domain/visit/adopt';
import type { VisitChoices } from '../domain/visit/build-visit-package';
import type { VisitPackage } from '../domain/visit/visit-format';

export interface VisitRecord {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly delegation: string;
  /** Questions to ask; null until edited (the screen prefills them from the gaps). */
  readonly questions: string | null;
  readonly lessons: string;
  /** Keyed by element id. */
  readonly adoptions: Readonly<Record<string, Adoption>>;
}

export const EMPTY_VISIT: VisitRecord = { date: '', delegation: '', questions: null, lessons: '', adoptions: {} };

/** The other side of a visit: an imported package or an assessment on this device. */
export const sideKey = {
  pkg: (packageId: string) => `paket:${packageId}`,
  assessment: (id: string) => `penilaian:${id}`,
};

export const visitKey = (ourId: string, otherKey: string) => `${ourId}|${otherKey}`;

interface VisitState {
  readonly packages: readonly VisitPackage[];
  readonly drafts: Readonly<Record<string, VisitChoices>>;
  readonly visits: Readonly<Record<string, VisitRecord>>;
  /** Adds an imported package (a package with the same id is replaced). */
  addPackage(pkg: VisitPackage): void;
  removePackage(packageId: string): void;
  saveDraft(assessmentId: string, choices: VisitChoices): void;
  saveVisit(key: string, change: (visit: VisitRecord) => VisitRecord): void;
}

/** Persisted key: never rename without a migration. */
const VISIT_STORAGE_KEY = 'siap-cerdas:studi-banding';

export const useVisitStore = create<VisitState>()(persist((set, get) => ({
  packages: [],
  drafts: {},
  visits: {},
  addPackage: (pkg) => set({ packages: [...get().packages.filter((p) => p.packageId !== pkg.packageId), pkg] }),
  removePackage: (packageId) => set({ packages: get().packages.filter((p) => p.packageId !== packageId) }),
  saveDraft: (assessmentId, choices) => set({ drafts: { ...get().drafts, [assessmentId]: choices } }),
  saveVisit: (key, change) => set({ visits: { ...get().visits, [key]: change(get().visits[key] ?? EMPTY_VISIT) } }),
}), {
  name: VISIT_STORAGE_KEY,
  version: 1,
  storage: createJSONStorage(() => localStorage),
  partialize: (s) => ({ packages: s.packages, drafts: s.drafts, visits: s.visits }),
}));
