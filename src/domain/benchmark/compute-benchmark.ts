/**
 * Peer statistics of a selection: per metric (index and the six dimensions) the focus score, the
 * median, the quartiles, the competition rank and the percentile rank, and a ranking of the
 * peers by index. Computed from score summaries only (never from raw answers).
 */
import { DIMENSION_IDS } from '../instrument/types';
import type { PeerSelection } from './select-peers';
import { competitionRanker, describeMetric } from './statistics';
import type { BenchmarkEntry, MetricKey, MetricStats, ScoreSummary } from './types';
import { MIN_PEERS_FOR_RANK } from './types';

/** The index first, then the dimensions in instrument order. */
export const METRIC_KEYS: readonly MetricKey[] = ['index', ...DIMENSION_IDS];

/** The 0–5 score of `summary` on `metric`; null when there is none. */
export function metricValue(summary: ScoreSummary | null, metric: MetricKey): number | null {
  if (!summary) return null;
  return metric === 'index' ? summary.index : summary.dimensions[metric];
}

/** The scores of `entries` on `metric`, leaving out entries without one. */
export function metricValues(entries: readonly BenchmarkEntry[], metric: MetricKey): number[] {
  const values: number[] = [];
  for (const e of entries) {
    const v = metricValue(e.summary, metric);
    if (v !== null) values.push(v);
  }
  return values;
}

/**
 * Statistics of every metric (`METRIC_KEYS` order) over the selection's peers, the focus
 * included when it is ranked. Each metric counts the peers that have a score on it, so n may
 * differ by metric. An unranked (provisional) focus keeps its score for display, without rank or
 * percentile.
 */
export function computeBenchmark(selection: PeerSelection): MetricStats[] {
  return METRIC_KEYS.map((metric) => {
    const focus = metricValue(selection.focus.summary, metric);
    const stats = describeMetric(metric, metricValues(selection.peers, metric), selection.isFocusRanked ? focus : null);
    return selection.isFocusRanked ? stats : { ...stats, focus };
  });
}

export interface RankingRow {
  readonly entry: BenchmarkEntry;
  readonly isFocus: boolean;
  /** Competition rank by index (1 = highest); null when suppressed or without an index. */
  readonly rank: number | null;
}

/**
 * The peers with their competition rank by index, best first (ties in region-code order; peers
 * without an index last). Ranks are null for everyone when fewer than MIN_PEERS_FOR_RANK peers
 * have an index.
 */
export function rankPeers(selection: PeerSelection): RankingRow[] {
  const values = metricValues(selection.peers, 'index');
  const isSuppressed = values.length < MIN_PEERS_FOR_RANK;
  const rankOf = competitionRanker(values);
  const rows = selection.peers.map((entry) => {
    const index = metricValue(entry.summary, 'index');
    return {
      entry,
      isFocus: entry.id === selection.focus.id,
      rank: isSuppressed || index === null ? null : rankOf(index),
    };
  });
  return rows.sort((a, b) => byIndexDescending(a.entry, b.entry));
}

function byIndexDescending(a: BenchmarkEntry, b: BenchmarkEntry): number {
  const x = metricValue(a.summary, 'index');
  const y = metricValue(b.summary, 'index');
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  return y - x || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0);
}
