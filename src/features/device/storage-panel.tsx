import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, registerNamespace } from '../../i18n';
import { device } from '../../i18n/locales/device';
import { useDeviceStore } from '../../state/device-store';
import { useSettingsStore } from '../../state/settings-store';
import { formatBytes } from './format-bytes';
import './device.css';

// The panel's text ships with its lazy chunk, not in the first bundle.
registerNamespace('device', device);

type Shown = 'granted' | 'denied' | 'notAsked' | 'unsupported';

/**
 * Home-screen panel: whether the browser keeps our data persistently (`navigator.storage.persist()`,
 * requested after the first saved answer), how much space is used, and, when persistence was not
 * granted, what to do about it in plain words.
 */
export function StoragePanel() {
  const { t } = useTranslation('device');
  const lang = useSettingsStore((s) => s.lang);
  const { persistence, hasRequested, usage, isOfflineReady, refresh, requestPersistence } = useDeviceStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (persistence === 'unknown') return null;
  const shown: Shown = persistence === 'denied' && !hasRequested ? 'notAsked' : persistence;
  const locale = localeOf(lang);

  return (
    <section className="card storage-panel" aria-labelledby="storage-panel-title" data-testid="storage-panel">
      <h2 id="storage-panel-title">{t('storage.title')}</h2>
      <p className="muted">{t('storage.intro')}</p>
      <p className={`persistence persistence-${shown}`} data-persistence={shown}>
        {t(`storage.${shown}`)}
      </p>
      {(shown === 'denied' || shown === 'unsupported') && (
        <>
          <p>{t('storage.whatToDo')}</p>
          <ul className="storage-steps">
            {shown === 'denied' && <li>{t('storage.stepInstall')}</li>}
            <li>{t('storage.stepNoPrivate')}</li>
            <li>{t('storage.stepNoClear')}</li>
            <li>{t('storage.stepBackup')}</li>
          </ul>
        </>
      )}
      {(shown === 'denied' || shown === 'notAsked') && (
        <button type="button" className="btn" onClick={() => void requestPersistence()}>
          {t(shown === 'denied' ? 'storage.askAgain' : 'storage.askNow')}
        </button>
      )}
      <p data-testid="storage-usage">
        {usage
          ? t('storage.usage', { used: formatBytes(usage.usage, locale), quota: formatBytes(usage.quota, locale) })
          : t('storage.usageUnknown')}
      </p>
      {isOfflineReady && <p data-testid="offline-ready">✓ {t('storage.offlineReady')}</p>}
    </section>
  );
}
