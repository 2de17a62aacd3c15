import { useMemo } from 'react';
import { ScatterChart, XAxis, YAxis } from 'recharts';
import type { DistributionRow } from './benchmark-chart-data';
import { GRID_COLOUR, STRIP_STYLE, TEXT_COLOUR } from './benchmark-style';
import { plainTick } from './plain-tick';
import { SCORE_TICKS } from './stable-props';
import { diamondPath, StripLayer } from './strip-layer';
import './charts.css';
import './benchmark-charts.css';

export interface DistributionLegendLabels {
  readonly peers: string;
  readonly iqr: string;
  readonly median: string;
  readonly range: string;
  readonly focus: string;
}

export interface DistributionChartProps {
  readonly rows: readonly DistributionRow[];
  /** Figure caption and the chart's accessible name. */
  readonly title: string;
  readonly legend: DistributionLegendLabels;
  /** Shown before the caption, e.g. "Data contoh" for the demo dataset. */
  readonly badge?: string;
  readonly note?: string;
  readonly width?: number;
  readonly rowHeight?: number;
}

const SCORE_TICK = plainTick(TEXT_COLOUR, 12);
const SCORE_DOMAIN: readonly [number, number] = [0, 5];
const MARGIN = { top: 8, right: 24, bottom: 8, left: 8 };

function LegendIcon({ kind }: { kind: keyof DistributionLegendLabels }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {kind === 'peers' ? <circle cx="11" cy="7" r="3" fill={STRIP_STYLE.dot} fillOpacity={0.7} /> : null}
      {kind === 'iqr' ? (
        <rect x="2" y="2" width="18" height="10" fill={STRIP_STYLE.box} fillOpacity={STRIP_STYLE.boxOpacity} stroke={STRIP_STYLE.box} />
      ) : null}
      {kind === 'median' ? <line x1="11" x2="11" y1="1" y2="13" stroke={STRIP_STYLE.median} strokeWidth={3} /> : null}
      {kind === 'range' ? <line x1="1" x2="21" y1="7" y2="7" stroke={STRIP_STYLE.whisker} /> : null}
      {kind === 'focus' ? <path d={diamondPath(11, 7, 6)} fill={STRIP_STYLE.focus} stroke="#fff" /> : null}
    </svg>
  );
}

/**
 * Presentational strip plot with box (one row per metric, scores 0–5): every peer as a dot, the
 * interquartile range as a box, the median as a bar and the focus as a diamond. Fixed size, no
 * animation. Pair it with a table: the SVG is one image to assistive technology.
 */
export function DistributionChart({ rows, title, legend, badge, note, width = 760, rowHeight = 52 }: DistributionChartProps) {
  const height = rows.length * rowHeight + 50;
  const labelKey = rows.map((r) => r.label).join('\u0000');
  const rowTick = useMemo(() => {
    const labels = labelKey.split('\u0000');
    return plainTick(TEXT_COLOUR, 12, (i) => labels[Number(i)] ?? '');
  }, [labelKey]);
  const count = rows.length;
  const rowAxis = useMemo(() => ({
    domain: [-0.5, count - 0.5] as const,
    ticks: Array.from({ length: count }, (_, i) => i),
  }), [count]);
  return (
    <figure className="sc-chart sc-distribution">
      <div className="sc-chart__canvas" role="img" aria-label={badge ? `${badge}: ${title}` : title} style={{ maxWidth: width }}>
        <ScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
          <XAxis type="number" dataKey="x" domain={SCORE_DOMAIN} ticks={SCORE_TICKS} interval={0} allowDataOverflow
            tick={SCORE_TICK} stroke={GRID_COLOUR} />
          <YAxis type="number" dataKey="y" domain={rowAxis.domain} reversed allowDataOverflow
            ticks={rowAxis.ticks} interval={0} width={150} stroke={GRID_COLOUR}
            tick={rowTick} />
          <StripLayer rows={rows} />
        </ScatterChart>
      </div>
      <ul className="sc-legend">
        {(['peers', 'iqr', 'median', 'range', 'focus'] as const).map((k) => (
          <li key={k} className="sc-legend__item">
            <LegendIcon kind={k} />
            {legend[k]}
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
