/**
 * The optional benchmark section (§6.8). Peer data does not exist in the app yet; when it does,
 * its computed positions pass through here so the report never shows a position for fewer than
 * {@link MIN_PEERS} peers.
 */
import type { DimensionId, Instrument, Lang } from '../instrument/types';
import type { DimensionResult } from '../scoring/types';
import type { ReportBenchmark } from './types';

/** Peer positions are hidden below this many peers (§6.8: "hidden when N < 5"). */
export const MIN_PEERS = 5;

/** Peer position of one dimension as computed by the (future) benchmark module. */
export interface BenchmarkDimensionInput {
  readonly dimensionId: DimensionId;
  readonly peers: number;
  readonly median: number | null;
  readonly rank: number | null;
  readonly percentile: number | null;
}

export interface BenchmarkInput {
  /** Display name of the peer group, e.g. "Kota di Jawa Barat". */
  readonly peerGroup: string;
  readonly dimensions: readonly BenchmarkDimensionInput[];
}

/**
 * Builds the benchmark section: one row per dimension in instrument order with the region's own
 * score. Median, rank and percentile are dropped (null, `isSuppressed`) when fewer than
 * {@link MIN_PEERS} peers have a score, or when the dimension has no peer entry at all.
 */
export function buildBenchmark(
  instrument: Instrument,
  own: readonly DimensionResult[],
  input: BenchmarkInput,
  lang: Lang,
): ReportBenchmark {
  return {
    peerGroup: input.peerGroup,
    minPeers: MIN_PEERS,
    dimensions: instrument.dimensions.map((d) => {
      const peer = input.dimensions.find((p) => p.dimensionId === d.id);
      const isShown = peer !== undefined && peer.peers >= MIN_PEERS;
      return {
        dimensionId: d.id,
        name: d.name[lang],
        own: own.find((r) => r.dimensionId === d.id)?.score ?? null,
        peers: peer?.peers ?? 0,
        median: isShown ? peer.median : null,
        rank: isShown ? peer.rank : null,
        percentile: isShown ? peer.percentile : null,
        isSuppressed: !isShown,
      };
    }),
  };
}
