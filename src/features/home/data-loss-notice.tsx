import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { hrefs } from '../../lib/routes';
import { useAppStatusStore } from '../../state/app-status-store';
import { useBackupStore } from '../../state/backup-store';
import { useSettingsStore } from '../../state/settings-store';

/**
 * Shown on home instead of an empty list when the browser lost the database: what happened, that
 * the browser did it, and how to restore the latest backup (with its date when known).
 */
export function DataLossNotice() {
  const { t } = useTranslation('home');
  const dataLoss = useAppStatusStore((s) => s.dataLoss);
  const acknowledge = useAppStatusStore((s) => s.acknowledgeDataLoss);
  const lastBackupAt = useBackupStore((s) => s.lastBackupAt);
  const locale = localeOf(useSettingsStore((s) => s.lang));
  if (!dataLoss) return null;
  return (
    <div className="card notice-loss" role="alert" aria-labelledby="data-loss-title">
      <h2 id="data-loss-title">{t('dataLoss.title')}</h2>
      <p>
        {dataLoss.count !== null ? t('dataLoss.whatCount', { count: dataLoss.count }) : t('dataLoss.what')}{' '}
        {t('dataLoss.why')}
      </p>
      <p>{lastBackupAt ? t('dataLoss.restoreDated', { date: formatDateTime(lastBackupAt, locale) }) : t('dataLoss.restore')}</p>
      <div className="row">
        <a className="btn btn-primary" href={hrefs.data()}>{t('dataLoss.restoreLink')}</a>
        <button type="button" className="btn" onClick={acknowledge}>{t('dataLoss.acknowledge')}</button>
      </div>
    </div>
  );
}
