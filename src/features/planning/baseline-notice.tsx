import { useTranslation } from 'react-i18next';
import type { BaselineChange } from '../../domain/planning';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { Roadmap } from '../../domain/planning/types';
import { localeOf } from '../../i18n';
import { formatDateTime, formatScore5 } from '../../lib/format';
import { elementName } from './instrument-names';

interface BaselineNoticeProps {
  readonly roadmap: Roadmap;
  readonly changes: readonly BaselineChange[];
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly onRecompute: () => void;
  readonly onKeep: () => void;
}

/**
 * Says, element by element, which scores moved since the targets were made, and offers to
 * recompute the targets from today's scores or to keep them (both recorded). Without changes it
 * says which scores the targets were made from, and how.
 */
export function BaselineNotice({ roadmap, changes, instrument, lang, onRecompute, onKeep }: BaselineNoticeProps) {
  const { t } = useTranslation('planning');
  const locale = localeOf(lang);
  const baseline = roadmap.baseline;
  const score = (v: number | null | undefined) => (v === null || v === undefined ? t('baseline.noScore') : formatScore5(v, locale));
  if (changes.length === 0) {
    return baseline ? <p className="muted" data-baseline={baseline.decision}>{t(`baseline.decision_${baseline.decision}`, { date: formatDateTime(baseline.at, locale) })}</p> : null;
  }
  return (
    <section className="banner banner-warning" aria-labelledby="baseline-notice-title" data-testid="baseline-notice">
      <h3 id="baseline-notice-title">{t('baseline.heading')}</h3>
      {baseline ? (
        <>
          <p>{t('baseline.intro', { date: formatDateTime(baseline.at, locale) })}</p>
          <ul>
            {changes.map((c) => (
              <li key={c.elementId} data-element={c.elementId}>
                {t('baseline.change', { element: `${c.elementId} ${elementName(instrument, c.elementId, lang)}`, from: score(c.recorded), to: score(c.current) })}
              </li>
            ))}
          </ul>
        </>
      ) : <p>{t('baseline.unrecorded')}</p>}
      <p className="muted">{t('baseline.recomputeHint')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onRecompute}>{t('baseline.recompute')}</button>
        <button type="button" className="btn" onClick={onKeep}>{t('baseline.keep')}</button>
      </div>
    </section>
  );
}
