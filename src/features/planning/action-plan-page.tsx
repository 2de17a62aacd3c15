import { useTranslation } from 'react-i18next';
import { actionYearRange } from '../../domain/planning';
import { currentYear } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import { useSettingsStore } from '../../state/settings-store';
import { ActionCoverageSection, ActionProgressSection } from './action-coverage';
import { ActionForm } from './action-form';
import { ActionOpdYear } from './action-opd-year';
import { ActionTimeline } from './action-timeline';
import { OpdActionPackage } from './opd-action-package';
import { OpdSuggestions } from './opd-input';
import { PlanLockBanner, usePlanReadOnly } from './plan-lock-banner';
import { PlanningFallback } from './planning-fallback';
import { registerActionText } from './register-action-text';
import { registerPlanningText } from './register-planning-text';
import { SaveIndicator } from './save-indicator';
import { usePlanningContext } from './use-planning-context';
import './planning.css';

registerPlanningText();
registerActionText();

/**
 * `#/penilaian/<id>/aksi`: the masterplan's action plan (issue 16): add actions, the timeline by
 * dimension or OPD, what one OPD does in a year (statuses editable), targets beside their actions
 * with the coverage warnings, and progress by status.
 */
export default function ActionPlanPage({ id }: { id: string }) {
  const { t } = useTranslation('actions');
  const lang = useSettingsStore((s) => s.lang);
  const c = usePlanningContext(id);
  const readOnly = usePlanReadOnly();
  if (c.status !== 'ready') return <PlanningFallback context={c} />;
  const { assessment, plan } = c;
  if (assessment.workPackage) {
    return <OpdActionPackage assessment={assessment} answers={c.answers} plan={plan} instrument={c.ctx.instrument} regionName={c.regionName} lang={lang} />;
  }
  const range = actionYearRange(plan, assessment.period);
  const years = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const thisYear = Math.min(Math.max(currentYear(), range.first), range.last);
  const actions = plan?.actions ?? [];
  return (
    <div className="page plan-page">
      <h1 tabIndex={-1}>{t('title', { region: c.regionName, period: assessment.period })}</h1>
      <p className="muted">{t('intro')}</p>
      <p><a href={hrefs.plan(id)}>{t('toPlan')}</a></p>
      <PlanLockBanner />
      <SaveIndicator />
      <OpdSuggestions extra={[...Object.values(plan?.assignments ?? {}), ...actions.map((a) => a.opd)]} />
      <fieldset className="plan-lockable" disabled={readOnly}>
        <ActionForm assessmentId={id} instrument={c.ctx.instrument} years={range} lang={lang} />
        <ActionTimeline instrument={c.ctx.instrument} actions={actions} years={years} lang={lang} />
        <ActionOpdYear assessmentId={id} actions={actions} years={years} initialYear={thisYear} />
      </fieldset>
      {plan ? <ActionCoverageSection instrument={c.ctx.instrument} plan={plan} lang={lang} /> : null}
      {plan ? <ActionProgressSection plan={plan} years={years} year={thisYear} /> : null}
    </div>
  );
}
