import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionYearRange } from '../../domain/planning';
import type { PlanAction } from '../../domain/planning/types';
import { currentYear } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import { useSettingsStore } from '../../state/settings-store';
import { ActionCoverageSection, ActionProgressSection } from './action-coverage';
import { ActionDeleteDialog } from './action-delete';
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
 * dimension or OPD (each row with "Ubah" and "Hapus"), what one OPD does in a year (statuses
 * editable), targets beside their actions with the coverage warnings, and progress by status.
 */
export default function ActionPlanPage({ id }: { id: string }) {
  const { t } = useTranslation('actions');
  const lang = useSettingsStore((s) => s.lang);
  const c = usePlanningContext(id);
  const readOnly = usePlanReadOnly();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<PlanAction | null>(null);
  const [notice, setNotice] = useState('');
  // After an edit, focus goes back to the row's "Ubah"; after a delete, to the timeline's heading.
  // Moved once the render that re-enables "Ubah" has committed, not on a guessed frame.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(target)?.focus();
  });
  if (c.status !== 'ready') return <PlanningFallback context={c} />;
  const { assessment, plan } = c;
  if (assessment.workPackage) {
    return <OpdActionPackage assessment={assessment} answers={c.answers} plan={plan} instrument={c.ctx.instrument} regionName={c.regionName} lang={lang} />;
  }
  const range = actionYearRange(plan, assessment.period);
  const years = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const thisYear = Math.min(Math.max(currentYear(), range.first), range.last);
  const actions = plan?.actions ?? [];
  const editing = actions.find((a) => a.id === editingId);
  const done = (message: string, editedId?: string) => {
    setNotice(message);
    if (!editedId) return;
    setEditingId(null);
    focusNext.current = `act-edit-${editedId}`;
  };
  const form = { assessmentId: id, instrument: c.ctx.instrument, years: range, lang, onDone: done };
  return (
    <div className="page plan-page">
      <h1 tabIndex={-1}>{t('title', { region: c.regionName, period: assessment.period })}</h1>
      <p className="muted">{t('intro')}</p>
      <p className="row"><a href={hrefs.plan(id)}>{t('toPlan')}</a> <a href={hrefs.opdActionPlan(id)}>{t('toActions')}</a></p>
      <PlanLockBanner />
      <SaveIndicator />
      <OpdSuggestions extra={[...Object.values(plan?.assignments ?? {}), ...actions.map((a) => a.opd)]} />
      <fieldset className="plan-lockable" disabled={readOnly}>
        <ActionForm {...form} hidden={Boolean(editing)} />
        {editing ? <ActionForm key={editing.id} {...form} editing={editing} /> : null}
        <p role="status" className="plan-message">{notice}</p>
        <ActionTimeline instrument={c.ctx.instrument} actions={actions} years={years} lang={lang} isEditing={Boolean(editing)}
          onEdit={(a) => { setNotice(''); setEditingId(a.id); }} onDelete={setDeleting} />
        <ActionOpdYear assessmentId={id} actions={actions} years={years} initialYear={thisYear} />
      </fieldset>
      {plan ? <ActionCoverageSection instrument={c.ctx.instrument} plan={plan} lang={lang} /> : null}
      {plan ? <ActionProgressSection plan={plan} years={years} year={thisYear} /> : null}
      <ActionDeleteDialog assessmentId={id} action={deleting} onClose={(message) => {
        if (message && deleting?.id === editingId) setEditingId(null);
        setDeleting(null);
        setNotice(message);
        if (message) focusNext.current = 'act-timeline-title';
      }} />
    </div>
  );
}
