import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../state/settings-store';
import { AssignmentsSection } from './assignments-section';
import { OpdProgressTable } from './opd-progress-table';
import { OpdSuggestions } from './opd-input';
import { PackagesSection } from './packages-section';
import { PlanLockBanner, usePlanReadOnly } from './plan-lock-banner';
import { PlanningFallback } from './planning-fallback';
import { registerPlanningText } from './register-planning-text';
import { ReturnedPackageSection } from './returned-package-section';
import { SaveIndicator } from './save-indicator';
import { usePlanningContext } from './use-planning-context';
import './planning.css';

registerPlanningText();

/**
 * `#/penilaian/<id>/opd`: who answers what (OPD per element or indicator), progress per OPD,
 * work packages out, returned packages in (diff, accept/reject, merge with provenance).
 */
export default function OpdPage({ id }: { id: string }) {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const c = usePlanningContext(id);
  const readOnly = usePlanReadOnly();
  if (c.status !== 'ready') return <PlanningFallback context={c} />;
  const { assessment, plan } = c;
  const assignments = plan?.assignments ?? {};
  return (
    <div className="page plan-page">
      <h1 tabIndex={-1}>{t('opd.title', { region: c.regionName, period: assessment.period })}</h1>
      <p className="muted">{t('opd.intro')}</p>
      <PlanLockBanner />
      <SaveIndicator />
      <OpdSuggestions extra={Object.values(assignments)} />
      {assessment.workPackage ? <p className="card">{t('plan.readOnlyPackage')}</p> : (
        <>
          <section aria-labelledby="opd-progress-title">
            <h2 id="opd-progress-title">{t('opd.progressHeading')}</h2>
            <OpdProgressTable instrument={c.ctx.instrument} assignments={assignments} answers={c.answers} lang={lang} />
          </section>
          <fieldset className="plan-lockable" disabled={readOnly}>
            <AssignmentsSection assessmentId={id} instrument={c.ctx.instrument} plan={plan} lang={lang} />
            <PackagesSection assessment={assessment} regionName={c.regionName} instrument={c.ctx.instrument} answers={c.answers} plan={plan} lang={lang} />
            <ReturnedPackageSection assessment={assessment} regionName={c.regionName} instrument={c.ctx.instrument} answers={c.answers} plan={plan} lang={lang} />
          </fieldset>
        </>
      )}
    </div>
  );
}
