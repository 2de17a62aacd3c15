import { useId, useMemo } from 'react';
import {
  PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadarChart, Symbols,
} from 'recharts';
import type { DotItemDotProps } from 'recharts';
import type { RadarAxis, RadarRow, RadarSeries } from './chart-data';
import { radarRows } from './chart-data';
import { paintAt } from './grouped-bar-data';
import type { SeriesPaint } from './grouped-bar-data';
import { RADAR_GRID_COLOUR, RADAR_STYLES } from './radar-style';
import type { RadarStrokeStyle } from './radar-style';
import { RadarLegend } from './radar-legend';
import { RadarRadiusTick, renderRadarTick } from './radar-tick';
import { SeriesLegend } from './series-swatch';
import { useValueAccessors } from './stable-props';
import './charts.css';

export interface RadarChartProps {
  readonly series: readonly RadarSeries[];
  readonly axes: readonly RadarAxis[];
  readonly width?: number;
  readonly height?: number;
  /** Used as the figure caption and as the chart's accessible name. */
  readonly title: string;
  /** Optional extra caption text (e.g. how missing values are drawn). */
  readonly note?: string;
  /**
   * Comparison mode: series i is drawn with `paints[i]` (colour, dash pattern and marker shape,
   * distinct in greyscale) instead of its `style`, and a text legend shows each swatch. Only the
   * first series is filled, so up to six outlines stay readable.
   */
  readonly paints?: readonly SeriesPaint[];
  /** Radius of the outer ring (Recharts: number or percentage); default "74%". Smaller leaves room for labels. */
  readonly outerRadius?: number | string;
}

const MARGIN = { top: 12, right: 24, bottom: 12, left: 24 };
const RADIUS_DOMAIN: readonly [number, number] = [0, 5];

function paintStyle(paint: SeriesPaint, index: number): RadarStrokeStyle {
  return {
    stroke: paint.colour,
    strokeWidth: 2,
    ...(paint.dash ? { strokeDasharray: paint.dash } : {}),
    fill: index === 0 ? paint.colour : 'none',
    fillOpacity: index === 0 ? 0.12 : 0,
  };
}

function markerDot(paint: SeriesPaint) {
  return function dot(props: DotItemDotProps) {
    if (props.cx === undefined || props.cy === undefined) return null;
    return <Symbols key={`dot-${props.index}`} cx={Number(props.cx)} cy={Number(props.cy)} type={paint.marker} size={42} fill={paint.colour} />;
  };
}

/**
 * Presentational radar of 0–5 values (one axis per dimension). Fixed size, no animation, so it
 * renders the same in tests, print and screenshots. Pair it with a table: the SVG is one image
 * to assistive technology.
 */
export function RadarChart({ series, axes, width = 420, height = 360, title, note, paints, outerRadius = '74%' }: RadarChartProps) {
  const prefix = useId();
  const data = useMemo(() => radarRows(axes, series), [axes, series]);
  const angleTick = useMemo(() => renderRadarTick(Object.fromEntries(axes.map((a) => [a.key, a.label]))), [axes]);
  const accessorOf = useValueAccessors<RadarRow>(series.map((s) => s.key));
  const seriesPaints = paints && paints.length > 0 ? series.map((_s, i) => paints[i % paints.length] ?? paintAt(i)) : null;
  return (
    <figure className="sc-chart sc-radar">
      <div className="sc-chart__canvas" role="img" aria-label={title} style={{ maxWidth: width }}>
        <RechartsRadarChart
          width={width}
          height={height}
          data={data}
          outerRadius={outerRadius}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <PolarGrid stroke={RADAR_GRID_COLOUR} />
          <PolarAngleAxis dataKey="axis" tick={angleTick} />
          <PolarRadiusAxis
            domain={RADIUS_DOMAIN}
            tickCount={6}
            angle={60}
            axisLine={false}
            tick={RadarRadiusTick}
          />
          {series.map((s, i) => {
            const paint = seriesPaints?.[i];
            return (
              <Radar
                key={s.key}
                name={s.label}
                dataKey={accessorOf(s.key)}
                legendType="plainline"
                isAnimationActive={false}
                {...(paint ? { ...paintStyle(paint, i), dot: markerDot(paint) } : RADAR_STYLES[s.style])}
              />
            );
          })}
        </RechartsRadarChart>
      </div>
      {seriesPaints ? (
        <SeriesLegend kind="line" prefix={prefix}
          items={series.map((s, i) => ({ key: s.key, label: s.label, paint: seriesPaints[i] ?? paintAt(i) }))} />
      ) : <RadarLegend series={series} />}
      <figcaption className="sc-chart__caption">
        {title}
        {note ? <span className="sc-chart__note"> {note}</span> : null}
      </figcaption>
    </figure>
  );
}
