/**
 * The studi-banding workspace (`domain/visit/workspace.ts`): kept in IndexedDB through
 * `storage/visit-repo.ts`, loaded when a visit screen opens, and written as the user types, one
 * entry per write; an entry's `saves` state turns "saved" only after IndexedDB committed its
 * latest value. On first start the workspace the app used to keep in localStorage is copied over
 * (`migrateLegacy`). Scores are never stored: they are recomputed.
 */
import { create } from 'zustand';
import type { VisitChoices } from '../domain/visit/build-visit-package';
import type { VisitPackage } from '../domain/visit/visit-format';
import type { VisitEntry, VisitRecord, VisitWorkspace } from '../domain/visit/workspace';
import { EMPTY_WORKSPACE, readLegacyWorkspace, workspaceEntries, workspaceOf } from '../domain/visit/workspace';
import { readHeldData } from '../lib/held-data-marker';
import type { VisitRepository } from '../storage/visit-repo';
import { openVisitRepository } from '../storage/visit-repo';
import type { StorageErrorKind } from './app-status-store';
import { useAppStatusStore } from './app-status-store';
import { reportFailure } from './storage-failure';

export type { VisitRecord };

export const EMPTY_VISIT: VisitRecord = { date: '', delegation: '', questions: null, lessons: '', adoptions: {} };

/** The other side of a visit: an imported package or an assessment on this device. */
export const sideKey = {
  pkg: (packageId: string) => `paket:${packageId}`,
  assessment: (id: string) => `penilaian:${id}`,
};

export const visitKey = (ourId: string, otherKey: string) => `${ourId}|${otherKey}`;

/** Where the last write of one entry is: 'saved' only after commit, else why it failed. */
export type SaveState = 'saving' | 'saved' | StorageErrorKind;

/** The key of an entry in `saves`. */
export const saveKey = (kind: VisitEntry['kind'], id: string) => `${kind}:${id}`;

interface VisitState extends VisitWorkspace {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly saves: Readonly<Record<string, SaveState>>;
  /** Entries of the old localStorage value that could not be read; that value is kept (`LEGACY_DAMAGED_KEY`). */
  readonly legacyDamaged: number;
  /** Reads the workspace (and, the first time, copies the old localStorage value over). */
  load(): Promise<void>;
  /** Stores an imported package (one with the same id is replaced); resolves true after commit. */
  addPackage(pkg: VisitPackage): Promise<boolean>;
  saveDraft(assessmentId: string, choices: VisitChoices): void;
  saveVisit(key: string, change: (visit: VisitRecord) => VisitRecord): void;
  /** Writes the entry's current value again after a failed save. */
  retry(kind: VisitEntry['kind'], id: string): void;
}

/** Persisted keys: never rename. The first is where the workspace lived before DB version 3. */
const LEGACY_KEY = 'siap-cerdas:studi-banding';
/** Where a legacy value that could not be read whole is kept, untouched. */
export const LEGACY_DAMAGED_KEY = 'siap-cerdas:studi-banding:rusak';

let repo: Promise<VisitRepository> | null = null;

function getVisitRepository(): Promise<VisitRepository> {
  if (!repo) {
    // A visit screen may be the first to open the database: it reports a browser's data loss too.
    const opening = openVisitRepository({
      onVersionChange: () => useAppStatusStore.getState().setVersionChange(),
      onDataLoss: () => useAppStatusStore.getState().reportDataLoss(readHeldData()?.count ?? null),
    });
    repo = opening;
    opening.catch(() => {
      if (repo === opening) repo = null;
    });
  }
  return repo;
}

/** Tests inject a repository (e.g. on a fresh fake-indexeddb database).
 * @internal Test seam: unit tests inject a fake here.
 */
