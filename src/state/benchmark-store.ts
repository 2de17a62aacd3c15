/**
 * Benchmarking state: every assessment stored on this device as a scored `BenchmarkEntry` (own
 * and imported ones alike), and the peer-group options of the benchmark view.
 *
 * Loading reads all assessments in one transaction (`storage/bulk-read.ts`) and scores each with
 * its own instrument version and weight profile. Score summaries are cached by id + `updatedAt`
 * (every answer write bumps `updatedAt`), so a repeat visit reads only changed answers.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AnswerMap, Assessment } from '../domain/assessment/types';
import { summarizeScore } from '../domain/benchmark/summarize-score';
import type { BenchmarkEntry, EntrySource, PeerGroup, PeerGroupKind, ScoreSummary } from '../domain/benchmark/types';
import { getInstrument, getWeightProfile } from '../domain/instrument/registry';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { readAllAssessments } from '../storage/bulk-read';
import type { BulkReadOptions, BulkReadResult } from '../storage/bulk-read';
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

type Reader = (options: BulkReadOptions) => Promise<BulkReadResult>;
let reader: Reader = readAllAssessments;

/** Tests inject a reader (e.g. over a fresh fake-indexeddb database); null restores the default.
 * @internal Test seam: unit tests inject a fake here.
 */
export function setBenchmarkReader(next: Reader | null): void {
  reader = next ?? readAllAssessments;
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

async function scoreAll(result: BulkReadResult): Promise<BenchmarkEntry[]> {
  const entries: BenchmarkEntry[] = [];
  for (const [i, { assessment, answers }] of result.items.entries()) {
    if (answers !== null) {
      summaryCache.set(assessment.id, { updatedAt: assessment.updatedAt, summary: summaryOf(assessment, answers) });
      if (i % BATCH === BATCH - 1) await yieldToMain();
    }
    entries.push(toEntry(assessment, summaryCache.get(assessment.id)?.summary ?? null));
  }
  return entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
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
      const result = await measured(BENCHMARK_READ_MEASURE, () => reader({ needsAnswers: (a) => !isCached(a) }));
      const entries = await measured(BENCHMARK_SCORE_MEASURE, () => scoreAll(result));
      if (sequence === loadSequence) set({ entries, unreadable: result.unreadable, status: 'ready' });
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
