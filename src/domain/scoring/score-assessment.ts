/**
 * Scoring of one assessment (assessment-model.md §6.5–6.7): element, dimension and index scores,
 * their conservative variants, readiness layers and companion statistics. Pure and total.
 */
import type { AnswerMap } from '../assessment/types';
import type { DimensionId, IndicatorDef, Instrument, Level, WeightProfile } from '../instrument/types';
import { LAYERS } from '../instrument/types';
import type { AnswerReading } from './aggregate';
import { balanceOf, readAnswer, spreadOf, weightFrom } from './aggregate';
import { bandOf, predicateOf } from './bands';
import type { DimensionResult, ElementResult, IndicatorResult, LayerResult, ScoreResult } from './types';

/** A valid dimension needs at least this many valid elements (§6.5). */
const MIN_VALID_ELEMENTS = 2;
/** Fewer applicable indicators than this marks a valid element as "basis sempit" (§6.10). */
const NARROW_BASIS_BELOW = 3;

/**
 * An indicator as scoring reads it: its id and NA rule copied from the definition (so every
 * indicator of every instrument is read through one object shape), its weight (§6.4) and the
 * slot of its layer in `LAYERS`.
 */
interface IndicatorPlan {
  readonly id: string;
  readonly naAllowed: boolean;
  readonly weight: number;
  readonly layer: number;
  /** Its result for each reading, by `readingSlot`: shared and frozen, so scoring allocates none per indicator. */
  readonly results: readonly IndicatorResult[];
}

/** Slots of the readings of one indicator: levels 0–5, then NA, then unanswered. */
const NA_SLOT = 6;
const UNANSWERED_SLOT = 7;
const READINGS: readonly AnswerReading[] = [0, 1, 2, 3, 4, 5, NA_SLOT, UNANSWERED_SLOT].map((slot) =>
  slot === NA_SLOT ? { status: 'na', value: 'NA' } : slot === UNANSWERED_SLOT ? { status: 'unanswered', value: null } : { status: 'answered', value: slot as Level },
);

function readingSlot({ status, value }: AnswerReading): number {
  return status === 'answered' ? value : status === 'na' ? NA_SLOT : UNANSWERED_SLOT;
}

function indicatorPlan(def: IndicatorDef, weight: number): IndicatorPlan {
  const results = READINGS.map(({ status, value }) => Object.freeze({ indicatorId: def.id, value, status, weight }));
  return { id: def.id, naAllowed: def.naAllowed, weight, layer: LAYERS.indexOf(def.layer), results };
}

interface ElementPlan {
  readonly id: string;
  readonly dimensionId: DimensionId;
  readonly weight: number;
  readonly indicators: readonly IndicatorPlan[];
}

interface DimensionPlan {
  readonly id: DimensionId;
  readonly weight: number;
  readonly elements: readonly ElementPlan[];
}

interface ScoringPlan {
  readonly dimensions: readonly DimensionPlan[];
  /** Indicators per layer (slot as in `LAYERS`): the same for every assessment. */
  readonly layerTotals: readonly number[];
}

/**
 * The weights of an instrument under a profile, looked up once per pair rather than once per
 * indicator of every assessment scored (instruments and profiles are immutable values).
 */
const plans = new WeakMap<Instrument, WeakMap<WeightProfile, ScoringPlan>>();

function planOf(instrument: Instrument, weights: WeightProfile): ScoringPlan {
  const byProfile = plans.get(instrument) ?? new WeakMap<WeightProfile, ScoringPlan>();
  plans.set(instrument, byProfile);
  const known = byProfile.get(weights);
  if (known) return known;
  const dimensions = instrument.dimensions.map((d) => ({
    id: d.id,
    weight: weightFrom(weights.dimension, d.id),
    elements: d.elements.map((e) => ({
      id: e.id,
      dimensionId: e.dimensionId,
      weight: weightFrom(weights.element, e.id),
      indicators: e.indicators.map((i) => indicatorPlan(i, weightFrom(weights.indicator, i.id))),
    })),
  }));
  const layerTotals = LAYERS.map(() => 0);
  for (const d of dimensions) for (const e of d.elements) for (const i of e.indicators) layerTotals[i.layer] = (layerTotals[i.layer] ?? 0) + 1;
  const plan = { dimensions, layerTotals };
  byProfile.set(weights, plan);
  return plan;
}

/** Sums per layer (slot as in `LAYERS`) of the answered levels, over every indicator of the instrument. */
interface LayerSums {
  readonly sum: number[];
  readonly answered: number[];
}

/** Valid iff |P_e| ≥ 1 and c_e = |A_e|/|P_e| ≥ 0.5, compared in integers (2·|A_e| ≥ |P_e|). */
function isElementValid(applicable: number, answered: number): boolean {
  return applicable >= 1 && 2 * answered >= applicable;
}

