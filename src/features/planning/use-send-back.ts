import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import { buildReturnedPackage, serializeWorkPackage, workPackageFileName } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { downloadText, localDate } from '../../lib/download';
import { sha256Hex } from '../../lib/sha256';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { readCopyPlan } from '../../state/work-package-copy';

/**
 * Sends an OPD's package copy back: its answers and, when the copy has a plan (an action part),
 * its actions — the plan shown on the page when given, else the stored one (not sent when it
 * cannot be read). Returns the export and the message naming the file.
 */
export function useSendBack(assessment: Assessment, answers: AnswerMap): { send: (plan?: AssessmentPlan | null) => Promise<void>; message: string } {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const catalog = useRegionsStore((s) => s.catalog);
  const [message, setMessage] = useState('');
  const send = async (shown?: AssessmentPlan | null) => {
    const plan = shown ?? (await readCopyPlan(assessment.id));
    if (plan === undefined) return;
    const now = nowIso();
    const result = buildReturnedPackage(assessment, answers, now, catalog?.byCode.get(assessment.regionCode)?.name, plan);
    if (!result.ok) return;
    const file = workPackageFileName(result.pkg, localDate(now), lang);
    downloadText(await serializeWorkPackage(result.pkg, sha256Hex), file, 'application/json');
    setMessage(t('pkg.exported', { file }));
  };
  return { send, message };
}
