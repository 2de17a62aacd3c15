import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMebibytes } from '../../lib/format';

/** Work shorter than this shows no bar (a flash of progress is noise). */
const SHOW_AFTER_MS = 500;

interface Props {
  readonly step: 'reading' | 'checking' | 'saving';
  /** Bytes read so far, of `total` (while reading). */
  readonly done?: number | undefined;
  readonly total?: number | undefined;
  readonly locale: string;
  /** Absent once writing has begun: from then on the import runs to its end or fails whole. */
  readonly onCancel?: () => void;
}

/** A labelled native progress bar for reading, checking and storing a file, after half a second. */
export function ImportProgress({ step, done, total, locale, onCancel }: Props) {
  const { t } = useTranslation('dataPage');
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  const measured = step === 'reading' && total !== undefined && total > 0 && done !== undefined;
  const label = t(`progress.${step}`);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">{label}</label>
      <progress id="import-progress-bar" max={measured ? total : undefined} value={measured ? done : undefined}>
        {label}
      </progress>
      {measured && <span className="hint">{t('progress.bytes', { done: formatMebibytes(done, locale), total: formatMebibytes(total, locale) })}</span>}
      {onCancel && (
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      )}
    </div>
  );
}
