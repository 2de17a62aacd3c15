import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import { buildReturnedPackage, serializeWorkPackage, workPackageFileName } from '../../domain/planning';
import { nowIso } from '../../lib/clock';
import { downloadText, localDate } from '../../lib/download';
import { sha256Hex } from '../../lib/sha256';
import { usePlanStore } from '../../state/plan-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';

/**
 * Sends an OPD's package copy back: its answers and, when the copy has a plan (an action part),
 * its actions. `ready` once the copy's plan is loaded in the plan store (the caller loads it): only
 * then can the export include it.
 */
export function useSendBack(assessment: Assessment, answers: AnswerMap): { send: () => Promise<void>; ready: boolean; message: string } {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const catalog = useRegionsStore((s) => s.catalog);
  const ready = usePlanStore((s) => s.assessmentId === assessment.id && s.status === 'ready');
  const plan = usePlanStore((s) => s.plan);
  const [message, setMessage] = useState('');
  const send = async () => {
    if (!ready) return;
    const now = nowIso();
    const result = buildReturnedPackage(assessment, answers, now, catalog?.byCode.get(assessment.regionCode)?.name, plan);
    if (!result.ok) return;
    const file = workPackageFileName(result.pkg, localDate(now), lang);
    downloadText(await serializeWorkPackage(result.pkg, sha256Hex), file, 'application/json');
    setMessage(t('pkg.exported', { file }));
  };
  return { send, ready, message };
}
