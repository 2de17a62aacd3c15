import { useEffect, useMemo } from 'react';
import type { Assessment } from '../../domain/assessment/types';
import { opdOfIndicator } from '../../domain/planning/opd';
import { restrictInstrument } from '../../domain/planning/restrict-instrument';
import { usePlanStore } from '../../state/plan-store';
import { instrumentFor } from '../../state/use-score';

/**
 * The instrument the questionnaire walks through: the whole instrument, or, on an OPD's
 * work-package copy, only the indicators assigned to that OPD.
 */
export function questionnaireInstrument(assessment: Assessment | null) {
  const ctx = instrumentFor(assessment);
  if (!ctx || !assessment?.workPackage) return ctx;
  return { ...ctx, instrument: restrictInstrument(ctx.instrument, assessment.workPackage.indicatorIds) };
}

const NO_ASSIGNMENTS: Readonly<Record<string, string>> = {};

/** The OPD responsible for each indicator, from the plan of assessment `id` (loaded if needed). */
export function useOpdOf(id: string): (indicatorId: string) => string | null {
  const loadedFor = usePlanStore((s) => s.assessmentId);
  const load = usePlanStore((s) => s.load);
  const assignments = usePlanStore((s) => (s.assessmentId === id ? s.plan?.assignments : undefined)) ?? NO_ASSIGNMENTS;
  useEffect(() => {
    if (loadedFor !== id) void load(id);
  }, [id, loadedFor, load]);
  return useMemo(() => (indicatorId: string) => opdOfIndicator(assignments, indicatorId), [assignments]);
}
