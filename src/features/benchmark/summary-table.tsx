import { memo } from 'react';
import type { BenchmarkEntry, MetricStats } from '../../domain/benchmark/types';
import { metricValue } from '../../domain/benchmark/compute-benchmark';
import { DataTable } from './data-table';
import type { BenchmarkText } from './use-benchmark-text';

interface SummaryTableProps {
  readonly stats: readonly MetricStats[];
  readonly previous: BenchmarkEntry | undefined;
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
  /** The focus index is provisional; `isFocusRanked` false: it was left out of the ranking. */
  readonly isProvisional: boolean;
  readonly isFocusRanked: boolean;
}

function RankCells({ s, text, isFocusRanked }: { s: MetricStats; text: BenchmarkText; isFocusRanked: boolean }) {
  const { t } = text;
  if (!isFocusRanked) {
    return (
      <>
        <td className="bm-hidden-cell">{t('summary.notRanked')}</td>
        <td className="bm-hidden-cell num">—</td>
      </>
    );
  }
  if (s.isSuppressed) {
    return (
      <>
        <td className="bm-hidden-cell">{t('summary.hidden')}</td>
        <td className="bm-hidden-cell num">{t('summary.hidden')}</td>
      </>
    );
  }
  return (
    <>
      <td className="bm-nowrap">{s.rank === null ? '—' : t('summary.rankValue', { rank: s.rank, n: s.n })}</td>
      <td className="num">{text.percentile(s.percentile)}</td>
    </>
  );
}

/**
 * Per metric: focus score, peer median, interquartile range, rank "peringkat k dari N" and
 * percentile (hidden below 5 peers, with the reason), and the previous period when there is one.
 * Also the table alternative of the radar.
 */
export const SummaryTable = memo(function SummaryTable({ stats, previous, text, badge, isProvisional, isFocusRanked }: SummaryTableProps) {
  const { t } = text;
  const suppressed = stats.find((s) => s.isSuppressed);
  return (
    <>
      {suppressed ? (
        <p className="bm-notice" role="note">{t('summary.suppressed', { n: suppressed.n })}</p>
      ) : null}
      <DataTable caption={t('summary.caption')} badge={badge}>
        <thead>
          <tr>
            <th scope="col">{t('summary.metric')}</th>
            <th scope="col" className="num">
              {t('summary.focus')}
              {isProvisional ? <span className="badge badge-draft bm-inline-badge">{t('common:provisional')}</span> : null}
            </th>
            <th scope="col" className="num">{t('summary.median')}</th>
            <th scope="col" className="num">{t('summary.iqr')}</th>
            <th scope="col">{t('summary.rank')}</th>
            <th scope="col" className="num">{t('summary.percentile')}</th>
            {previous ? <th scope="col" className="num">{t('summary.previous', { period: previous.period })}</th> : null}
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.metric} className={s.metric === 'index' ? 'bm-row--index' : undefined}>
              <th scope="row">{text.metric(s.metric)}</th>
              <td className="num">{text.score(s.focus)}</td>
              <td className="num">{text.score(s.median)}</td>
              <td className="num">{s.q1 === null ? '—' : `${text.score(s.q1)} – ${text.score(s.q3)}`}</td>
              <RankCells s={s} text={text} isFocusRanked={isFocusRanked} />
              {previous ? <td className="num">{text.score(metricValue(previous.summary, s.metric))}</td> : null}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
});
