/**
 * Scoring of one assessment (assessment-model.md §6.5–6.7): element, dimension and index scores,
 * their conservative variants, readiness layers and companion statistics. Pure and total.
 */
import type { AnswerMap } from '../assessment/types';
import type { DimensionDef, ElementDef, IndicatorDef, Instrument, WeightProfile } from '../instrument/types';
import { LAYERS } from '../instrument/types';
import { balanceOf, readAnswer, spreadOf, weightFrom } from './aggregate';
import { bandOf, predicateOf } from './bands';
import type { DimensionResult, ElementResult, IndicatorResult, LayerResult, ScoreResult } from './types';

/** A valid dimension needs at least this many valid elements (§6.5). */
const MIN_VALID_ELEMENTS = 2;
/** Fewer applicable indicators than this marks a valid element as "basis sempit" (§6.10). */
const NARROW_BASIS_BELOW = 3;

function scoreIndicator(indicator: IndicatorDef, weights: WeightProfile, answers: AnswerMap): IndicatorResult {
  const { status, value } = readAnswer(indicator, answers);
  return { indicatorId: indicator.id, value, status, weight: weightFrom(weights.indicator, indicator.id) };
}

/** Valid iff |P_e| ≥ 1 and c_e = |A_e|/|P_e| ≥ 0.5, compared in integers (2·|A_e| ≥ |P_e|). */
function isElementValid(applicable: number, answered: number): boolean {
  return applicable >= 1 && 2 * answered >= applicable;
}

function scoreElement(element: ElementDef, weights: WeightProfile, answers: AnswerMap): ElementResult {
  const indicators = element.indicators.map((i) => scoreIndicator(i, weights, answers));
  // One pass, in indicator order (the same sums as a weighted mean over each subset): recorded over
  // answered items, conservative over applicable items with unanswered ones counted as 0.
  let applicableCount = 0;
  let answeredCount = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  let conservativeSum = 0;
  let conservativeTotal = 0;
  for (const r of indicators) {
    if (r.status === 'na') continue;
    applicableCount += 1;
    const points = typeof r.value === 'number' ? r.value : 0;
    conservativeSum += r.weight * points;
    conservativeTotal += r.weight;
    if (r.status === 'answered') {
      answeredCount += 1;
      weightedSum += r.weight * points;
      weightTotal += r.weight;
    }
  }
  const recorded = { weightedSum, weightTotal, mean: answeredCount === 0 ? null : weightedSum / weightTotal };
  const conservative = applicableCount === 0 ? null : conservativeSum / conservativeTotal;
  const isValid = isElementValid(applicableCount, answeredCount);
  return {
    elementId: element.id,
    dimensionId: element.dimensionId,
    score: recorded.mean,
    conservative,
    band: recorded.mean === null ? null : bandOf(recorded.mean),
    total: indicators.length,
    applicable: applicableCount,
    answered: answeredCount,
    na: indicators.length - applicableCount,
    coverage: applicableCount === 0 ? null : answeredCount / applicableCount,
    isValid,
    isNarrowBasis: isValid && applicableCount < NARROW_BASIS_BELOW,
    weightedSum: recorded.weightedSum,
    weightTotal: recorded.weightTotal,
    weight: weightFrom(weights.element, element.id),
    indicators,
  };
}

/**
 * Weighted mean of the scores of the parts that count, or null when fewer than `minParts` count.
 * A part counts when its score is not null; callers pass null for parts that are not valid.
 */
function meanOfParts(
  parts: readonly { readonly weight: number; readonly score: number | null }[],
  minParts: number,
): number | null {
  let count = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  for (const p of parts) {
    if (p.score === null) continue;
    count += 1;
    weightedSum += p.weight * p.score;
    weightTotal += p.weight;
  }
  return count < Math.max(minParts, 1) ? null : weightedSum / weightTotal;
}

function sumOf<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((sum, item) => sum + pick(item), 0);
}

