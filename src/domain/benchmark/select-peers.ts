/**
 * Which assessments enter a peer comparison (§6.8, docs/benchmarking.md):
 * 1. same period as the focus; 2. same instrument version AND weight profile as the focus (others
 *    are left out and counted, never mixed); 3. final and eligible for final status only, unless
 *    drafts and provisional results are included (`includeNonFinal`);
 * 4. in the chosen peer group; 5. one assessment per region: the latest final one by `updatedAt`
 *    (with non-finals included, a region without a final uses its latest draft). The focus itself
 *    stands for its own region; a provisional focus (not eligible for final status) is ranked only
 *    when non-finals are included.
 */
import type { RegionLookup } from './peer-group';
import { isInPeerGroup } from './peer-group';
import type { BenchmarkEntry, PeerGroup } from './types';

export interface PeerQuery {
  readonly focus: BenchmarkEntry;
  readonly group: PeerGroup;
  /**
   * Include drafts and provisional results (not eligible for final status), shown marked; default
   * views use final, final-eligible assessments only (§6.5, §6.7).
   */
  readonly includeNonFinal: boolean;
}

/** What was left out and why; counts of assessments in the same period and peer group. */
export interface PeerExclusions {
  /** Other instrument version or weight profile (or one this app cannot score). */
  readonly otherInstrument: number;
  /** Drafts and provisional results, when they are not included. */
  readonly nonFinal: number;
  /** Older (or draft) assessments of a region that has a later final one in the period. */
  readonly superseded: number;
}

export interface PeerSelection {
  readonly focus: BenchmarkEntry;
  /**
   * False when the focus is provisional and non-finals are not included: it is then not among the
   * peers, so it has no rank or percentile and does not count in N.
   */
  readonly isFocusRanked: boolean;
  /** One entry per region, the focus first when it is ranked; every entry has a summary. */
  readonly peers: readonly BenchmarkEntry[];
  readonly excluded: PeerExclusions;
}

/** Same instrument version and weight profile as `focus`, and scorable by this app. */
export function isComparable(entry: BenchmarkEntry, focus: BenchmarkEntry): boolean {
  return (
    entry.summary !== null &&
    entry.instrumentVersion === focus.instrumentVersion &&
    entry.weightProfileId === focus.weightProfileId
  );
}

/** Not eligible for final status (§6.5): its index is provisional ("sementara"). */
export function isProvisional(entry: BenchmarkEntry): boolean {
  return entry.summary !== null && !entry.summary.isFinalEligible;
}

/** Counts in a default benchmark: final and eligible for final status. */
export function isCountedFinal(entry: BenchmarkEntry): boolean {
  return entry.status === 'final' && !isProvisional(entry);
}

/** True when `a` should represent its region rather than `b`: final beats draft, then later `updatedAt`. */
function isPreferred(a: BenchmarkEntry, b: BenchmarkEntry): boolean {
  if (a.status !== b.status) return a.status === 'final';
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.id > b.id; // deterministic tie-break
}

/**
 * One entry per region code: the latest final by `updatedAt` (ISO strings compare in time order);
 * a region with only drafts keeps its latest draft (callers drop drafts first when they are not
 * wanted). Ties on `updatedAt` break on the id, so the result does not depend on input order.
 * Returns a map keyed by region code.
 */
export function latestPerRegion(entries: readonly BenchmarkEntry[]): Map<string, BenchmarkEntry> {
  const best = new Map<string, BenchmarkEntry>();
  for (const entry of entries) {
    const current = best.get(entry.regionCode);
    if (!current || isPreferred(entry, current)) best.set(entry.regionCode, entry);
  }
  return best;
}

/**
 * Selects the peers of `query.focus` among `entries` (all entries of one source; any period):
 * see the module comment for the rules. The focus is included (first) even when it is a draft, as
 * long as it is final-eligible or non-finals are included; no other assessment of the focus
 * region is. Counts of what was left out refer to the
 * focus period and peer group.
 */
export function selectPeers(entries: readonly BenchmarkEntry[], query: PeerQuery, regions: RegionLookup): PeerSelection {
  const { focus, group, includeNonFinal } = query;
  let otherInstrument = 0;
  let nonFinal = 0;
  const candidates: BenchmarkEntry[] = [];
  for (const entry of entries) {
    if (entry.period !== focus.period || entry.regionCode === focus.regionCode) continue;
    if (!isInPeerGroup(group, entry.regionCode, focus.regionCode, regions)) continue;
    if (!isComparable(entry, focus)) otherInstrument += 1;
    else if (!includeNonFinal && !isCountedFinal(entry)) nonFinal += 1;
    else candidates.push(entry);
  }
  const chosen = [...latestPerRegion(candidates).values()].sort((a, b) => compareText(a.regionCode, b.regionCode));
  const isFocusRanked = includeNonFinal || !isProvisional(focus);
  return {
    focus,
    isFocusRanked,
    peers: isFocusRanked ? [focus, ...chosen] : chosen,
    excluded: { otherInstrument, nonFinal, superseded: candidates.length - chosen.length },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
