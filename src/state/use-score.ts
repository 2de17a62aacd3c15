import { useMemo } from 'react';
import type { AnswerMap, Assessment } from '../domain/assessment/types';
import { getInstrument, getWeightProfile } from '../domain/instrument/registry';
import type { Instrument, WeightProfile } from '../domain/instrument/types';
import type { EvidenceCap } from '../domain/report/evidence-support';
import { evidenceCaps, scoreEvidenceSupported } from '../domain/report/evidence-support';
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

/** The evidence-supported score (§6.3) and the answers it caps, as the printed report has them. */
export interface EvidenceSupport {
  readonly score: ScoreResult;
  readonly caps: readonly EvidenceCap[];
}

/** The open assessment's evidence-supported score, derived like `useAssessmentScore`. */
export function useEvidenceSupport(): EvidenceSupport | null {
  const assessment = useAssessmentStore((s) => s.assessment);
  const answers = useAssessmentStore((s) => s.answers);
  return useMemo(() => {
    const ctx = instrumentFor(assessment);
    if (!ctx) return null;
    return { score: scoreEvidenceSupported(ctx.instrument, ctx.weights, answers), caps: evidenceCaps(ctx.instrument, answers) };
  }, [assessment, answers]);
}
