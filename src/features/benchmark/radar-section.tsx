import { memo, useMemo } from 'react';
import { isProvisional } from '../../domain/benchmark/select-peers';
import type { BenchmarkEntry, MetricStats } from '../../domain/benchmark/types';
import { DIMENSION_IDS } from '../../domain/instrument/types';
import type { RadarSeries } from '../../charts/chart-data';
import { RadarChart } from '../../charts/radar-chart';
import { BenchmarkSection } from './benchmark-section';
import { SummaryTable } from './summary-table';
import type { BenchmarkText } from './use-benchmark-text';

interface RadarSectionProps {
  readonly focus: BenchmarkEntry;
  readonly stats: readonly MetricStats[];
  readonly previous: BenchmarkEntry | undefined;
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
  readonly isFocusRanked: boolean;
}

function radarSeries(focus: BenchmarkEntry, stats: readonly MetricStats[], previous: BenchmarkEntry | undefined, text: BenchmarkText): RadarSeries[] {
  const { t } = text;
  const medians = Object.fromEntries(stats.map((s) => [s.metric, s.median]));
  const series: RadarSeries[] = [
    { key: 'median', label: t('radar.median'), style: 'reference', values: medians },
  ];
  if (previous?.summary) {
    series.push({ key: 'previous', label: t('radar.previous', { period: previous.period }), style: 'dashed', values: previous.summary.dimensions });
  }
  series.push({ key: 'focus', label: t('radar.focus', { period: focus.period }), style: 'primary', values: focus.summary?.dimensions ?? {} });
  return series;
}

/** The focus polygon over the peer median (and the previous period), beside the summary table. */
export const RadarSection = memo(function RadarSection({ focus, stats, previous, text, badge, isFocusRanked }: RadarSectionProps) {
  const { t } = text;
  const axes = useMemo(() => DIMENSION_IDS.map((id) => ({ key: id, label: text.metric(id) })), [text]);
  const series = useMemo(() => radarSeries(focus, stats, previous, text), [focus, stats, previous, text]);
  const title = badge ? `${badge} — ${t('radar.title')}` : t('radar.title');
  return (
    <BenchmarkSection title={t('summary.heading')} badge={badge}>
      <SummaryTable stats={stats} previous={previous} text={text} badge={badge}
        isProvisional={isProvisional(focus)} isFocusRanked={isFocusRanked} />
      <div className="bm-grid">
        <div className="bm-chart">
          <RadarChart axes={axes} series={series} title={title} width={400} height={360} />
        </div>
        <div className="bm-grid__text">
          <p className="bm-small">{t('radar.explain')}</p>
          <p className="muted bm-small">{t('summary.method')}</p>
        </div>
      </div>
    </BenchmarkSection>
  );
});
