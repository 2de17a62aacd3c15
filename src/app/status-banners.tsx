import { useTranslation } from 'react-i18next';
import { useAppStatusStore } from '../state/app-status-store';

/**
 * Storage failures and version changes, each with what to do (the texts in `common:storage.*`
 * say it). Never swallowed: a write that failed is also marked on its indicator card.
 */
export function StatusBanners() {
  const { t } = useTranslation();
  const storageError = useAppStatusStore((s) => s.storageError);
  const versionChange = useAppStatusStore((s) => s.versionChange);
  const clear = useAppStatusStore((s) => s.clearStorageError);
  return (
    <div aria-live="assertive">
      {versionChange && (
        <div className="banner banner-warning" role="alert">
          <p>{t('storage.versionChange')}</p>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </div>
      )}
      {storageError && (
        <div className="banner banner-error" role="alert" data-testid="storage-error">
          <p>
            <strong>{t('storage.title')}: </strong>
            {t(`storage.${storageError}`)}
          </p>
          {storageError === 'blocked' && (
            // Once the other tab is closed, a reload opens the database at the new version.
            <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
              {t('storage.reload')}
            </button>
          )}
          <button type="button" className="btn" onClick={clear}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
