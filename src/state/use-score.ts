import { useMemo } from 'react';
import type { AnswerMap, Assessment } from '../domain/assessment/types';
import { getInstrument, getWeightProfile } from '../domain/instrument/registry';
import type { Instrument, WeightProfile } from '../domain/instrument/types';
import { progressOf } from '../domain/scoring/progress';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import type { ScoreResult } from '../domain/scoring/types';
import { useAssessmentStore } from './assessment-store';

export interface InstrumentContext {
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
}

/** The instrument and weight profile an assessment was answered under (null if unknown). */
export function instrumentFor(assessment: Assessment | null): InstrumentContext | null {
  if (!assessment) return null;
  const instrument = getInstrument(assessment.instrumentVersion);
  const weights = getWeightProfile(assessment.weightProfileId);
  return instrument && weights ? { instrument, weights } : null;
}

/** Scores are derived from the answers on every change, never stored. */
export function useAssessmentScore(): ScoreResult | null {
  const assessment = useAssessmentStore((s) => s.assessment);
  const answers = useAssessmentStore((s) => s.answers);
  return useMemo(() => computeScore(assessment, answers), [assessment, answers]);
}

export function computeScore(assessment: Assessment | null, answers: AnswerMap): ScoreResult | null {
  const ctx = instrumentFor(assessment);
  return ctx ? scoreAssessment(ctx.instrument, ctx.weights, answers) : null;
}

export function useAssessmentProgress() {
  const assessment = useAssessmentStore((s) => s.assessment);
  const answers = useAssessmentStore((s) => s.answers);
  return useMemo(() => {
    const ctx = instrumentFor(assessment);
    return ctx ? progressOf(ctx.instrument, answers) : null;
  }, [assessment, answers]);
}
