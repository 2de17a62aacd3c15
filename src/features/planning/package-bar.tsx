import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/types';
import { opdProgress } from '../../domain/planning/opd';
import { hrefs } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { usePlanStore } from '../../state/plan-store';
import { useSettingsStore } from '../../state/settings-store';
import { instrumentFor } from '../../state/use-score';
import { OpdProgressTable } from './opd-progress-table';
import { registerPlanningText } from './register-planning-text';
import { useSendBack } from './use-send-back';
import './planning.css';

registerPlanningText();

/**
 * Shown on the questionnaire. On an OPD's work-package copy: what to do and the button that sends
 * the answers back. On a master assessment with OPD assignments: progress per OPD.
 */
export default function PackageBar() {
  const assessment = useAssessmentStore((s) => s.assessment);
  if (!assessment) return null;
  return assessment.workPackage ? <ReturnBar assessment={assessment} /> : <OpdProgressBar assessment={assessment} />;
}

function ReturnBar({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('planning');
  const answers = useAssessmentStore((s) => s.answers);
  const plan = usePlanStore((s) => (s.assessmentId === assessment.id ? s.plan : null));
  const load = usePlanStore((s) => s.load);
  useEffect(() => {
    void load(assessment.id);
  }, [assessment.id, load]);
  const { send, ready, message } = useSendBack(assessment, answers);
  const origin = assessment.workPackage;
  if (!origin) return null;
  const done = origin.indicatorIds.filter((id) => {
    const level = answers[id]?.level;
    return level !== undefined && level !== null;
  }).length;
  return (
    <section className="card plan-package-bar" aria-labelledby="package-bar-title" data-testid="package-bar">
      <h2 id="package-bar-title" className="plan-package-bar__title">{t('pkg.badge', { opd: origin.opd })}</h2>
      <p>{t('pkg.banner', { opd: origin.opd, count: origin.indicatorIds.length })}</p>
      <div className="row">
        <span>{t('pkg.progress', { done, count: origin.indicatorIds.length })}</span>
        <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => void send()}>{t('pkg.export')}</button>
      </div>
      {plan ? <p><a href={hrefs.actions(assessment.id)}>{t('apkg.toActions', { count: plan.actions.length })}</a></p> : null}
      <p role="status" className="plan-message">{message}</p>
    </section>
  );
}

function OpdProgressBar({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const answers = useAssessmentStore((s) => s.answers);
  const plan = usePlanStore((s) => (s.assessmentId === assessment.id ? s.plan : null));
  const load = usePlanStore((s) => s.load);
  useEffect(() => {
    void load(assessment.id);
  }, [assessment.id, load]);
  const ctx = instrumentFor(assessment);
  const assignments = plan?.assignments ?? {};
  if (!ctx || Object.keys(assignments).length === 0) return null;
  const assigned = opdProgress(ctx.instrument, assignments, answers).filter((r) => r.opd !== null);
  if (assigned.length === 0) return null;
  return (
    <details className="card plan-package-bar" data-testid="opd-progress">
      <summary>{t('opd.progressHeading')}</summary>
      <OpdProgressTable instrument={ctx.instrument} assignments={assignments} answers={answers} lang={lang} caption={t('opd.progressCaption')} />
      <a href={hrefs.opd(assessment.id)}>{t('nav.opd')}</a>
    </details>
  );
}
