import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { actionYearRange, roleOf } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { currentYear } from '../../lib/clock';
import { ActionCoverageSection } from './action-coverage';
import { ActionForm } from './action-form';
import { ActionTimeline } from './action-timeline';
import { OpdStatusTable } from './opd-status-table';
import { PlanLockBanner, usePlanReadOnly } from './plan-lock-banner';
import { SaveIndicator } from './save-indicator';
import { useSendBack } from './use-send-back';

interface OpdActionPackageProps {
  /** The OPD's package copy (it has `workPackage`). */
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
  /** The copy's plan: the package's action part; null for a package without one. */
  readonly plan: AssessmentPlan | null;
  readonly instrument: Instrument;
  readonly regionName: string;
  readonly lang: Lang;
}

/**
 * `#/penilaian/<copy>/aksi` on an OPD's package copy: the OPD proposes actions (responsible OPD
 * fixed to itself, the same form and checks), updates the status and note of the actions it leads
 * per year, reads the timeline and the targets, and exports the package back. Saved as it goes.
 */
export function OpdActionPackage({ assessment, answers, plan, instrument, regionName, lang }: OpdActionPackageProps) {
  const { t } = useTranslation('planning');
  const readOnly = usePlanReadOnly();
  const { send, message } = useSendBack(assessment, answers);
  const [notice, setNotice] = useState('');
  const opd = assessment.workPackage?.opd ?? '';
  const heading = <h1 tabIndex={-1}>{t('apkg.title', { opd, region: regionName, period: assessment.period })}</h1>;
  if (!plan) return <div className="page plan-page">{heading}<p className="card">{t('apkg.noPart')}</p></div>;
  const range = actionYearRange(plan, assessment.period);
  const years = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const ownActions = plan.actions.filter((a) => roleOf(a, opd) !== null);
  return (
    <div className="page plan-page">
      {heading}
      <p className="muted">{t('apkg.intro', { opd })}</p>
      <PlanLockBanner />
      <SaveIndicator />
      <fieldset className="plan-lockable" disabled={readOnly}>
        <ActionForm assessmentId={assessment.id} instrument={instrument} years={range} lang={lang} fixedOpd={opd} onDone={setNotice} />
        <p role="status" className="plan-message">{notice}</p>
        <OpdStatusTable assessmentId={assessment.id} opd={opd} actions={ownActions} years={years}
          initialYear={Math.min(Math.max(currentYear(), range.first), range.last)} />
        <section className="card" aria-labelledby="apkg-send-title">
          <h2 id="apkg-send-title">{t('apkg.sendHeading')}</h2>
          <button type="button" className="btn btn-primary" onClick={() => void send()}>{t('pkg.export')}</button>
          <p role="status" className="plan-message">{message}</p>
        </section>
      </fieldset>
      <ActionTimeline instrument={instrument} actions={plan.actions} years={years} lang={lang} />
      <ActionCoverageSection instrument={instrument} plan={plan} lang={lang} />
    </div>
  );
}
