import { useEffect, useMemo, useState } from 'react';
import { buildReportModel } from '../../domain/report/build-report-model';
import type { ReportModel } from '../../domain/report/types';
import { nowIso } from '../../lib/clock';
import { useAssessmentStore } from '../../state/assessment-store';
import { usePlanStore } from '../../state/plan-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { instrumentFor } from '../../state/use-score';

export type ReportState =
  | { readonly status: 'loading' }
  | { readonly status: 'not_found' | 'error' | 'unknown_instrument' }
  | { readonly status: 'ready'; readonly model: ReportModel };

/**
 * Loads the assessment through the assessment store and builds its report model in the current
 * language. Waits for the region catalogue (names on the cover) unless it failed to load. The
 * print date is the moment the report was opened.
 */
export function useReportModel(id: string): ReportState {
  const lang = useSettingsStore((s) => s.lang);
  const { loadStatus, assessment, answers, load } = useAssessmentStore();
  const catalog = useRegionsStore((s) => s.catalog);
  const regionsFailed = useRegionsStore((s) => s.failed);
  const planFor = usePlanStore((s) => s.assessmentId);
  const planStatus = usePlanStore((s) => s.status);
  const plan = usePlanStore((s) => s.plan);
  const loadPlan = usePlanStore((s) => s.load);
  const [printedAt] = useState(nowIso);
  useEffect(() => {
    void load(id);
    void loadPlan(id);
  }, [id, load, loadPlan]);
  // The plan is optional in the report: wait for it, but print without it if it cannot be read.
  const planReady = planFor === id && (planStatus === 'ready' || planStatus === 'error');
  return useMemo((): ReportState => {
    if (loadStatus === 'not_found') return { status: 'not_found' };
    if (loadStatus === 'error') return { status: 'error' };
    if (!assessment || assessment.id !== id || (!catalog && !regionsFailed) || !planReady) return { status: 'loading' };
    const ctx = instrumentFor(assessment);
    if (!ctx) return { status: 'unknown_instrument' };
    const region = catalog?.byCode.get(assessment.regionCode);
    const province = region ? catalog?.provinceByCode.get(region.provinceCode) : undefined;
    const model = buildReportModel({
      assessment, answers, ...ctx, lang, printedAt, ...(plan ? { plan } : {}),
      region: { code: assessment.regionCode, name: region?.name ?? null, provinceName: province?.name ?? null },
    });
    return { status: 'ready', model };
  }, [loadStatus, assessment, answers, catalog, regionsFailed, id, lang, printedAt, planReady, plan]);
}
