/**
 * The demo dataset ("Data contoh"): synthetic, clearly fake scores for the real region names, so
 * visitors can explore benchmarking without data. Generated deterministically from a seed
 * (mulberry32 per region), never stored in IndexedDB, and always labelled "Data contoh".
 *
 * Model (plausible, not realistic): per region a base level that rises with kota status and
 * population, a yearly growth, fixed offsets per dimension and element, and noise per period.
 * Each element score is a mean of four integer levels (a multiple of 0.25 in 0–5); dimensions and
 * the index are plain means, as under the equal weight profile the entries claim.
 */
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import type { Instrument } from '../instrument/types';
import type { Region } from '../regions/types';
import { hashString, mulberry32, normal } from './random';
import type { Random } from './random';
import { dimensionRecord } from './summarize-score';
import type { BenchmarkEntry, ScoreSummary } from './types';

/** Periods of the demo dataset. */
export const DEMO_PERIODS: readonly number[] = [2022, 2023, 2024, 2025, 2026];
/** Default seed: changing it changes every demo score. */
export const DEMO_SEED = 20_260_101;
/** Ids of demo entries start with this; device assessment ids (UUIDs) never do. */
export const DEMO_ID_PREFIX = 'demo:';

/** The id of the demo entry of a region in a period, e.g. `demo:32.74:2026`. */
export function demoEntryId(regionCode: string, period: number): string {
  return `${DEMO_ID_PREFIX}${regionCode}:${period}`;
}

/** Whether `id` names a demo entry. */
export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX);
}

export interface DemoOptions {
  readonly periods?: readonly number[];
  readonly seed?: number;
  /** Defaults to the current instrument (its element ids, version) and the default weights. */
  readonly instrument?: Instrument;
  readonly weightProfileId?: string;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** A region's fixed traits: base level, yearly growth and offsets per element. */
function regionTraits(region: Region, instrument: Instrument, random: Random) {
  const sizeZ = clamp((Math.log10(Math.max(region.population, 1)) - 5.6) / 0.4, -2, 2);
  const base = 1.6 + (region.type === 'kota' ? 0.35 : 0) + 0.25 * sizeZ + 0.5 * normal(random);
  const growth = 0.06 + 0.12 * random();
  const offsets = new Map<string, number>();
  for (const d of instrument.dimensions) {
    const dimensionOffset = 0.45 * normal(random);
    for (const e of d.elements) offsets.set(e.id, dimensionOffset + 0.3 * normal(random));
  }
  return { base, growth, offsets };
}

/** Mean of four integer levels nearest to `raw`: a multiple of 0.25 within 0–5. */
function asElementScore(raw: number): number {
  return clamp(Math.round(raw * 4), 0, 20) / 4;
}

function summaryFor(instrument: Instrument, elementScore: (elementId: string) => number): ScoreSummary {
  const elements: Record<string, number> = {};
  const dimensionScores = new Map<string, number>();
  for (const d of instrument.dimensions) {
    const scores = d.elements.map((e) => (elements[e.id] = elementScore(e.id)));
    dimensionScores.set(d.id, meanOf(scores));
  }
  const dimensions = dimensionRecord((id) => dimensionScores.get(id) ?? null);
  // Synthetic finals: every indicator counts as answered, so each is final-eligible.
  return { index: meanOf([...dimensionScores.values()]), dimensions, elements, isFinalEligible: true, coverage: 1 };
}

/**
 * Generates the demo entries: one final assessment per region and period (514 × 5 = 2,570 with
 * the full catalogue), source `demo`, ids from `demoEntryId`. Deterministic: the same regions,
 * periods and seed give identical output, and a region's scores do not depend on the other
 * regions (each region has its own generator seeded from its code). Every score is within 0–5.
 */
export function generateDemoEntries(regions: readonly Region[], options: DemoOptions = {}): BenchmarkEntry[] {
  const periods = options.periods ?? DEMO_PERIODS;
  const seed = options.seed ?? DEMO_SEED;
  const instrument = options.instrument ?? CURRENT_INSTRUMENT;
  const weightProfileId = options.weightProfileId ?? DEFAULT_WEIGHT_PROFILE.id;
  const first = Math.min(...periods);
  const entries: BenchmarkEntry[] = [];
  for (const region of regions) {
    const random = mulberry32(hashString(region.code, seed));
    const traits = regionTraits(region, instrument, random);
    for (const period of periods) {
      const level = traits.base + traits.growth * (period - first);
      const summary = summaryFor(instrument, (id) =>
        asElementScore(level + (traits.offsets.get(id) ?? 0) + 0.2 * normal(random)),
      );
      entries.push({
        id: demoEntryId(region.code, period),
        regionCode: region.code,
        period,
        status: 'final',
        updatedAt: `${period}-12-01T00:00:00.000Z`,
        instrumentVersion: instrument.version,
        weightProfileId,
        source: 'demo',
        summary,
      });
    }
  }
  return entries;
}
