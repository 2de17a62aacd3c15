import { useTranslation } from 'react-i18next';
import { useAssessmentStore } from '../../state/assessment-store';

/**
 * Planning and OPD screens share the assessment's edit lock (docs/offline.md): while another tab
 * holds it this tab is read-only, says so, and offers the same takeover as the questionnaire.
 */
export function PlanLockBanner() {
  const { t } = useTranslation('planning');
  const access = useAssessmentStore((s) => s.access);
  const takeOver = useAssessmentStore((s) => s.takeOver);
  return (
    <div role="status">
      {access === 'other_tab' ? (
        <div className="banner banner-warning" data-testid="read-only-banner">
          <p><strong>{t('lock.readOnly')}</strong> {t('lock.hint')}</p>
          <button type="button" className="btn btn-primary" onClick={takeOver}>{t('lock.takeOver')}</button>
        </div>
      ) : null}
    </div>
  );
}

/** True while this tab may not write the plan (another tab edits, or the lock is being settled). */
export function usePlanReadOnly(): boolean {
  const access = useAssessmentStore((s) => s.access);
  return access === 'checking' || access === 'other_tab';
}
