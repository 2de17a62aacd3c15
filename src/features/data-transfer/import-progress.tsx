import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMebibytes, formatNumber } from '../../lib/format';

/** Work shorter than this shows no bar (a flash of progress is noise). */
const SHOW_AFTER_MS = 500;

interface Props {
  readonly step: 'reading' | 'checking' | 'saving';
  /** Bytes read so far of `total` (while reading), assessments written so far (while saving). */
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
  const measured = step !== 'checking' && total !== undefined && total > 0 && done !== undefined;
  const label = t(`progress.${step}`);
  const amount = (n: number) => (step === 'saving' ? formatNumber(n, locale, 0) : formatMebibytes(n, locale));
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">{label}</label>
      <progress id="import-progress-bar" max={measured ? total : undefined} value={measured ? done : undefined}>
        {label}
      </progress>
      {measured && <span className="hint">{t(step === 'saving' ? 'progress.assessments' : 'progress.bytes', { done: amount(done), total: amount(total) })}</span>}
      {onCancel && (
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      )}
    </div>
  );
}
