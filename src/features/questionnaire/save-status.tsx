import { useTranslation } from 'react-i18next';
import { useAssessmentStore } from '../../state/assessment-store';

/**
 * Per-indicator save state. "Tersimpan" only after IndexedDB confirmed the write. It reads the
 * store itself, so a confirmed write re-renders this line, not the whole card.
 */
export function SaveStatus({ indicatorId, pending, onRetry }: { indicatorId: string; pending: boolean; onRetry: () => void }) {
  const { t } = useTranslation('questionnaire');
  const state = useAssessmentStore((s) => s.saves[indicatorId]);
  if (pending) return <span className="save-status save-pending">{t('save.pending')}</span>;
  if (!state) return null;
  if (state.status === 'error')
    return (
      <span className="save-status save-error">
        {t('save.error')}{' '}
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </span>
    );
  return (
    <span className={`save-status save-${state.status}`} data-save-status={state.status}>
      {state.status === 'saving' ? t('save.saving') : `✓ ${t('save.saved')}`}
    </span>
  );
}
