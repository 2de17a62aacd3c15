import { memo, useMemo } from 'react';
import type { DistributionRow } from '../../charts/benchmark-chart-data';
import { DistributionChart } from '../../charts/distribution-chart';
import { metricValues } from '../../domain/benchmark/compute-benchmark';
import type { PeerSelection } from '../../domain/benchmark/select-peers';
import type { MetricStats } from '../../domain/benchmark/types';
import { BenchmarkSection } from './benchmark-section';
import { DataTable } from './data-table';
import type { BenchmarkText } from './use-benchmark-text';

interface DistributionSectionProps {
  readonly selection: PeerSelection;
  readonly stats: readonly MetricStats[];
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
}

/** Chart rows: every peer's score per metric with the metric's quartiles and the focus. */
function distributionRows(selection: PeerSelection, stats: readonly MetricStats[], text: BenchmarkText): DistributionRow[] {
  const others = selection.peers.filter((p) => p.id !== selection.focus.id);
  return stats.map((s) => ({
    key: s.metric,
    label: text.metric(s.metric),
    values: metricValues(others, s.metric),
    focus: s.focus,
    min: s.min,
    q1: s.q1,
    median: s.median,
    q3: s.q3,
    max: s.max,
  }));
}

/** A strip/box plot per metric (every peer a dot, the focus a diamond) and its table. */
export const DistributionSection = memo(function DistributionSection({ selection, stats, text, badge }: DistributionSectionProps) {
  const { t } = text;
  const rows = useMemo(() => distributionRows(selection, stats, text), [selection, stats, text]);
  const legend = useMemo(
    () => ({
      peers: t('distribution.peers'), iqr: t('distribution.iqr'), median: t('distribution.median'),
      range: t('distribution.range'), focus: t('distribution.focus'),
    }),
    [t],
  );
  return (
    <BenchmarkSection title={t('distribution.heading')} badge={badge}>
      <div className="bm-chart bm-chart--wide">
        <DistributionChart rows={rows} width={940} title={t('distribution.title')} legend={legend} {...(badge ? { badge } : {})} />
      </div>
      <DataTable caption={t('distribution.caption')} badge={badge}>
        <thead>
          <tr>
            <th scope="col">{t('summary.metric')}</th>
            <th scope="col" className="num">{t('summary.n')}</th>
            <th scope="col" className="num">{t('distribution.min')}</th>
            <th scope="col" className="num">{t('distribution.q1')}</th>
            <th scope="col" className="num">{t('summary.median')}</th>
            <th scope="col" className="num">{t('distribution.q3')}</th>
            <th scope="col" className="num">{t('distribution.max')}</th>
            <th scope="col" className="num">{t('distribution.focus')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.metric}>
              <th scope="row">{text.metric(s.metric)}</th>
              <td className="num">{s.n}</td>
              {[s.min, s.q1, s.median, s.q3, s.max, s.focus].map((v, i) => (
                <td key={i} className="num">{text.score(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </BenchmarkSection>
  );
});