function scoreDimension(dimension: DimensionDef, weights: WeightProfile, answers: AnswerMap): DimensionResult {
  const elements = dimension.elements.map((e) => scoreElement(e, weights, answers));
  const validElements = elements.filter((e) => e.isValid).length;
  // Recorded: only valid elements count. Conservative: every element with an applicable item
  // counts (its conservative score is non-null exactly then).
  const recorded = elements.map((e) => ({ weight: e.weight, score: e.isValid ? e.score : null }));
  const conservative = elements.map((e) => ({ weight: e.weight, score: e.conservative }));
  const score = meanOfParts(recorded, MIN_VALID_ELEMENTS);
  return {
    dimensionId: dimension.id,
    score,
    conservative: meanOfParts(conservative, MIN_VALID_ELEMENTS),
    band: score === null ? null : bandOf(score),
    isValid: score !== null,
    validElements,
    applicable: sumOf(elements, (e) => e.applicable),
    answered: sumOf(elements, (e) => e.answered),
    total: sumOf(elements, (e) => e.total),
    weight: weightFrom(weights.dimension, dimension.id),
    elements,
  };
}

/**
 * R_layer: plain (unweighted) mean of the levels of answered indicators with that layer, read from
 * the indicator results already computed (instrument order, as the definitions).
 */
function scoreLayers(instrument: Instrument, dimensions: readonly DimensionResult[]): LayerResult[] {
  const acc = new Map(LAYERS.map((layer) => [layer, { sum: 0, answered: 0, total: 0 }]));
  instrument.dimensions.forEach((d, di) =>
    d.elements.forEach((e, ei) =>
      e.indicators.forEach((def, ii) => {
        const a = acc.get(def.layer);
        const r = dimensions[di]?.elements[ei]?.indicators[ii];
        if (!a || !r) return;
        a.total += 1;
        if (r.status === 'answered' && typeof r.value === 'number') {
          a.sum += r.value;
          a.answered += 1;
        }
      })));
  return LAYERS.map((layer) => {
    const a = acc.get(layer) ?? { sum: 0, answered: 0, total: 0 };
    return { layer, score: a.answered === 0 ? null : a.sum / a.answered, answered: a.answered, total: a.total };
  });
}

/** Overall coverage ≥ 0.80, compared in integers (5·answered ≥ 4·applicable) to avoid float error. */
function hasFinalCoverage(answered: number, applicable: number): boolean {
  return applicable > 0 && 5 * answered >= 4 * applicable;
}

/**
 * Scores one assessment against its instrument and weight profile (§6.5–6.7).
 *
 * Returns every score on the 0–5 scale in full precision (never rounded; round only for display),
 * with bands applied to the unrounded values. Pure and total: no I/O, no clock, inputs are not
 * mutated, and it never throws for any answer map:
 * - answers for ids that are not in the instrument are ignored;
 * - a level outside 0–5 (or not an integer) counts as unanswered;
 * - `NA` counts as "tidak relevan" only on a `naAllowed` indicator and with a non-blank reason;
 *   any other `NA` counts as unanswered (it lowers coverage rather than shrinking the basis);
 * - weights missing from the profile (or not positive finite numbers) weigh 1.
 *
 * Validity: an element needs ≥ 1 applicable indicator and coverage ≥ 0.5; a dimension needs ≥ 2
 * valid elements; the index is the weighted mean over valid dimensions and is null when none is
 * valid. The conservative variant counts unanswered applicable items as 0, so an element counts
 * there whenever it has an applicable indicator. `isFinalEligible` needs every dimension valid
 * and overall coverage ≥ 0.80.
 */
export function scoreAssessment(instrument: Instrument, weights: WeightProfile, answers: AnswerMap): ScoreResult {
  const dimensions = instrument.dimensions.map((d) => scoreDimension(d, weights, answers));
  const validScores = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  const index = meanOfParts(dimensions, 1);
  const applicable = sumOf(dimensions, (d) => d.applicable);
  const answered = sumOf(dimensions, (d) => d.answered);
  const total = sumOf(dimensions, (d) => d.total);
  return {
    instrumentVersion: instrument.version,
    weightProfileId: weights.id,
    index,
    conservative: meanOfParts(
      dimensions.map((d) => ({ weight: d.weight, score: d.conservative })),
      1,
    ),
    band: index === null ? null : bandOf(index),
    predicate: index === null ? null : predicateOf(index),
    coverage: applicable === 0 ? 0 : answered / applicable,
    total,
    applicable,
    answered,
    na: total - applicable,
    validDimensions: validScores.length,
    isFinalEligible: dimensions.every((d) => d.isValid) && hasFinalCoverage(answered, applicable),
    spread: spreadOf(validScores),
    balance: balanceOf(validScores),
    dimensions,
    layers: scoreLayers(instrument, dimensions),
  };
}
