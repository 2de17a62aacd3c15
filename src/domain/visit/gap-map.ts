/**
 * The gap map of a visit (docs/studi-banding.md): per element of the instrument, where the other
 * region is ahead of us by at least one level ("pelajari di sini"), where we are ahead by at least
 * one level ("bagikan"), and where the two are within one level ("setara"). An element without a
 * valid score on either side is excluded. Scores are element scores on 0–5, unrounded.
 */
import { elementOrder } from '../instrument/lookup';
import type { DimensionId, Instrument } from '../instrument/types';

export type GapStatus = 'learn' | 'share' | 'equal' | 'excluded';

export interface ElementGap {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  readonly ours: number | null;
  readonly theirs: number | null;
  /** theirs − ours; null when excluded. */
  readonly difference: number | null;
  readonly status: GapStatus;
}

export interface GapMap {
  readonly elements: readonly ElementGap[];
  readonly counts: Readonly<Record<GapStatus, number>>;
}

/** One level on the 0–5 scale; differences are compared after rounding away float noise. */
const LEVEL = 1;
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

function statusOf(difference: number | null): GapStatus {
  if (difference === null) return 'excluded';
  if (difference >= LEVEL) return 'learn';
  if (difference <= -LEVEL) return 'share';
  return 'equal';
}

/** Compares our element scores with theirs (null = not valid), in instrument order. */
export function gapMap(instrument: Instrument, ours: Readonly<Record<string, number | null>>, theirs: Readonly<Record<string, number | null>>): GapMap {
  const counts: Record<GapStatus, number> = { learn: 0, share: 0, equal: 0, excluded: 0 };
  const elements = elementOrder(instrument).map((element) => {
    const a = ours[element.id] ?? null;
    const b = theirs[element.id] ?? null;
    const difference = a === null || b === null ? null : clean(b - a);
    const status = statusOf(difference);
    counts[status] += 1;
    return { elementId: element.id, dimensionId: element.dimensionId, ours: a, theirs: b, difference, status };
  });
  return { elements, counts };
}
