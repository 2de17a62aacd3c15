import { TrendChart } from '../../charts/trend-chart';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { RoadmapView } from '../../domain/planning';
import { dimensionName } from './instrument-names';

interface RoadmapChartProps {
  readonly view: RoadmapView;
  readonly period: number;
  readonly instrument: Instrument;
  readonly lang: Lang;
  readonly title: string;
  readonly currentLabel: string;
}

/**
 * The dimension roadmap as lines over the years: the baseline period carries today's scores,
 * later years the targets. Its table alternative is the dimension target table beside it.
 */
export function RoadmapChart({ view, period, instrument, lang, title, currentLabel }: RoadmapChartProps) {
  const series = view.dimensions.map((d) => ({ key: d.dimensionId, label: dimensionName(instrument, d.dimensionId, lang) }));
  const points = [
    { period, values: Object.fromEntries(view.dimensions.map((d) => [d.dimensionId, d.current])) },
    ...view.years.map((year, i) => ({ period: year, values: Object.fromEntries(view.dimensions.map((d) => [d.dimensionId, d.targets[i] ?? null])) })),
  ];
  return <TrendChart points={points} series={series} title={title} note={`${period}: ${currentLabel}`} />;
}
