/**
 * Types of benchmarking (assessment-model.md "Benchmarking methods", §6.8). Everything here is a
 * plain, compact summary of scores: peer statistics never need the raw answers.
 */
import type { AssessmentStatus } from '../assessment/types';
import type { DimensionId } from '../instrument/types';

/** What a statistic is about: the index or one of the six dimensions. */
export type MetricKey = 'index' | DimensionId;

/** The compact score vector of one assessment (0–5, full precision; null = no valid score). */
export interface ScoreSummary {
  readonly index: number | null;
  readonly dimensions: Readonly<Record<DimensionId, number | null>>;
  /** Element scores keyed by element id (`GOV.1` …); null when the element is not valid. */
  readonly elements: Readonly<Record<string, number | null>>;
  /** All six dimensions valid and coverage ≥ 80 % (§6.5): the index is final, not provisional. */
  readonly isFinalEligible: boolean;
  /** Answered applicable / applicable indicators (0–1). */
  readonly coverage: number;
}

/**
 * Where an entry comes from: `device` = an assessment stored on this device (own or imported),
 * `demo` = the synthetic demo dataset ("Data contoh"). The two are never pooled.
 */
export type EntrySource = 'device' | 'demo';

/** One assessment as benchmarking sees it: its metadata and its score summary. */
export interface BenchmarkEntry {
  readonly id: string;
  /** Kemendagri code `PP.RR`. */
  readonly regionCode: string;
  readonly period: number;
  readonly status: AssessmentStatus;
  /** ISO timestamp; picks the latest assessment of a region in one period. */
  readonly updatedAt: string;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  readonly source: EntrySource;
  /** Null when this app cannot score it (unknown instrument version or weight profile). */
  readonly summary: ScoreSummary | null;
}

/** Peer group kinds (§6.8). `custom` is a hand-picked list of region codes. */
export const PEER_GROUP_KINDS = ['all', 'type', 'province', 'population', 'custom'] as const;
export type PeerGroupKind = (typeof PEER_GROUP_KINDS)[number];

export type PeerGroup =
  | { readonly kind: Exclude<PeerGroupKind, 'custom'> }
  | { readonly kind: 'custom'; readonly regionCodes: readonly string[] };

/** Ranks and percentiles are suppressed below this many peers (the focus included). */
export const MIN_PEERS_FOR_RANK = 5;

/** Statistics of one metric over a peer group. Scores 0–5; percentile 0–100. */
export interface MetricStats {
  readonly metric: MetricKey;
  /** Peers with a score on this metric, the focus included when it has one. */
  readonly n: number;
  readonly focus: number | null;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  /** Competition rank (1 = highest score); null when suppressed or the focus has no score. */
  readonly rank: number | null;
  /** Percentile rank 100 × (B + 0.5·E) / N; null when suppressed or the focus has no score. */
  readonly percentile: number | null;
  /** True when n < MIN_PEERS_FOR_RANK: rank and percentile are hidden, the distribution is shown. */
  readonly isSuppressed: boolean;
}
