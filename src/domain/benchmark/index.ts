/** Public API of benchmarking (assessment-model.md "Benchmarking methods", §6.8). */
export type {
  BenchmarkEntry,
  EntrySource,
  MetricKey,
  MetricStats,
  PeerGroup,
  PeerGroupKind,
  ScoreSummary,
} from './types';
export { MIN_PEERS_FOR_RANK, PEER_GROUP_KINDS } from './types';
export { TIE_EPSILON, competitionRank, describeMetric, percentileRank, quantileSorted, sortAscending } from './statistics';
export { isInPeerGroup } from './peer-group';
export type { RegionLookup } from './peer-group';
export { isComparable, isCountedFinal, isProvisional, latestPerRegion, selectPeers } from './select-peers';
export type { PeerExclusions, PeerQuery, PeerSelection } from './select-peers';
export { METRIC_KEYS, computeBenchmark, metricValue, metricValues, rankPeers } from './compute-benchmark';
export type { RankingRow } from './compute-benchmark';
export { previousPeriodEntry, regionHistory } from './history';
export { dimensionRecord, summarizeScore } from './summarize-score';
export { DEMO_ID_PREFIX, DEMO_PERIODS, DEMO_SEED, demoEntryId, generateDemoEntries, isDemoId } from './demo-data';
export type { DemoOptions } from './demo-data';
export { hashString, mulberry32, normal } from './random';
