/**
 * Benchmarking state: every assessment stored on this device as a scored `BenchmarkEntry` (own
 * and imported ones alike), and the peer-group options of the benchmark view.
 *
 * Loading reads all assessments in one transaction (`storage/bulk-read.ts`) with the score
 * summaries cached in storage (src/storage/README.md, "Score summaries"); only those without a valid cached one
 * are scored here, each with its own instrument version and weight profile, and their summaries
 * are then cached in storage for the next visit. Summaries are also kept in memory by id +
 * `updatedAt` (every answer write bumps `updatedAt`), so a repeat visit reads only changed answers.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AnswerMap, Assessment } from '../domain/assessment/types';
import { summarizeScore } from '../domain/benchmark/summarize-score';
import type { BenchmarkEntry, EntrySource, PeerGroup, PeerGroupKind, ScoreSummary } from '../domain/benchmark/types';
import { getInstrument, getWeightProfile } from '../domain/instrument/registry';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { cacheScores, readAllAssessments } from '../storage/bulk-read';
import type { BulkReadOptions, BulkReadResult, ComputedScore } from '../storage/bulk-read';
import { reportFailure } from './storage-failure';

/** Most regions a user can hand-pick for the `custom` peer group. */
export const MAX_PICKS = 20;

export interface BenchmarkOptions {
  readonly groupKind: PeerGroupKind;
  /** Hand-picked region codes (the `custom` group, and the grouped bars). */
  readonly picks: readonly string[];
  /** Include drafts and provisional results; the only option remembered on this device. */
  readonly includeNonFinal: boolean;
  /** Which entries the peers come from; demo and device entries are never pooled. */
  readonly source: EntrySource;
}

export const DEFAULT_OPTIONS: BenchmarkOptions = { groupKind: 'all', picks: [], includeNonFinal: false, source: 'device' };

interface BenchmarkState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Device entries, newest `updatedAt` first. */
  readonly entries: readonly BenchmarkEntry[];
  /** Stored assessments that could not be read (newer app version, damaged record). */
  readonly unreadable: number;
  readonly options: BenchmarkOptions;
  load(): Promise<void>;
  setGroupKind(kind: PeerGroupKind): void;
  setIncludeNonFinal(include: boolean): void;
  setSource(source: EntrySource): void;
  addPick(regionCode: string): void;
  removePick(regionCode: string): void;
  reset(): void;
}

/** Where the entries come from: the bulk read and the score cache's write-back. */
interface BenchmarkStorage {
  read(options: BulkReadOptions): Promise<BulkReadResult>;
  cacheScores(scores: readonly ComputedScore[]): Promise<void>;
}
const DEVICE_STORAGE: BenchmarkStorage = { read: readAllAssessments, cacheScores: (scores) => cacheScores(scores) };
let storage = DEVICE_STORAGE;

/** Tests inject a storage (e.g. over a fresh fake-indexeddb database); null restores the default.
 * @internal Test seam: unit tests inject a fake here.
 */
export function setBenchmarkStorage(next: BenchmarkStorage | null): void {
  storage = next ?? DEVICE_STORAGE;
}

/** The peer group the options describe. */
export function peerGroupOf(options: Pick<BenchmarkOptions, 'groupKind' | 'picks'>): PeerGroup {
  return options.groupKind === 'custom' ? { kind: 'custom', regionCodes: options.picks } : { kind: options.groupKind };
}

const summaryCache = new Map<string, { readonly updatedAt: string; readonly summary: ScoreSummary | null }>();

function summaryOf(assessment: Assessment, answers: AnswerMap): ScoreSummary | null {
  const instrument = getInstrument(assessment.instrumentVersion);
  const weights = getWeightProfile(assessment.weightProfileId);
  if (!instrument || !weights) return null;
  return summarizeScore(scoreAssessment(instrument, weights, answers));
}

