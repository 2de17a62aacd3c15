import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadarChart } from 'recharts';
import type { RadarAxis, RadarRow, RadarSeries } from './chart-data';
import { radarRows } from './chart-data';
import { RADAR_GRID_COLOUR, RADAR_STYLES, RADAR_TEXT_COLOUR } from './radar-style';
import { renderRadarTick } from './radar-tick';
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
}

/**
 * Presentational radar of 0–5 values (one axis per dimension). Fixed size, no animation, so it
 * renders the same in tests, print and screenshots. Pair it with a table: the SVG is one image
 * to assistive technology.
 */
export function RadarChart({ series, axes, width = 420, height = 360, title, note }: RadarChartProps) {
  const data = radarRows(axes, series);
  const labels = Object.fromEntries(axes.map((a) => [a.key, a.label]));
  return (
    <figure className="sc-chart sc-radar">
      <div className="sc-chart__canvas" role="img" aria-label={title} style={{ maxWidth: width }}>
        <RechartsRadarChart
          width={width}
          height={height}
          data={data}
          outerRadius="74%"
          margin={{ top: 12, right: 24, bottom: 12, left: 24 }}
          accessibilityLayer={false}
        >
          <PolarGrid stroke={RADAR_GRID_COLOUR} />
          <PolarAngleAxis dataKey="axis" tick={renderRadarTick(labels)} />
          <PolarRadiusAxis
            domain={[0, 5]}
            tickCount={6}
            angle={60}
            axisLine={false}
            tick={{ fill: RADAR_TEXT_COLOUR, fontSize: 10 }}
          />
          {series.map((s) => (
            <Radar
              key={s.key}
              name={s.label}
              dataKey={(row: RadarRow) => row.values[s.key] ?? null}
              legendType="plainline"
              isAnimationActive={false}
              {...RADAR_STYLES[s.style]}
            />
          ))}
          <Legend verticalAlign="bottom" iconSize={22} wrapperStyle={{ fontSize: 13, color: RADAR_TEXT_COLOUR }} />
        </RechartsRadarChart>
      </div>
      <figcaption className="sc-chart__caption">
        {title}
        {note ? <span className="sc-chart__note"> {note}</span> : null}
      </figcaption>
    </figure>
  );
}
