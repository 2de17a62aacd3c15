import { useEffect, useState } from 'react';
import { FilePicker } from '../../components/ui/file-picker';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../domain/exchange/format';
import { nowIso } from '../../lib/clock';
import { formatDateTime, formatMebibytes } from '../../lib/format';
import { newId } from '../../lib/ids';
import { hrefs } from '../../lib/routes';
import { useExchangeStore } from '../../state/exchange-store';
import { importErrorText } from './import-error-text';
import { ImportPreview } from './import-preview';
import { ImportProgress } from './import-progress';

interface Props {
  readonly locale: string;
  readonly regionName: (code: string) => string;
}

function ImportErrors({ locale, regionName }: Props) {
  const { t } = useTranslation('dataPage');
  const { errors, omitted, fileName } = useExchangeStore();
  return (
    <div role="alert" className="import-errors">
      <p>
        <strong>{t('import.refused', { file: fileName ?? '' })}</strong>
      </p>
      <ul>
        {errors.map((e, i) => <li key={i}>{importErrorText(e, t, locale, regionName)}</li>)}
      </ul>
      {omitted > 0 && <p>{t('import.more', { count: omitted })}</p>}
    </div>
  );
}

/** Import and restore: pick a file, see what is wrong or what would change, choose, import. */
export function ImportSection(p: Props) {
  const { t } = useTranslation('dataPage');
  const { phase, summary, progress, readFile, cancelRead, applyImport, resetImport } = useExchangeStore();
  // A new key empties the picker (its file name) when the import is reset or cancelled.
  const [pick, setPick] = useState(0);
  const reset = () => {
    resetImport();
    setPick((n) => n + 1);
  };
  const isBusy = phase === 'reading' || phase === 'applying';
  // The preview's first date makes the browser load its date-format data, a long task of its own:
  // done here while the worker reads, so the preview arrives without it (formatters are cached).
  useEffect(() => {
    if (phase === 'reading') formatDateTime(new Date(0).toISOString(), p.locale);
  }, [phase, p.locale]);
  return (
    <section className="card data-section" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <FilePicker key={pick} id="import-file" label={t('import.fileLabel')} hint={t('import.fileHint', { limit: formatMebibytes(MAX_IMPORT_BYTES, p.locale) })}
        disabled={isBusy} onFile={(file) => void readFile(file)} />
      <p role="status" className="status-text">{phase === 'reading' ? t('import.reading') : ''}</p>
      {phase === 'reading' && (
        <ImportProgress key={progress?.step ?? 'reading'} step={progress?.step ?? 'reading'} done={progress?.done} total={progress?.total} locale={p.locale}
          onCancel={() => {
            cancelRead();
            setPick((n) => n + 1);
          }} />
      )}
      {phase === 'applying' && <ImportProgress step="saving" done={progress?.done} total={progress?.total} locale={p.locale} />}
      {phase === 'error' && <ImportErrors {...p} />}
      {(phase === 'preview' || phase === 'applying') && (
        <>
          <ImportPreview {...p} />
          <div className="row import-actions">
            <button type="button" className="btn btn-primary" disabled={phase === 'applying'} onClick={() => void applyImport({ newId, now: nowIso() })}>
              {t('import.apply')}
            </button>
            <button type="button" className="btn" disabled={phase === 'applying'} onClick={reset}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {phase === 'done' && summary && (
        <div className="notice notice-ok" role="status">
          <p>{t('import.done', { ...summary })}</p>
          <div className="row">
            <a className="btn btn-small btn-primary" href={hrefs.home()}>{t('import.home')}</a>
            <button type="button" className="btn btn-small" onClick={reset}>{t('import.another')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
