/**
 * "Siapa yang sudah baik di sini?": for one element, the regions on this device at level 4 or 5
 * (element band, the nearest level of the unrounded score), sorted by level, then by similarity
 * to our region (same type, same province, same population class: one point each), then by
 * score, then by region code. Our own region is never suggested.
 */
import type { RegionLookup } from '../benchmark/peer-group';
import { populationClass } from '../regions/regions';
import { bandOf } from '../scoring/bands';

/** Lowest element level worth a visit. */
export const GOOD_LEVEL = 4;

export interface VisitCandidate<T> {
  readonly regionCode: string;
  /** Element score (0–5) or null when not valid. */
  readonly score: number | null;
  /** Whatever the caller keeps with it (e.g. where it comes from and what it shares). */
  readonly data: T;
}

export interface RankedCandidate<T> extends VisitCandidate<T> {
  readonly score: number;
  readonly level: number;
  /** 0–3: same type, same province, same population class. */
  readonly similarity: number;
}

function similarity(code: string, ourCode: string, regions: RegionLookup): number {
  const a = regions.get(code);
  const b = regions.get(ourCode);
  if (!a || !b) return 0;
  return Number(a.type === b.type) + Number(a.provinceCode === b.provinceCode) + Number(populationClass(a.population) === populationClass(b.population));
}

/** The candidates at level ≥ 4, best first; one per region (its highest score). */
export function whomToVisit<T>(candidates: readonly VisitCandidate<T>[], ourCode: string, regions: RegionLookup): RankedCandidate<T>[] {
  const best = new Map<string, RankedCandidate<T>>();
  for (const c of candidates) {
    if (c.score === null || c.regionCode === ourCode) continue;
    const level = bandOf(c.score);
    if (level < GOOD_LEVEL) continue;
    const previous = best.get(c.regionCode);
    if (previous && previous.score >= c.score) continue;
    best.set(c.regionCode, { ...c, score: c.score, level, similarity: similarity(c.regionCode, ourCode, regions) });
  }
  return [...best.values()].sort((a, b) => b.level - a.level || b.similarity - a.similarity || b.score - a.score || (a.regionCode < b.regionCode ? -1 : 1));
}
