/**
 * Quick-win suggestions: the elements where one maturity level up is cheapest, counted in
 * indicator steps (one step = one answered indicator raised by one rubric level).
 */
import type { AnswerMap } from '../assessment/types';
import { elementOrder } from '../instrument/lookup';
import type { DimensionId, ElementDef, Instrument, Level, WeightProfile } from '../instrument/types';
import { readAnswer, weightFrom } from '../scoring/aggregate';
import { bandOf, EDGE_TOLERANCE } from '../scoring/bands';
import type { Band, ScoreResult } from '../scoring/types';
import { elementResultsOf } from './roadmap';

export interface QuickWinRaise {
  readonly indicatorId: string;
  readonly from: Level;
  readonly to: Level;
}

export interface QuickWinCandidate {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  /** Current element score (0–5, unrounded). */
  readonly currentScore: number;
  readonly band: Band;
  /** The level reached: band + 1. The UI shows its rubric descriptor. */
  readonly nextLevel: Level;
  /** Fewest +1 raises of answered indicators that reach `nextLevel`. */
  readonly steps: number;
  /** The element score after the suggested raises. */
  readonly scoreAfter: number;
  /** `scoreAfter − currentScore`. */
  readonly gain: number;
  /** The suggested raises, one entry per indicator (from → to), in instrument order. */
  readonly raises: readonly QuickWinRaise[];
}

export interface QuickWinRanking {
  /** Cheapest first (see {@link rankQuickWins}). */
  readonly suggestions: readonly QuickWinCandidate[];
  /**
   * Elements with applicable indicators but coverage below 0.5 ("tidak valid"): their score is
   * not reliable enough to plan a step on; answer them first. Instrument order.
   */
  readonly needsAnswers: readonly string[];
}

interface Slot {
  readonly indicatorId: string;
  readonly weight: number;
  readonly order: number;
  readonly from: Level;
  level: number;
}

/**
 * The indicator to raise next: highest weight first, then the lowest current level (raising the
 * weakest indicator is the natural quick win), then instrument order. Undefined when all are 5.
 */
function pickNext(slots: readonly Slot[]): Slot | undefined {
  let best: Slot | undefined;
  for (const s of slots) {
    if (s.level >= 5) continue;
    if (!best || s.weight > best.weight || (s.weight === best.weight && s.level < best.level)) best = s;
  }
  return best;
}

/**
 * Plans the raises of one element.
 *
 * Why the greedy is minimal: raising indicator i by one adds w_i/W to the score (W = Σ w over the
 * answered applicable indicators, which raises do not change), and i can be raised 5 − s_i times.
 * So k steps add at most the sum of the k largest weights in the multiset {w_i repeated 5 − s_i
 * times}, and the fewest steps that reach the threshold take weights in descending order, which
 * is what `pickNext` does. With equal weights every step adds w/W and the count is
 * ⌈(threshold·W − Σ w·s)/w⌉ whichever indicators are raised; the tie-breaks only choose which.
 */
function planElement(def: ElementDef, weights: WeightProfile, answers: AnswerMap, currentScore: number, band: Band): QuickWinCandidate {
  const slots: Slot[] = def.indicators.flatMap((indicator, order) => {
    const reading = readAnswer(indicator, answers);
    return reading.status === 'answered'
      ? [{ indicatorId: indicator.id, weight: weightFrom(weights.indicator, indicator.id), order, from: reading.value, level: reading.value }]
      : [];
  });
  const weightTotal = slots.reduce((sum, s) => sum + s.weight, 0);
  let sum = slots.reduce((acc, s) => acc + s.weight * s.level, 0);
  const nextLevel = (band + 1) as Level;
  let steps = 0;
  // The next level is reached when the score is in its band (≥ nextLevel − 0.5, tolerance
  // included), decided by the same `bandOf` as scoring. Always reachable: all at 5 scores 5.
  for (let next = pickNext(slots); next && bandOf(sum / weightTotal) < nextLevel; next = pickNext(slots)) {
    next.level += 1;
    sum += next.weight;
    steps += 1;
  }
  const scoreAfter = sum / weightTotal;
  const raises = slots.filter((s) => s.level > s.from).map((s) => ({ indicatorId: s.indicatorId, from: s.from, to: s.level as Level }));
  return { elementId: def.id, dimensionId: def.dimensionId, currentScore, band, nextLevel, steps, scoreAfter, gain: scoreAfter - currentScore, raises };
}

/**
 * Ranks the elements of a scored assessment by how cheaply they reach their next maturity level.
 *
 * Candidates: valid elements (coverage ≥ 0.5) with a band below 5. The next level is band + 1 and
 * is reached when the element score ≥ (band + 1) − 0.5 (the band edge, same tolerance as
 * scoring). Steps = the fewest +1 raises of answered applicable indicators below 5 that get
 * there; unanswered indicators are never counted (answering them can move the score either way).
 * Pass the answers, weights and score of the same assessment (the score gives validity and the
 * current score; the answers and weights the indicator levels and weights, read as scoring does).
 *
 * Order: fewest steps, then larger score gain (a step that lands further into the band), then
 * instrument order. Suggested raises per element: highest weight first, then the lowest level,
 * then instrument order. Elements not valid but with applicable indicators are listed in
 * `needsAnswers`; "tidak dinilai" elements (all NA) and elements at level 5 are left out.
 */
export function rankQuickWins(instrument: Instrument, weights: WeightProfile, answers: AnswerMap, score: ScoreResult): QuickWinRanking {
  const results = new Map(elementResultsOf(score).map((e) => [e.elementId, e]));
  const candidates: { readonly order: number; readonly win: QuickWinCandidate }[] = [];
  const needsAnswers: string[] = [];
  elementOrder(instrument).forEach((def, order) => {
    const e = results.get(def.id);
    if (!e) return;
    if (!e.isValid) {
      if (e.applicable > 0) needsAnswers.push(def.id);
      return;
    }
    if (e.score === null) return;
    const band = bandOf(e.score);
    if (band < 5) candidates.push({ order, win: planElement(def, weights, answers, e.score, band) });
  });
  candidates.sort((a, b) => {
    if (a.win.steps !== b.win.steps) return a.win.steps - b.win.steps;
    const gain = b.win.gain - a.win.gain;
    return Math.abs(gain) > EDGE_TOLERANCE ? gain : a.order - b.order;
  });
  return { suggestions: candidates.map((c) => c.win), needsAnswers };
}