function toEntry(assessment: Assessment, summary: ScoreSummary | null): BenchmarkEntry {
  const { id, regionCode, period, status, updatedAt, instrumentVersion, weightProfileId } = assessment;
  return { id, regionCode, period, status, updatedAt, instrumentVersion, weightProfileId, source: 'device', summary };
}

const isCached = (a: Assessment) => summaryCache.get(a.id)?.updatedAt === a.updatedAt;
/** Gives the event loop a turn between scoring batches, so a big load never freezes input. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const BATCH = 200;

/** The entries, newest first, and the summaries computed here (to cache in storage). */
async function scoreAll(result: BulkReadResult): Promise<{ entries: BenchmarkEntry[]; computed: ComputedScore[] }> {
  const entries: BenchmarkEntry[] = [];
  const computed: ComputedScore[] = [];
  let scored = 0;
  for (const { assessment, score, answers } of result.items) {
    if (score !== null) {
      summaryCache.set(assessment.id, { updatedAt: assessment.updatedAt, summary: score });
    } else if (answers !== null) {
      const summary = summaryOf(assessment, answers);
      summaryCache.set(assessment.id, { updatedAt: assessment.updatedAt, summary });
      if (summary) computed.push({ assessment, summary });
      if (++scored % BATCH === 0) await yieldToMain();
    }
    entries.push(toEntry(assessment, summaryCache.get(assessment.id)?.summary ?? null));
  }
  entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return { entries, computed };
}

let loadSequence = 0;

/** User Timing names of a load (DevTools; read by scripts/bench-benchmark.mjs). */
export const BENCHMARK_READ_MEASURE = 'siap-cerdas:benchmark-read';
export const BENCHMARK_SCORE_MEASURE = 'siap-cerdas:benchmark-score';

async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

/** Persisted key (only the "include non-finals" choice): never rename without a migration. */
const BENCHMARK_STORAGE_KEY = 'siap-cerdas:benchmark';

export const useBenchmarkStore = create<BenchmarkState>()(persist((set, get) => ({
  status: 'idle',
  entries: [],
  unreadable: 0,
  options: DEFAULT_OPTIONS,
  load: async () => {
    const sequence = ++loadSequence;
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    try {
      const result = await measured(BENCHMARK_READ_MEASURE, () => storage.read({ needsAnswers: (a) => !isCached(a) }));
      const { entries, computed } = await measured(BENCHMARK_SCORE_MEASURE, () => scoreAll(result));
      if (sequence === loadSequence) set({ entries, unreadable: result.unreadable, status: 'ready' });
      // A cache: a failed write-back only means scoring again next time.
      await storage.cacheScores(computed).catch(() => undefined);
    } catch (e) {
      reportFailure(e);
      if (sequence === loadSequence) set({ status: 'error' });
    }
  },
  setGroupKind: (groupKind) => set({ options: { ...get().options, groupKind } }),
  setIncludeNonFinal: (includeNonFinal) => set({ options: { ...get().options, includeNonFinal } }),
  setSource: (source) => set({ options: { ...get().options, source } }),
  addPick: (code) => {
    const { options } = get();
    if (options.picks.includes(code) || options.picks.length >= MAX_PICKS) return;
    set({ options: { ...options, picks: [...options.picks, code] } });
  },
  removePick: (code) => {
    const { options } = get();
    set({ options: { ...options, picks: options.picks.filter((c) => c !== code) } });
  },
  reset: () => {
    summaryCache.clear();
    set({ status: 'idle', entries: [], unreadable: 0, options: DEFAULT_OPTIONS });
  },
}), {
  name: BENCHMARK_STORAGE_KEY,
  version: 1,
  storage: createJSONStorage(() => localStorage),
  partialize: (s) => ({ includeNonFinal: s.options.includeNonFinal }),
  merge: (persisted, current) => ({
    ...current,
    options: { ...current.options, includeNonFinal: (persisted as { includeNonFinal?: unknown } | undefined)?.includeNonFinal === true },
  }),
}));
