import { useId } from 'react';
import type { BaseTickContentProps } from 'recharts';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { wrapLabel } from './chart-data';
import type { BarCategory, BarRow, BarSeries, SeriesPaint } from './grouped-bar-data';
import { groupedBarRows, paintAt } from './grouped-bar-data';
import { RADAR_GRID_COLOUR, RADAR_TEXT_COLOUR } from './radar-style';
import { patternId, SeriesLegend, SeriesPatternDefs } from './series-swatch';
import './charts.css';

export interface GroupedBarChartProps {
  readonly categories: readonly BarCategory[];
  readonly series: readonly BarSeries[];
  /** Used as the figure caption and as the chart's accessible name. */
  readonly title: string;
  readonly note?: string;
  readonly width?: number;
  readonly height?: number;
  /** Value range of the y axis; defaults to the 0–5 score scale. */
  readonly max?: number;
}

const LINE_HEIGHT = 13;

function renderCategoryTick(labels: Readonly<Record<string, string>>) {
  return function categoryTick(props: BaseTickContentProps) {
    const key = String(props.payload.value);
    const lines = wrapLabel(labels[key] ?? key, 12);
    const x = Number(props.x);
    return (
      <text x={x} y={Number(props.y) + 12} textAnchor="middle" fill={RADAR_TEXT_COLOUR} fontSize={11}>
        {lines.map((line, i) => (
          <tspan key={`${i}-${line}`} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>{line}</tspan>
        ))}
      </text>
    );
  };
}

/**
 * Presentational grouped bar chart of 0–5 values: one group per category (dimension), one bar per
 * series (assessment). Fixed size and no animation, so print and tests draw the same picture;
 * series differ by fill pattern (greyscale-safe) and a text legend names them. Pair it with a
 * table: the SVG is one image to assistive technology.
 */
export function GroupedBarChart({ categories, series, title, note, width = 640, height = 300, max = 5 }: GroupedBarChartProps) {
  const prefix = useId();
  const data: BarRow[] = groupedBarRows(categories, series);
  const labels = Object.fromEntries(categories.map((c) => [c.key, c.label]));
  const paints: SeriesPaint[] = series.map((_s, i) => paintAt(i));
  return (
    <figure className="sc-chart sc-bars">
      <SeriesPatternDefs prefix={prefix} paints={paints} />
      <div className="sc-chart__canvas" role="img" aria-label={title} style={{ maxWidth: width }}>
        <BarChart width={width} height={height} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          barCategoryGap="16%" barGap={1} accessibilityLayer={false}>
          <CartesianGrid stroke={RADAR_GRID_COLOUR} vertical={false} />
          <XAxis dataKey="category" interval={0} height={44} tickLine={false} tick={renderCategoryTick(labels)} />
          <YAxis domain={[0, max]} ticks={Array.from({ length: max + 1 }, (_, i) => i)} allowDecimals={false}
            width={28} tick={{ fill: RADAR_TEXT_COLOUR, fontSize: 11 }} />
          {series.map((s, i) => (
            <Bar key={s.key} name={s.label} dataKey={(row: BarRow) => row.values[s.key] ?? null}
              fill={`url(#${patternId(prefix, i)})`} stroke="#1b1f24" strokeWidth={0.8} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <SeriesLegend kind="bar" prefix={prefix} items={series.map((s, i) => ({ key: s.key, label: s.label, paint: paints[i] ?? paintAt(i) }))} />
      <figcaption className="sc-chart__caption">
        {title}
        {note ? <span className="sc-chart__note"> {note}</span> : null}
      </figcaption>
    </figure>
  );
}
