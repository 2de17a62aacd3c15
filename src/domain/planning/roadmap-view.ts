/**
 * What the roadmap table and chart show: per element and per dimension the baseline score, the
 * target of every year and the gap (target − current). Dimension and index targets are the
 * weighted means of the element (dimension) targets with the weight profile's weights, over the
 * same parts as the score they are compared with (docs/scoring.md "Roadmap and quick wins").
 */
import { elementOrder } from '../instrument/lookup';
import type { DimensionId, ElementDef, Instrument, WeightProfile } from '../instrument/types';
import { weightedMean, weightFrom } from '../scoring/aggregate';
import type { ElementResult, ScoreResult } from '../scoring/types';
import { elementResultsOf, entryOf, fitToHorizon, roadmapYears } from './roadmap';
import type { Horizon, Roadmap, TargetMode } from './types';

/** Target − current per year; null when there is no current score. ≤ 0 means already met. */
export type Gaps = readonly (number | null)[];

export interface ElementRoadmapRow {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  /** Baseline element score (0–5, unrounded); null when it has none. */
  readonly current: number | null;
  /** Whether the baseline element is valid (coverage ≥ 0.5); an invalid one has a partial score. */
  readonly isValid: boolean;
  /** Null when the element has no targets ("menunggu skor": it had no score when they were made). */
  readonly mode: TargetMode | null;
  /** Target per year, index 0 = `startYear`; empty without targets. */
  readonly targets: readonly number[];
  readonly gaps: Gaps;
  /** Target of the last year (what the roadmap reaches); null without targets. */
  readonly finalTarget: number | null;
  /** `finalTarget − current`; null without a current score. */
  readonly finalGap: number | null;
}

export interface DimensionRoadmapRow {
  readonly dimensionId: DimensionId;
  /** Baseline dimension score (valid elements only, as scored); null when not valid. */
  readonly current: number | null;
  /** Weighted mean of the element targets of each year (over the basis described at `roadmapView`); empty when no element has targets. */
  readonly targets: readonly number[];
  readonly gaps: Gaps;
  readonly finalGap: number | null;
  /** Some elements are left out of the target because they are not valid in the baseline. */
  readonly isPartialBasis: boolean;
}

export interface RoadmapView {
  readonly startYear: number;
  readonly horizon: Horizon;
  /** Calendar years of the columns. */
  readonly years: readonly number[];
  /** Every element of the instrument, in instrument order (group by `dimensionId`). */
  readonly elements: readonly ElementRoadmapRow[];
  readonly dimensions: readonly DimensionRoadmapRow[];
  /** The index: baseline index and the weighted mean of the dimension targets per year. */
  readonly index: {
    readonly current: number | null;
    readonly targets: readonly number[];
    readonly gaps: Gaps;
    readonly finalGap: number | null;
    readonly isPartialBasis: boolean;
  };
}

/** Weighted mean per year of several target series of equal length. */
function meanTargets(parts: readonly { readonly weight: number; readonly targets: readonly number[] }[], horizon: number): number[] {
  if (parts.length === 0) return [];
  return Array.from({ length: horizon }, (_, year) =>
    weightedMean(parts.map((p) => ({ weight: p.weight, value: p.targets[year] ?? 0 }))).mean ?? 0,
  );
}

function gapsOf(targets: readonly number[], current: number | null): Gaps {
  return targets.map((t) => (current === null ? null : t - current));
}

function lastOf(targets: readonly number[]): number | null {
  return targets[targets.length - 1] ?? null;
}

function finalGapOf(targets: readonly number[], current: number | null): number | null {
  const last = lastOf(targets);
  return current === null || last === null ? null : last - current;
}

function elementRow(roadmap: Roadmap, e: ElementDef, result: ElementResult | undefined): ElementRoadmapRow {
  const current = result?.score ?? null;
  const entry = entryOf(roadmap, e.id);
  const yearly = entry ? fitToHorizon(entry.yearly, roadmap.horizon) : [];
  return {
    elementId: e.id,
    dimensionId: e.dimensionId,
    current,
    isValid: result?.isValid ?? false,
    mode: entry?.mode ?? null,
    targets: yearly,
    gaps: gapsOf(yearly, current),
    finalTarget: lastOf(yearly),
    finalGap: finalGapOf(yearly, current),
  };
}

/**
 * Builds the roadmap table: for every element and dimension of the instrument (instrument order)
 * the baseline score, the yearly targets and the gap per year, plus the index row.
 *
 * - Element current = its baseline score (unrounded; an invalid element's partial score is shown
 *   and flagged by `isValid`); gaps are null when the element has no score.
 * - A dimension target is compared with the dimension score, so it is aggregated over the same
 *   parts, with the same weights as scoring: Σ v_e·T_e / Σ v_e over the elements that are valid in
 *   the baseline (v_e = the profile's element weight, missing → 1). When the baseline dimension
 *   has no score (fewer than 2 valid elements) there is nothing to compare with, and the target is
 *   the weighted mean over all its elements (gaps null). `isPartialBasis` marks a dimension whose
 *   target leaves out elements that are not valid yet.
 * - The index target is built the same way from the dimension targets (dimension weights W_d,
 *   valid dimensions of the baseline).
 * Elements without targets are left out of every mean (and make the basis partial); a dimension
 * or the index without any targets has none. Values are unrounded.
 */
export function roadmapView(instrument: Instrument, weights: WeightProfile, roadmap: Roadmap, baseline: ScoreResult): RoadmapView {
  const results = new Map(elementResultsOf(baseline).map((e) => [e.elementId, e]));
  const elements = elementOrder(instrument).map((e) => elementRow(roadmap, e, results.get(e.id)));
  const dimensions = instrument.dimensions.map((d): DimensionRoadmapRow => {
    const current = baseline.dimensions.find((r) => r.dimensionId === d.id)?.score ?? null;
    const rows = elements.filter((e) => e.dimensionId === d.id);
    const withTargets = rows.filter((e) => e.targets.length > 0);
    const basis = current === null ? withTargets : withTargets.filter((e) => e.isValid && e.current !== null);
    const targets = meanTargets(basis.map((e) => ({ weight: weightFrom(weights.element, e.elementId), targets: e.targets })), roadmap.horizon);
    return { dimensionId: d.id, current, targets, gaps: gapsOf(targets, current), finalGap: finalGapOf(targets, current), isPartialBasis: basis.length < rows.length };
  });
  const withTargets = dimensions.filter((d) => d.targets.length > 0);
  const basis = baseline.index === null ? withTargets : withTargets.filter((d) => d.current !== null);
  const targets = meanTargets(
    basis.map((d) => ({ weight: weightFrom(weights.dimension, d.dimensionId), targets: d.targets })),
    roadmap.horizon,
  );
  return {
    startYear: roadmap.startYear,
    horizon: roadmap.horizon,
    years: roadmapYears(roadmap),
    elements,
    dimensions,
    index: {
      current: baseline.index,
      targets,
      gaps: gapsOf(targets, baseline.index),
      finalGap: finalGapOf(targets, baseline.index),
      isPartialBasis: basis.length < dimensions.length,
    },
  };
}
