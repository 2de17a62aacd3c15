import { useMemo } from 'react';
import { computeBenchmark, rankPeers } from '../../domain/benchmark/compute-benchmark';
import { previousPeriodEntry, regionHistory } from '../../domain/benchmark/history';
import { selectPeers } from '../../domain/benchmark/select-peers';
import type { PeerSelection } from '../../domain/benchmark/select-peers';
import type { BenchmarkEntry, EntrySource } from '../../domain/benchmark/types';
import type { RegionCatalog } from '../../domain/regions/regions';
import type { BenchmarkOptions } from '../../state/benchmark-store';
import { peerGroupOf } from '../../state/benchmark-store';

const NO_ENTRIES: readonly BenchmarkEntry[] = [];

/** Most regions in the grouped bars: the focus and five hand-picked ones. */
export const MAX_BAR_REGIONS = 6;

export interface BenchmarkViewInput {
  readonly focus: BenchmarkEntry;
  readonly device: readonly BenchmarkEntry[];
  readonly demo: readonly BenchmarkEntry[] | null;
  readonly options: BenchmarkOptions;
  readonly catalog: RegionCatalog;
}

/** The focus decides first: a demo focus is compared with demo peers only. */
export function peerSourceOf(focus: BenchmarkEntry, chosen: EntrySource, hasDemo: boolean): EntrySource {
  if (focus.source === 'demo') return 'demo';
  return chosen === 'demo' && hasDemo ? 'demo' : 'device';
}

/** The focus and the first five hand-picked regions in the focus period, in pick order. */
function pickedSelection(
  peers: readonly BenchmarkEntry[],
  focus: BenchmarkEntry,
  picks: readonly string[],
  includeNonFinal: boolean,
  catalog: RegionCatalog,
): PeerSelection {
  const codes = picks.filter((c) => c !== focus.regionCode).slice(0, MAX_BAR_REGIONS - 1);
  // Only the picked regions' entries can enter (and the focus): select among those, not all 2,570.
  // The selection's counts then cover these regions only; the bars use just its peers.
  const wanted = new Set(codes);
  const candidates = peers.filter((e) => e.id === focus.id || wanted.has(e.regionCode));
  const selection = selectPeers(candidates, { focus, group: { kind: 'custom', regionCodes: codes }, includeNonFinal }, catalog.byCode);
  const order = (e: BenchmarkEntry) => (e.id === focus.id ? -1 : codes.indexOf(e.regionCode));
  return { ...selection, peers: [...selection.peers].sort((a, b) => order(a) - order(b)) };
}

/**
 * Everything the benchmark view shows, derived (memoised) from the entries and the options:
 * peer selection, statistics, ranking, the focus region's history and the hand-picked regions.
 * The big inputs (up to 2,570 entries) change only when data loads, so changing an option only
 * re-runs the cheap selection (one pass over the entries) and the statistics.
 */
export function useBenchmarkView({ focus, device, demo, options, catalog }: BenchmarkViewInput) {
  const { groupKind, picks, includeNonFinal } = options;
  const source = peerSourceOf(focus, options.source, demo !== null);
  const peers = useMemo(() => (source === 'demo' ? (demo ?? NO_ENTRIES) : device), [source, demo, device]);
  const own = useMemo(() => (focus.source === 'demo' ? (demo ?? NO_ENTRIES) : device), [focus.source, demo, device]);
  const selection = useMemo(
    () => selectPeers(peers, { focus, group: peerGroupOf({ groupKind, picks }), includeNonFinal }, catalog.byCode),
    [peers, focus, groupKind, picks, includeNonFinal, catalog],
  );
  const stats = useMemo(() => computeBenchmark(selection), [selection]);
  const ranking = useMemo(() => rankPeers(selection), [selection]);
  const history = useMemo(() => regionHistory(own, focus, includeNonFinal), [own, focus, includeNonFinal]);
  const previous = useMemo(() => previousPeriodEntry(history, focus.period), [history, focus.period]);
  const picked = useMemo(
    () => pickedSelection(peers, focus, picks, includeNonFinal, catalog),
    [peers, focus, picks, includeNonFinal, catalog],
  );
  return { source, isDemo: source === 'demo', selection, stats, ranking, history, previous, picked };
}

export type BenchmarkView = ReturnType<typeof useBenchmarkView>;
