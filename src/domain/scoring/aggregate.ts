/**
 * Building blocks shared by scoring and progress: how one stored answer is read (§6.7), how a
 * weight is looked up (§6.4), and the means used by the score formulas (§6.5).
 */
import type { AnswerMap } from '../assessment/types';
import type { IndicatorDef, Level } from '../instrument/types';
import type { IndicatorStatus } from './types';

/** One answer after the §6.7 rules: what scoring and progress actually count. */
export type AnswerReading =
  | { readonly status: Extract<IndicatorStatus, 'answered'>; readonly value: Level }
  | { readonly status: Extract<IndicatorStatus, 'na'>; readonly value: 'NA' }
  | { readonly status: Extract<IndicatorStatus, 'unanswered'>; readonly value: null };

const UNANSWERED: AnswerReading = { status: 'unanswered', value: null };
const NOT_APPLICABLE: AnswerReading = { status: 'na', value: 'NA' };
/** One shared, frozen reading per level: scoring thousands of assessments allocates none. */
const ANSWERED: readonly AnswerReading[] = ([0, 1, 2, 3, 4, 5] as const).map((value) => Object.freeze({ status: 'answered', value }));

/** Whether a stored value is one of the levels 0–5 (integers only). */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}

/**
 * Reads the answer to one indicator. Returns `answered` for a level 0–5, `na` for a valid
 * "tidak relevan" (NA on a `naAllowed` indicator with a non-blank `naReason`), and `unanswered`
 * for everything else: no entry, `null`, a level outside 0–5, or an NA that is not allowed on
 * this indicator or has no reason. Such answers are kept in storage but count as empty, so they
 * lower coverage instead of silently shrinking the denominator.
 */
export function readAnswer(indicator: Pick<IndicatorDef, 'id' | 'naAllowed'>, answers: AnswerMap): AnswerReading {
  const answer = Object.hasOwn(answers, indicator.id) ? answers[indicator.id] : undefined;
  if (typeof answer !== 'object' || answer === null) return UNANSWERED;
  const { level } = answer;
  if (isLevel(level)) return ANSWERED[level] ?? UNANSWERED;
  if (level === 'NA' && indicator.naAllowed && isReason(answer.naReason)) return NOT_APPLICABLE;
  return UNANSWERED;
}

function isReason(reason: unknown): boolean {
  return typeof reason === 'string' && reason.trim() !== '';
}

/**
 * Weight of `key` in one map of a weight profile (§6.4). A missing entry weighs 1; so does an
 * entry that is not a positive finite number, which keeps every weighted mean defined (a zero
 * weight total would make it 0/0).
 */
export function weightFrom(map: Readonly<Record<string, number>>, key: string): number {
  const weight = Object.hasOwn(map, key) ? map[key] : undefined;
  return typeof weight === 'number' && Number.isFinite(weight) && weight > 0 ? weight : 1;
}

export interface Weighted {
  readonly weight: number;
  readonly value: number;
}

export interface WeightedMean {
  /** Σ w·x. */
  readonly weightedSum: number;
  /** Σ w. */
  readonly weightTotal: number;
  /** Σ w·x / Σ w; null for an empty list. */
  readonly mean: number | null;
}

/** Weighted mean Σ w·x / Σ w of positive-weight items, in full precision. */
export function weightedMean(items: readonly Weighted[]): WeightedMean {
  let weightedSum = 0;
  let weightTotal = 0;
  for (const { weight, value } of items) {
    weightedSum += weight * value;
    weightTotal += weight;
  }
  return { weightedSum, weightTotal, mean: items.length === 0 ? null : weightedSum / weightTotal };
}

/** Plain arithmetic mean; null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

/** Dimension spread max D − min D (§6.5 companion statistic); null with fewer than 2 scores. */
export function spreadOf(scores: readonly number[]): number | null {
  if (scores.length < 2) return null;
  return Math.max(...scores) - Math.min(...scores);
}

/**
 * Balance mean G = 5 × (exp(mean ln(D/5 + 0.05)) − 0.05) (§6.5 companion statistic): a shifted
 * geometric mean on 0–5 that equals D when all scores are equal and drops when they are uneven.
 * Unweighted, like the formula in the model. Null for an empty list.
 */
export function balanceOf(scores: readonly number[]): number | null {
  const logMean = mean(scores.map((d) => Math.log(d / 5 + 0.05)));
  return logMean === null ? null : 5 * (Math.exp(logMean) - 0.05);
}
