import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { useSettingsStore } from '../../state/settings-store';
import { AchievementSection } from './achievement-section';
import { OpdSuggestions } from './opd-input';
import { PlanLockBanner, usePlanReadOnly } from './plan-lock-banner';
import { PlanningFallback } from './planning-fallback';
import { QuickWinsSection } from './quick-wins-section';
import { registerPlanningText } from './register-planning-text';
import { RoadmapSection } from './roadmap-section';
import { SaveIndicator } from './save-indicator';
import { usePlanningContext } from './use-planning-context';
import './planning.css';

registerPlanningText();

/**
 * `#/penilaian/<id>/rencana`: the masterplan roadmap built on this assessment (its baseline):
 * targets per element and year, achievement in later periods, and quick wins.
 */
export default function PlanningPage({ id }: { id: string }) {
  const { t } = useTranslation('planning');
  const lang = useSettingsStore((s) => s.lang);
  const c = usePlanningContext(id);
  const readOnly = usePlanReadOnly();
  if (c.status !== 'ready') return <PlanningFallback context={c} />;
  const { assessment, plan } = c;
  return (
    <div className="page plan-page">
      <h1 tabIndex={-1}>{t('plan.title', { region: c.regionName, period: assessment.period })}</h1>
      <p className="muted">{t('plan.intro')}</p>
      <p><a href={hrefs.actions(id)}>{t('plan.toActions')}</a></p>
      <PlanLockBanner />
      <SaveIndicator />
      <OpdSuggestions extra={Object.values(plan?.assignments ?? {})} />
      {assessment.workPackage ? <p className="card">{t('plan.readOnlyPackage')}</p> : (
        <>
          <fieldset className="plan-lockable" disabled={readOnly}>
            <RoadmapSection assessmentId={id} period={assessment.period} instrument={c.ctx.instrument} weights={c.ctx.weights}
              score={c.score} plan={plan} lang={lang} />
          </fieldset>
          {plan?.roadmap ? <AchievementSection baseline={assessment} roadmap={plan.roadmap} instrument={c.ctx.instrument} lang={lang} /> : null}
          <fieldset className="plan-lockable" disabled={readOnly}>
            <QuickWinsSection assessmentId={id} instrument={c.ctx.instrument} weights={c.ctx.weights} answers={c.answers}
              score={c.score} plan={plan} lang={lang} />
          </fieldset>
        </>
      )}
    </div>
  );
}
