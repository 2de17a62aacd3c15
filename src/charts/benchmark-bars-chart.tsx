import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { BaseTickContentProps } from 'recharts';
import type { BenchmarkBarSeries, CategoryRow } from './benchmark-chart-data';
import { barRows, SCORE_DOMAIN } from './benchmark-chart-data';
import { BAR_STYLES, GRID_COLOUR, noGridLines, styleAt, TEXT_COLOUR } from './benchmark-style';
import { wrapLabel } from './chart-data';
import { HatchPattern } from './hatch-pattern';
import { plainTick } from './plain-tick';
import { SCORE_TICKS, useValueAccessors } from './stable-props';
import './charts.css';
import './benchmark-charts.css';

const AXIS_TICK = plainTick(TEXT_COLOUR, 12);
const MARGIN = { top: 12, right: 16, bottom: 24, left: 0 };

export interface BenchmarkBarsChartProps {
  /** Categories along the x axis, e.g. the index and the six dimensions. */
  readonly categories: readonly { readonly key: string; readonly label: string }[];
  /** Up to six series (regions); more are dropped. The focus should come first. */
  readonly series: readonly BenchmarkBarSeries[];
  readonly title: string;
  readonly badge?: string;
  readonly note?: string;
  readonly width?: number;
  readonly height?: number;
}

function renderCategoryTick(labels: Readonly<Record<string, string>>) {
  return function CategoryTick(props: BaseTickContentProps) {
    const key = String(props.payload.value);
    const x = Number(props.x);
    const y = Number(props.y);
    return (
      <text x={x} y={y + 12} textAnchor="middle" fill={TEXT_COLOUR} fontSize={12}>
        {wrapLabel(labels[key] ?? key, 12).map((line, i) => (
          <tspan key={`${i}-${line}`} x={x} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/**
 * Presentational grouped bars: per category one bar per region (0–5). Bars differ by fill
 * pattern (solid, hatched, dotted…) and outline as well as hue. Fixed size, no animation, legend
 * below; pair it with a table.
 */
export function BenchmarkBarsChart({ categories, series, title, badge, note, width = 760, height = 360 }: BenchmarkBarsChartProps) {
  const prefix = `bars${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const shown = series.slice(0, BAR_STYLES.length);
  const data = useMemo<CategoryRow[]>(() => barRows(categories, series, BAR_STYLES.length), [categories, series]);
  const categoryTick = useMemo(() => renderCategoryTick(Object.fromEntries(categories.map((c) => [c.key, c.label]))), [categories]);
  const accessorOf = useValueAccessors<CategoryRow>(shown.map((s) => s.key));
  return (
    <figure className="sc-chart sc-bars">
      <div className="sc-chart__canvas" role="img" aria-label={badge ? `${badge}: ${title}` : title} style={{ maxWidth: width }}>
        <BarChart width={width} height={height} data={data} margin={MARGIN} barCategoryGap="18%" accessibilityLayer={false}>
          <defs>
            {shown.map((s, i) => (
              <HatchPattern key={s.key} id={`${prefix}-${i}`} style={styleAt(BAR_STYLES, i)} />
            ))}
          </defs>
          <CartesianGrid stroke={GRID_COLOUR} vertical={false} verticalCoordinatesGenerator={noGridLines} />
          <XAxis dataKey="key" interval={0} tick={categoryTick} stroke={GRID_COLOUR} height={44} />
          <YAxis domain={SCORE_DOMAIN} ticks={SCORE_TICKS} interval={0} tick={AXIS_TICK} stroke={GRID_COLOUR} width={36} />
          {shown.map((s, i) => (
            <Bar key={s.key} name={s.label} dataKey={accessorOf(s.key)} isAnimationActive={false}
              fill={`url(#${prefix}-${i})`} stroke={styleAt(BAR_STYLES, i).colour} strokeWidth={1.2} />
          ))}
        </BarChart>
      </div>
      <ul className="sc-legend">
        {shown.map((s, i) => (
          <li key={s.key} className="sc-legend__item">
            <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="16" height="12" fill={`url(#${prefix}-${i})`} stroke={styleAt(BAR_STYLES, i).colour} />
            </svg>
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
