import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Offers a new version instead of forcing it ('prompt' mode): a reload mid-questionnaire is the
 * user's choice. Answers are already in IndexedDB, so reloading loses nothing that shows "saved".
 */
export function ReloadPrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <div className="toast" role="status">
      <span>{t('update.available')}</span>
      <button type="button" className="btn btn-primary" onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </button>
      <button type="button" className="btn" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
