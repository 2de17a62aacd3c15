import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ScaleFunction } from 'recharts';
import type { DistributionRow } from './benchmark-chart-data';
import { stripPoints } from './benchmark-chart-data';
import { GRID_COLOUR, STRIP_STYLE } from './benchmark-style';

const BOX_HALF = 0.3;
/** The scores with a vertical grid line (the x axis ticks). */
const GRID_SCORES = [0, 1, 2, 3, 4, 5];
const FOCUS_SIZE = 7;

/** Few peers get bigger, darker dots; hundreds get small translucent ones that still show density. */
export function dotStyle(count: number): { readonly radius: number; readonly opacity: number } {
  return count > 60 ? { radius: STRIP_STYLE.dotRadius, opacity: STRIP_STYLE.dotOpacity } : { radius: 4, opacity: 0.75 };
}

/** All dots of a strip as ONE path of circles: a single DOM node however many peers there are. */
function dotsPath(values: readonly number[], rowIndex: number, x: ScaleFunction, y: ScaleFunction): string {
  const r = dotStyle(values.length).radius;
  let d = '';
  for (const p of stripPoints(values, rowIndex)) {
    const cx = x(p.x);
    const cy = y(p.y);
    if (cx === undefined || cy === undefined) continue;
    d += `M${(cx - r).toFixed(1)} ${cy.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return d;
}

/** A diamond centred on (cx, cy). */
export function diamondPath(cx: number, cy: number, size: number): string {
  return `M${cx} ${cy - size}L${cx + size} ${cy}L${cx} ${cy + size}L${cx - size} ${cy}Z`;
}

function Row({ row, index, x, y }: { row: DistributionRow; index: number; x: ScaleFunction; y: ScaleFunction }) {
  const cy = y(index) ?? 0;
  const top = y(index - BOX_HALF) ?? cy;
  const bottom = y(index + BOX_HALF) ?? cy;
  const px = (v: number | null) => (v === null ? undefined : x(v));
  const [min, q1, median, q3, max, focus] = [row.min, row.q1, row.median, row.q3, row.max, row.focus].map(px);
  return (
    <g data-row={row.key}>
      {min !== undefined && max !== undefined ? (
        <line x1={min} x2={max} y1={cy} y2={cy} stroke={STRIP_STYLE.whisker} strokeWidth={1} />
      ) : null}
      {q1 !== undefined && q3 !== undefined ? (
        <rect x={q1} y={Math.min(top, bottom)} width={Math.max(q3 - q1, 1)} height={Math.abs(bottom - top)}
          fill={STRIP_STYLE.box} fillOpacity={STRIP_STYLE.boxOpacity} stroke={STRIP_STYLE.box} strokeWidth={1} />
      ) : null}
      <path d={dotsPath(row.values, index, x, y)} fill={STRIP_STYLE.dot} fillOpacity={dotStyle(row.values.length).opacity} />
      {median !== undefined ? (
        <line x1={median} x2={median} y1={top} y2={bottom} stroke={STRIP_STYLE.median} strokeWidth={3} />
      ) : null}
      {focus !== undefined ? (
        <path d={diamondPath(focus, cy, FOCUS_SIZE)} fill={STRIP_STYLE.focus} stroke="#fff" strokeWidth={1.5} data-focus="true" />
      ) : null}
    </g>
  );
}

/**
 * Vertical grid lines at the whole scores. Drawn here rather than by Recharts' `CartesianGrid`,
 * which measures the axis tick labels in the DOM (a forced layout per label) to place its lines.
 */
function ScoreGrid({ x, top, bottom }: { x: ScaleFunction; top: number; bottom: number }) {
  return (
    <g className="sc-grid" aria-hidden="true">
      {GRID_SCORES.map((score) => {
        const at = x(score);
        return at === undefined ? null : <line key={score} x1={at} x2={at} y1={top} y2={bottom} stroke={GRID_COLOUR} />;
      })}
    </g>
  );
}

/**
 * Draws, inside a Recharts cartesian chart, the score grid and one strip per row: peer dots (tied
 * scores stacked), the interquartile box, the median bar, the min–max line and the focus diamond.
 * Uses the chart's own axis scales (x: score 0–5, y: row index).
 */
export const StripLayer = memo(function StripLayer({ rows }: { rows: readonly DistributionRow[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="sc-strips">
      <ScoreGrid x={x} top={y(-0.5) ?? 0} bottom={y(rows.length - 0.5) ?? 0} />
      {rows.map((row, i) => (
        <Row key={row.key} row={row} index={i} x={x} y={y} />
      ))}
    </g>
  );
});
