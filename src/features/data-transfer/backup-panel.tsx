import { useTranslation } from 'react-i18next';
import { backupStatus } from '../../domain/exchange/backup-status';
import { localeOf, registerNamespace } from '../../i18n';
import { dataTransfer } from '../../i18n/locales/data-transfer';
import { formatDateTime } from '../../lib/format';
import { hrefs } from '../../lib/routes';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { useBackupStore } from '../../state/backup-store';
import { useSettingsStore } from '../../state/settings-store';
import './data-transfer.css';
import { useBackupNow } from './use-backup-now';

// The panel's text ships with its lazy chunk, not in the first bundle.
registerNamespace('dataTransfer', dataTransfer);

/**
 * Home panel: when the data was last backed up, a reminder when it changed since, and
 * "Cadangkan sekarang" (export everything as JSON). The list store is refreshed by the home page.
 */
export function BackupPanel() {
  const { t } = useTranslation('dataTransfer');
  const locale = localeOf(useSettingsStore((s) => s.lang));
  const items = useAssessmentListStore((s) => s.items);
  const lastBackupAt = useBackupStore((s) => s.lastBackupAt);
  const lastImportAt = useBackupStore((s) => s.lastImportAt);
  const { isWorking, outcome, backupNow } = useBackupNow();
  const status = backupStatus({ lastBackupAt, lastImportAt, updatedAt: items.map((s) => s.assessment.updatedAt) });
  const needsBackup = status.kind === 'never' || status.kind === 'changed';
  return (
    <section className="card backup-panel" aria-labelledby="backup-panel-title">
      <h2 id="backup-panel-title">{t('title')}</h2>
      {status.kind === 'empty' && <p className="muted">{t('empty')}</p>}
      {needsBackup && (
        <p className="notice notice-warn" data-testid="backup-reminder">
          {status.kind === 'never' ? t('never') : t('changed', { date: formatDateTime(status.lastBackupAt, locale) })}
        </p>
      )}
      {status.kind === 'current' && (
        <p className="notice notice-ok">{t('current', { date: formatDateTime(status.lastBackupAt, locale) })}</p>
      )}
      <p className="muted small">{t('why')}</p>
      <div className="row">
        <button
          type="button"
          className={needsBackup ? 'btn btn-primary' : 'btn'}
          disabled={isWorking || status.kind === 'empty'}
          onClick={() => void backupNow()}
        >
          {t('backupNow')}
        </button>
        <a href={hrefs.data()}>{t('dataLink')} →</a>
      </div>
      <p role="status" className={outcome?.ok === false ? 'error-text' : 'muted small'}>
        {isWorking ? t('working') : outcome ? (outcome.ok ? t('done', { count: outcome.count, file: outcome.file }) : t('failed')) : ''}
      </p>
    </section>
  );
}
