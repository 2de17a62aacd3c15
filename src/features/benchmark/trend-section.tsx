import { memo, useMemo } from 'react';
import type { TrendPoint } from '../../charts/benchmark-chart-data';
import { TrendChart } from '../../charts/trend-chart';
import { METRIC_KEYS, metricValue } from '../../domain/benchmark/compute-benchmark';
import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { BenchmarkSection } from './benchmark-section';
import { DataTable } from './data-table';
import { EntryMarks } from './entry-marks';
import type { BenchmarkText } from './use-benchmark-text';

interface TrendSectionProps {
  /** The focus region, one entry per period, oldest first. */
  readonly history: readonly BenchmarkEntry[];
  readonly regionName: string;
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
}

/** Index and dimension scores of the focus region across periods: lines and a table. */
export const TrendSection = memo(function TrendSection({ history, regionName, text, badge }: TrendSectionProps) {
  const { t } = text;
  const points = useMemo<TrendPoint[]>(
    () => history.map((e) => ({ period: e.period, values: Object.fromEntries(METRIC_KEYS.map((m) => [m, metricValue(e.summary, m)])) })),
    [history],
  );
  const series = useMemo(() => METRIC_KEYS.map((m) => ({ key: m, label: text.metric(m) })), [text]);
  return (
    <BenchmarkSection title={t('trend.heading', { region: regionName })} badge={badge}>
      {history.length < 2 ? <p className="muted">{t('trend.single')}</p> : (
        <div className="bm-chart bm-chart--wide">
          <TrendChart points={points} width={940} series={series} title={t('trend.title')} {...(badge ? { badge } : {})} />
        </div>
      )}
      <DataTable caption={t('trend.caption')} badge={badge}>
        <thead>
          <tr>
            <th scope="col">{t('trend.period')}</th>
            {series.map((s) => <th key={s.key} scope="col" className="num">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {history.map((e, i) => (
            <tr key={e.id}>
              <th scope="row">
                {e.period}
                <EntryMarks entry={e} text={text} />
              </th>
              {series.map((s) => <td key={s.key} className="num">{text.score(points[i]?.values[s.key])}</td>)}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </BenchmarkSection>
  );
});