function scoreElement({ id, dimensionId, weight, indicators: defs }: ElementPlan, answers: AnswerMap, layers: LayerSums): ElementResult {
  // One pass, in indicator order (the same sums as a weighted mean over each subset): recorded over
  // answered items, conservative over applicable items with unanswered ones counted as 0.
  const indicators: IndicatorResult[] = [];
  let applicableCount = 0;
  let answeredCount = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  let conservativeSum = 0;
  let conservativeTotal = 0;
  for (const def of defs) {
    const reading = readAnswer(def, answers);
    const { status, value } = reading;
    const w = def.weight;
    const layer = def.layer;
    const result = def.results[readingSlot(reading)];
    if (result) indicators.push(result);
    if (status === 'na') continue;
    applicableCount += 1;
    const points = typeof value === 'number' ? value : 0;
    conservativeSum += w * points;
    conservativeTotal += w;
    if (status === 'answered') {
      answeredCount += 1;
      weightedSum += w * points;
      weightTotal += w;
      layers.sum[layer] = (layers.sum[layer] ?? 0) + points;
      layers.answered[layer] = (layers.answered[layer] ?? 0) + 1;
    }
  }
  const mean = answeredCount === 0 ? null : weightedSum / weightTotal;
  const isValid = isElementValid(applicableCount, answeredCount);
  return {
    elementId: id,
    dimensionId,
    score: mean,
    conservative: applicableCount === 0 ? null : conservativeSum / conservativeTotal,
    band: mean === null ? null : bandOf(mean),
    total: indicators.length,
    applicable: applicableCount,
    answered: answeredCount,
    na: indicators.length - applicableCount,
    coverage: applicableCount === 0 ? null : answeredCount / applicableCount,
    isValid,
    isNarrowBasis: isValid && applicableCount < NARROW_BASIS_BELOW,
    weightedSum,
    weightTotal,
    weight,
    indicators,
  };
}

/**
 * Weighted mean of the scores of the parts that count, or null when fewer than `minParts` count.
 * A part counts when `scoreOf` gives a number; callers give null for parts that are not valid.
 */
function meanOfParts<T extends { readonly weight: number }>(parts: readonly T[], scoreOf: (part: T) => number | null, minParts: number): number | null {
  let count = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  for (const p of parts) {
    const score = scoreOf(p);
    if (score === null) continue;
    count += 1;
    weightedSum += p.weight * score;
    weightTotal += p.weight;
  }
  return count < Math.max(minParts, 1) ? null : weightedSum / weightTotal;
}

const recordedScore = (e: ElementResult) => (e.isValid ? e.score : null);
const conservativeScore = (p: ElementResult | DimensionResult) => p.conservative;
const dimensionScore = (d: DimensionResult) => d.score;

function scoreDimension({ id, weight, elements: defs }: DimensionPlan, answers: AnswerMap, layers: LayerSums): DimensionResult {
  const elements: ElementResult[] = [];
  let validElements = 0;
  let applicable = 0;
  let answered = 0;
  let total = 0;
  for (const def of defs) {
    const e = scoreElement(def, answers, layers);
    elements.push(e);
    if (e.isValid) validElements += 1;
    applicable += e.applicable;
    answered += e.answered;
    total += e.total;
  }
  // Recorded: only valid elements count. Conservative: every element with an applicable item
  // counts (its conservative score is non-null exactly then).
  const score = meanOfParts(elements, recordedScore, MIN_VALID_ELEMENTS);
  return {
    dimensionId: id,
    score,
    conservative: meanOfParts(elements, conservativeScore, MIN_VALID_ELEMENTS),
    band: score === null ? null : bandOf(score),
    isValid: score !== null,
    validElements,
    applicable,
    answered,
    total,
    weight,
    elements,
  };
}

/**
 * R_layer: plain (unweighted) mean of the levels of answered indicators with that layer, summed
 * while the indicators were scored (in instrument order).
 */
function layerResults({ sum, answered }: LayerSums, totals: readonly number[]): LayerResult[] {
  return LAYERS.map((layer, i) => {
    const n = answered[i] ?? 0;
    return { layer, score: n === 0 ? null : (sum[i] ?? 0) / n, answered: n, total: totals[i] ?? 0 };
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
  const plan = planOf(instrument, weights);
  const layers: LayerSums = { sum: LAYERS.map(() => 0), answered: LAYERS.map(() => 0) };
  const dimensions: DimensionResult[] = [];
  const validScores: number[] = [];
  let applicable = 0;
  let answered = 0;
  let total = 0;
  let allValid = true;
  for (const def of plan.dimensions) {
    const d = scoreDimension(def, answers, layers);
    dimensions.push(d);
    if (d.score !== null) validScores.push(d.score);
    allValid &&= d.isValid;
    applicable += d.applicable;
    answered += d.answered;
    total += d.total;
  }
  const index = meanOfParts(dimensions, dimensionScore, 1);
  return {
    instrumentVersion: instrument.version,
    weightProfileId: weights.id,
    index,
    conservative: meanOfParts(dimensions, conservativeScore, 1),
    band: index === null ? null : bandOf(index),
    predicate: index === null ? null : predicateOf(index),
    coverage: applicable === 0 ? 0 : answered / applicable,
    total,
    applicable,
    answered,
    na: total - applicable,
    validDimensions: validScores.length,
    isFinalEligible: allValid && hasFinalCoverage(answered, applicable),
    spread: spreadOf(validScores),
    balance: balanceOf(validScores),
    dimensions,
    layers: layerResults(layers, plan.layerTotals),
  };
}
