import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Symbols, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from './benchmark-chart-data';
import { SCORE_DOMAIN, trendPeriods } from './benchmark-chart-data';
import type { LineStyle } from './benchmark-style';
import { GRID_COLOUR, noGridLines, styleAt, TEXT_COLOUR, TREND_STYLES } from './benchmark-style';
import { plainTick } from './plain-tick';
import { SCORE_TICKS, useValueAccessors } from './stable-props';
import './charts.css';
import './benchmark-charts.css';

const AXIS_TICK = plainTick(TEXT_COLOUR, 12);
const MARGIN = { top: 12, right: 24, bottom: 8, left: 0 };
const X_PADDING = { left: 24, right: 24 };

export interface TrendSeries {
  readonly key: string;
  readonly label: string;
}

export interface TrendChartProps {
  readonly points: readonly TrendPoint[];
  /** Drawn in order with `TREND_STYLES` (the first emphasised, e.g. the index). */
  readonly series: readonly TrendSeries[];
  readonly title: string;
  readonly badge?: string;
  readonly note?: string;
  readonly width?: number;
  readonly height?: number;
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly index?: number;
  readonly value?: unknown;
}

function renderDot(style: LineStyle, seriesKey: string) {
  return function TrendDot({ cx, cy, index, value }: DotProps) {
    const key = `${seriesKey}-${index ?? 0}`;
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={key} />;
    return <Symbols key={key} cx={cx} cy={cy} type={style.symbol} size={style.strokeWidth > 3 ? 70 : 48} fill={style.stroke} stroke="#fff" strokeWidth={1} />;
  };
}

function LegendSwatch({ style }: { style: LineStyle }) {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      <line x1="1" x2="33" y1="7" y2="7" stroke={style.stroke} strokeWidth={style.strokeWidth}
        {...(style.strokeDasharray ? { strokeDasharray: style.strokeDasharray } : {})} />
      <Symbols cx={17} cy={7} type={style.symbol} size={44} fill={style.stroke} stroke="#fff" strokeWidth={1} />
    </svg>
  );
}

/**
 * Presentational line chart of 0–5 scores over periods (one line per series). Lines differ by
 * width, dash pattern and marker shape, so they read in greyscale. Fixed size, no animation, a
 * legend below; pair it with a table.
 */
export function TrendChart({ points, series, title, badge, note, width = 760, height = 340 }: TrendChartProps) {
  const periods = useMemo(() => trendPeriods(points), [points]);
  const data = useMemo(() => [...points], [points]);
  const accessorOf = useValueAccessors<TrendPoint>(series.map((s) => s.key));
  const dots = useMemo(() => series.map((s, i) => renderDot(styleAt(TREND_STYLES, i), s.key)), [series]);
  return (
    <figure className="sc-chart sc-trend">
      <div className="sc-chart__canvas" role="img" aria-label={badge ? `${badge}: ${title}` : title} style={{ maxWidth: width }}>
        <LineChart width={width} height={height} data={data} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOUR} vertical={false} verticalCoordinatesGenerator={noGridLines} />
          <XAxis dataKey="period" type="category" ticks={periods} interval={0} tick={AXIS_TICK} stroke={GRID_COLOUR} padding={X_PADDING} />
          <YAxis domain={SCORE_DOMAIN} ticks={SCORE_TICKS} interval={0} tick={AXIS_TICK} stroke={GRID_COLOUR} width={36} />
          {series.map((s, i) => {
            const style = styleAt(TREND_STYLES, i);
            return (
              <Line key={s.key} name={s.label} dataKey={accessorOf(s.key)} isAnimationActive={false}
                stroke={style.stroke} strokeWidth={style.strokeWidth} connectNulls
                {...(style.strokeDasharray ? { strokeDasharray: style.strokeDasharray } : {})}
                dot={dots[i] ?? false} activeDot={false} />
            );
          })}
        </LineChart>
      </div>
      <ul className="sc-legend">
        {series.map((s, i) => (
          <li key={s.key} className="sc-legend__item">
            <LegendSwatch style={styleAt(TREND_STYLES, i)} />
            {s.label}
          </li>
        ))}
      </ul>
      <figcaption className="sc-chart__caption">
        {badge ? <span className="sc-chart__badge">{badge}</span> : null}
        {title}
        {note ? <span className="sc-chart__note"> {note}</span> : null}
      </figcaption>
    </figure>
  );
}
