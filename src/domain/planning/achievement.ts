/**
 * Achieved versus target: a later period's assessment compared with the roadmap's target for that
 * year ("tercapai" / "belum tercapai"), per element and per dimension.
 */
import type { DimensionId } from '../instrument/types';
import { EDGE_TOLERANCE } from '../scoring/bands';
import type { DimensionResult, ScoreResult } from '../scoring/types';
import { weightedMean } from '../scoring/aggregate';
import type { Roadmap } from './types';

/**
 * - `tercapai`: score ≥ target (with the band tolerance 1e-9);
 * - `belum_tercapai`: score below the target;
 * - `tidak_dinilai`: no valid score in the later assessment (not answered enough);
 * - `tanpa_target`: the period is outside the roadmap's horizon, or the element has no target.
 */
export type AchievementStatus = 'tercapai' | 'belum_tercapai' | 'tidak_dinilai' | 'tanpa_target';

export interface ElementAchievement {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  /** Target for the later period; null outside the horizon or without an entry. */
  readonly target: number | null;
  /** The later element score when the element is valid (coverage ≥ 0.5), else null. */
  readonly score: number | null;
  readonly status: AchievementStatus;
}

export interface DimensionAchievement {
  readonly dimensionId: DimensionId;
  /**
   * Weighted mean of that year's element targets over the elements valid in the later score
   * (element weights of the later score), as in `roadmapView`.
   */
  readonly target: number | null;
  /** The later dimension score (null when the dimension is not valid). */
  readonly score: number | null;
  readonly status: AchievementStatus;
}

export interface AchievementView {
  readonly period: number;
  /** Index into the roadmap's years (0 = `startYear`); null outside the horizon. */
  readonly yearIndex: number | null;
  readonly isWithinHorizon: boolean;
  /** Every element of the later score, in instrument order. */
  readonly elements: readonly ElementAchievement[];
  readonly dimensions: readonly DimensionAchievement[];
  /** Tally over elements, for a one-line summary ("7 dari 18 elemen tercapai"). */
  readonly counts: Readonly<Record<AchievementStatus, number>>;
}

function statusOf(target: number | null, score: number | null): AchievementStatus {
  if (target === null) return 'tanpa_target';
  if (score === null) return 'tidak_dinilai';
  return score >= target - EDGE_TOLERANCE ? 'tercapai' : 'belum_tercapai';
}

function targetAt(roadmap: Roadmap, elementId: string, yearIndex: number | null): number | null {
  if (yearIndex === null || !Object.hasOwn(roadmap.elements, elementId)) return null;
  return roadmap.elements[elementId]?.yearly[yearIndex] ?? null;
}

function elementsOf(roadmap: Roadmap, d: DimensionResult, yearIndex: number | null): ElementAchievement[] {
  return d.elements.map((e) => {
    const target = targetAt(roadmap, e.elementId, yearIndex);
    const score = e.isValid ? e.score : null;
    return { elementId: e.elementId, dimensionId: e.dimensionId, target, score, status: statusOf(target, score) };
  });
}

/**
 * The dimension target is aggregated over the same parts as the later dimension score: its valid
 * elements (all elements when the dimension has no score), with their weights. Null when one of
 * them has no target.
 */
function dimensionAchievement(d: DimensionResult, elements: readonly ElementAchievement[]): DimensionAchievement {
  const basis = d.elements.flatMap((e, i) => (d.score === null || e.isValid ? [{ weight: e.weight, target: elements[i]?.target ?? null }] : []));
  const isComplete = basis.length > 0 && basis.every((b) => b.target !== null);
  const target = isComplete ? weightedMean(basis.map((b) => ({ weight: b.weight, value: b.target ?? 0 }))).mean : null;
  return { dimensionId: d.dimensionId, target, score: d.score, status: statusOf(target, d.score) };
}

/**
 * Compares a later assessment with the roadmap. The target year is `laterPeriod`; when it lies
 * outside `startYear … startYear + horizon − 1` every row is `tanpa_target`. An element counts
 * as scored only when it is valid in the later assessment (a partial score of an element with
 * less than half its indicators answered cannot show a target as reached). Dimension targets are
 * aggregated as in `roadmapView`, over the elements valid in the later score, with its weights.
 */
export function achievementView(roadmap: Roadmap, later: ScoreResult, laterPeriod: number): AchievementView {
  const offset = laterPeriod - roadmap.startYear;
  const isWithinHorizon = Number.isInteger(offset) && offset >= 0 && offset < roadmap.horizon;
  const yearIndex = isWithinHorizon ? offset : null;
  const perDimension = later.dimensions.map((d) => elementsOf(roadmap, d, yearIndex));
  const dimensions = later.dimensions.map((d, i) => dimensionAchievement(d, perDimension[i] ?? []));
  const elements = perDimension.flat();
  const counts: Record<AchievementStatus, number> = { tercapai: 0, belum_tercapai: 0, tidak_dinilai: 0, tanpa_target: 0 };
  for (const e of elements) counts[e.status] += 1;
  return { period: laterPeriod, yearIndex, isWithinHorizon, elements, dimensions, counts };
}
