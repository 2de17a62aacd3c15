import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import { indicatorCountOf } from '../../domain/instrument/indicator-counts';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { hrefs } from '../../lib/routes';
import type { AssessmentSummary } from '../../state/assessment-list-store';
import { useSettingsStore } from '../../state/settings-store';
import { IndexCell } from './index-cell';
import type { HomeScores } from './use-home-scores';

/** One assessment; the first row of a region names it in full, its other periods follow muted. */
export function AssessmentRow(p: {
  summary: AssessmentSummary;
  regionName: string;
  isFirstOfRegion: boolean;
  /** Null while the scores load. */
  scores: HomeScores | null;
  onDelete: () => void;
}) {
  const { t } = useTranslation('home');
  const lang = useSettingsStore((s) => s.lang);
  const { assessment: a, answeredCount, naCount } = p.summary;
  const vars = { region: p.regionName, period: a.period };
  // Only the count, not the instrument itself: its text stays out of the first bundle.
  const total = indicatorCountOf(a.instrumentVersion) ?? answeredCount + naCount;
  return (
    <tr>
      <th scope="row">
        <span className={p.isFirstOfRegion ? undefined : 'muted'}>{p.regionName}</span> <span className="muted">({a.regionCode})</span>
      </th>
      <td>{a.period}</td>
      <td>
        <span className={`badge badge-${a.status}`}>{t(`common:status.${a.status}`)}</span>
      </td>
      <td>
        <ProgressBar done={answeredCount + naCount} total={total} label={t('progressLabel', vars)} />
      </td>
      <td>
        <IndexCell summary={p.scores ? (p.scores.get(a.id) ?? null) : undefined} locale={localeOf(lang)} />
      </td>
      <td>{formatDateTime(a.updatedAt, localeOf(lang))}</td>
      <td>
        <div className="row">
          <a className="btn btn-small btn-primary" href={hrefs.questionnaire(a.id)} aria-label={t('openLabel', vars)}>
            {t('open')}
          </a>
          <a className="btn btn-small" href={hrefs.results(a.id)} aria-label={t('resultsLabel', vars)}>
            {t('results')}
          </a>
          <a className="btn btn-small" href={hrefs.newAssessment(a.id)} aria-label={t('duplicateLabel', vars)}>
            {t('duplicate')}
          </a>
          <button type="button" className="btn btn-small btn-danger" onClick={p.onDelete} aria-label={t('removeLabel', vars)}>
            {t('remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}
