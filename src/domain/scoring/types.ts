import type { AnswerValue } from '../assessment/types';
import type { DimensionId, Layer, Level } from '../instrument/types';

/** Maturity band (§6.6): nearest level of the unrounded 0–5 score. */
export type Band = Level;

/** SPBE-style predicate analogue (§6.6, secondary label). */
export type Predicate = 'kurang' | 'cukup' | 'baik' | 'sangat_baik' | 'memuaskan';

export type IndicatorStatus = 'answered' | 'na' | 'unanswered';

export interface IndicatorResult {
  readonly indicatorId: string;
  readonly value: AnswerValue;
  readonly status: IndicatorStatus;
  readonly weight: number;
}

export interface ElementResult {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  /** E_e on 0–5, full precision; null when no applicable indicator is answered. */
  readonly score: number | null;
  /** E_e with unanswered applicable items counted as 0; null when nothing is applicable. */
  readonly conservative: number | null;
  readonly band: Band | null;
  /** Number of indicators in the element (4). */
  readonly total: number;
  /** |P_e|: indicators not marked NA. */
  readonly applicable: number;
  /** |A_e|: applicable indicators with a level. */
  readonly answered: number;
  /** Indicators marked NA. */
  readonly na: number;
  /** c_e = answered / applicable; null when nothing is applicable ("tidak dinilai"). */
  readonly coverage: number | null;
  /** |P_e| ≥ 1 and c_e ≥ 0.5. */
  readonly isValid: boolean;
  /** Valid, but scored on fewer than 3 applicable items ("basis sempit"). */
  readonly isNarrowBasis: boolean;
  /** Σ w_i·s_i and Σ w_i over A_e: shown by the explanation view. */
  readonly weightedSum: number;
  readonly weightTotal: number;
  readonly weight: number;
  readonly indicators: readonly IndicatorResult[];
}

export interface DimensionResult {
  readonly dimensionId: DimensionId;
  /** D_d on 0–5; null when fewer than 2 of its elements are valid. */
  readonly score: number | null;
  readonly conservative: number | null;
  readonly band: Band | null;
  /** ≥ 2 of its 3 elements valid. */
  readonly isValid: boolean;
  readonly validElements: number;
  readonly applicable: number;
  readonly answered: number;
  readonly total: number;
  readonly weight: number;
  readonly elements: readonly ElementResult[];
}

export interface LayerResult {
  readonly layer: Layer;
  /** Mean of s_i over answered indicators with that layer; null when none. */
  readonly score: number | null;
  readonly answered: number;
  readonly total: number;
}

export interface ScoreResult {
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  /** I on 0–5 over valid dimensions; null when no dimension is valid. */
  readonly index: number | null;
  /** I with unanswered applicable items counted as 0. */
  readonly conservative: number | null;
  readonly band: Band | null;
  readonly predicate: Predicate | null;
  /** Answered applicable / applicable, over all indicators (0–1). */
  readonly coverage: number;
  readonly total: number;
  readonly applicable: number;
  readonly answered: number;
  readonly na: number;
  readonly validDimensions: number;
  /** All 6 dimensions valid and coverage ≥ 0.80 (§6.5). */
  readonly isFinalEligible: boolean;
  /** max D − min D over valid dimensions; null with fewer than 2. */
  readonly spread: number | null;
  /** Balance mean G (§6.5 companion statistic); null when no valid dimension. */
  readonly balance: number | null;
  readonly dimensions: readonly DimensionResult[];
  readonly layers: readonly LayerResult[];
}
