/**
 * Scored fixtures for the results tests: the real instrument scored with the real scoring, plus
 * the synthetic instrument where a test needs NA (only some real indicators allow it).
 */
import type { AnswerMap, AnswerValue } from '../../domain/assessment/types';
import type { Instrument, WeightProfile } from '../../domain/instrument/types';
import { listIndicators } from '../../domain/instrument/lookup';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../../domain/instrument/registry';
import { evidenceCaps, scoreEvidenceSupported } from '../../domain/report/evidence-support';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import type { ScoreResult } from '../../domain/scoring/types';
import type { EvidenceSupport } from '../../state/use-score';
import { answersFor, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';

/** §6.10: GOV.1 answered 3, 2, 4, 2 → E = 11/4 = 2.75. Used for every element here. */
export const WORKED_LEVELS: readonly AnswerValue[] = [3, 2, 4, 2];

function position(id: string): number {
  return Number(id.slice(id.lastIndexOf('.') + 1)) - 1;
}

export interface ScoredFixture {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  /** The evidence-supported score and caps of the same answers (none has evidence: all capped at 0). */
  readonly evidence: EvidenceSupport;
}

function scored(instrument: Instrument, weights: WeightProfile, answers: AnswerMap): ScoredFixture {
  const evidence = { score: scoreEvidenceSupported(instrument, weights, answers), caps: evidenceCaps(instrument, answers) };
  return { instrument, score: scoreAssessment(instrument, weights, answers), evidence };
}

/**
 * Real instrument, every element answered 3, 2, 4, 2 (so every score is 2.75), then `override`
 * per indicator id (`undefined` leaves the pattern, `null` leaves it unanswered).
 */
export function scoredReal(override: Readonly<Record<string, AnswerValue>> = {}): ScoredFixture {
  const ids = listIndicators(CURRENT_INSTRUMENT).map((i) => i.id);
  const answers = answersFor(ids, (id) => {
    if (Object.hasOwn(override, id)) return override[id] ?? undefined;
    return WORKED_LEVELS[position(id)];
  });
  return scored(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers);
}

/**
 * Synthetic instrument (NA allowed on BRD.1.3, BRD.1.4 and all of ENV.1) with the 3, 2, 4, 2
 * pattern, BRD.1.3–4 NA (basis sempit), ENV.1 all NA (tidak dinilai), `override` on top.
 */
export function scoredWithNa(override: Readonly<Record<string, AnswerValue>> = {}): ScoredFixture {
  const naAllowed = ['BRD.1.3', 'BRD.1.4', 'ENV.1.1', 'ENV.1.2', 'ENV.1.3', 'ENV.1.4'];
  const instrument = buildInstrument({ naAllowed });
  const ids = listIndicators(instrument).map((i) => i.id);
  const answers = answersFor(ids, (id) => {
    if (Object.hasOwn(override, id)) return override[id] ?? undefined;
    return naAllowed.includes(id) ? 'NA' : WORKED_LEVELS[position(id)];
  });
  return scored(instrument, buildWeightProfile(), answers);
}