export function setVisitRepository(next: Promise<VisitRepository> | null): void {
  repo = next;
}

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Copies the old localStorage workspace into IndexedDB in one transaction (entries already there
 * are kept) and removes the key only after the commit. A value that cannot be read whole: its
 * readable entries are copied and the value itself is moved, unchanged, to `LEGACY_DAMAGED_KEY`.
 * Returns how many entries of a kept damaged value could not be read.
 */
async function migrateLegacy(visits: VisitRepository): Promise<number> {
  const storage = local();
  const text = storage?.getItem(LEGACY_KEY) ?? null;
  if (text !== null && storage) {
    const { entries, damaged } = readLegacyWorkspace(text);
    if (entries.length > 0) await visits.addMissing(entries);
    if (damaged > 0) storage.setItem(LEGACY_DAMAGED_KEY, text);
    storage.removeItem(LEGACY_KEY);
  }
  const kept = storage?.getItem(LEGACY_DAMAGED_KEY) ?? null;
  return kept === null ? 0 : readLegacyWorkspace(kept).damaged;
}

/** Write sequence per entry, so an older write never marks a newer value saved. */
const sequence = new Map<string, number>();

type Set = (partial: Partial<VisitState> | ((s: VisitState) => Partial<VisitState>)) => void;
type Get = () => VisitState;

function entryOf(s: VisitWorkspace, kind: VisitEntry['kind'], id: string): VisitEntry | undefined {
  return workspaceEntries(s).find((e) => e.kind === kind && e.id === id);
}

async function write(set: Set, entry: VisitEntry): Promise<boolean> {
  const key = saveKey(entry.kind, entry.id);
  const seq = (sequence.get(key) ?? 0) + 1;
  sequence.set(key, seq);
  set((s) => ({ saves: { ...s.saves, [key]: 'saving' } }));
  try {
    await (await getVisitRepository()).put(entry);
    if (sequence.get(key) === seq) set((s) => ({ saves: { ...s.saves, [key]: 'saved' } }));
    return true;
  } catch (e) {
    const kind = reportFailure(e);
    if (sequence.get(key) === seq) set((s) => ({ saves: { ...s.saves, [key]: kind } }));
    return false;
  }
}

async function loadAction(set: Set, get: Get): Promise<void> {
  if (get().status === 'idle') set({ status: 'loading' });
  try {
    const visits = await getVisitRepository();
    const legacyDamaged = await migrateLegacy(visits);
    const stored = await visits.load();
    // Entries typed while the read ran keep the value on screen (their write follows the read).
    const s = get();
    const pending = (kind: VisitEntry['kind'], id: string) => s.saves[saveKey(kind, id)] === 'saving';
    const mine = workspaceEntries(s).filter((e) => pending(e.kind, e.id));
    const merged = workspaceEntries(stored).filter((e) => !pending(e.kind, e.id)).concat(mine);
    set({ ...workspaceOf(merged), status: 'ready', legacyDamaged });
  } catch (e) {
    reportFailure(e);
    set({ status: 'error' });
  }
}

export const useVisitStore = create<VisitState>()((set, get) => ({
  ...EMPTY_WORKSPACE,
  status: 'idle',
  saves: {},
  legacyDamaged: 0,
  load: () => loadAction(set, get),
  addPackage: async (pkg) => {
    const ok = await write(set, { kind: 'package', id: pkg.packageId, value: pkg });
    if (ok) set((s) => ({ packages: [...s.packages.filter((p) => p.packageId !== pkg.packageId), pkg] }));
    return ok;
  },
  saveDraft: (assessmentId, choices) => {
    set((s) => ({ drafts: { ...s.drafts, [assessmentId]: choices } }));
    void write(set, { kind: 'draft', id: assessmentId, value: choices });
  },
  saveVisit: (key, change) => {
    const value = change(get().visits[key] ?? EMPTY_VISIT);
    set((s) => ({ visits: { ...s.visits, [key]: value } }));
    void write(set, { kind: 'visit', id: key, value });
  },
  retry: (kind, id) => {
    const entry = entryOf(get(), kind, id);
    if (entry) void write(set, entry);
  },
}));
