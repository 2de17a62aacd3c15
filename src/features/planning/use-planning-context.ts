import { useEffect } from 'react';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import type { AssessmentPlan } from '../../domain/planning/types';
import type { Region } from '../../domain/regions/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { useAssessmentStore } from '../../state/assessment-store';
import { usePlanStore } from '../../state/plan-store';
import { useRegionsStore } from '../../state/regions-store';
import type { InstrumentContext } from '../../state/use-score';
import { instrumentFor, useAssessmentScore } from '../../state/use-score';

export type PlanningContext =
  | { readonly status: 'loading' }
  | { readonly status: 'not_found' | 'error' | 'unknown_instrument' }
  | {
      readonly status: 'ready';
      readonly assessment: Assessment;
      readonly answers: AnswerMap;
      readonly score: ScoreResult;
      readonly ctx: InstrumentContext;
      readonly plan: AssessmentPlan | null;
      readonly region: Region | undefined;
      readonly regionName: string;
    };

/**
 * Loads the assessment (assessment store) and its plan (plan store) for a planning route, and
 * takes the assessment's edit lock for this tab while the route is open.
 */
export function usePlanningContext(id: string): PlanningContext {
  const { loadStatus, assessment, answers, load, openForEditing, access } = useAssessmentStore();
  const planStatus = usePlanStore((s) => s.status);
  const planFor = usePlanStore((s) => s.assessmentId);
  const plan = usePlanStore((s) => s.plan);
  const loadPlan = usePlanStore((s) => s.load);
  const refreshPlan = usePlanStore((s) => s.refresh);
  const catalog = useRegionsStore((s) => s.catalog);
  useEffect(() => {
    void load(id);
    void loadPlan(id);
  }, [id, load, loadPlan]);
  // The plan is under the assessment's edit lock: one tab edits, the others are read-only.
  useEffect(() => openForEditing(id), [id, openForEditing]);
  // Whenever the lock changes hands, show what is stored now (the other tab may have written).
  useEffect(() => {
    if (access === 'editing' || access === 'other_tab') void refreshPlan(id);
  }, [access, id, refreshPlan]);
  const score = useAssessmentScore();
  if (loadStatus === 'not_found') return { status: 'not_found' };
  if (loadStatus === 'error' || (planFor === id && planStatus === 'error')) return { status: 'error' };
  if (!assessment || assessment.id !== id || planFor !== id || planStatus !== 'ready') return { status: 'loading' };
  const ctx = instrumentFor(assessment);
  if (!ctx || !score) return { status: 'unknown_instrument' };
  const region = catalog?.byCode.get(assessment.regionCode);
  return { status: 'ready', assessment, answers, score, ctx, plan, region, regionName: region?.name ?? assessment.regionCode };
}
