import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../state/assessment-store';

/** Per-indicator save state. "Tersimpan" only after IndexedDB confirmed the write. */
export function SaveStatus({ state, pending, onRetry }: { state: SaveState | undefined; pending: boolean; onRetry: () => void }) {
  const { t } = useTranslation('questionnaire');
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
