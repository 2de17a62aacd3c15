import type { BaseTickContentProps } from 'recharts';
import { wrapLabel } from './chart-data';
import { RADAR_TEXT_COLOUR } from './radar-style';

const LINE_HEIGHT = 14;
// "Smart Economy" and the like go on two lines, so labels at the sides stay inside narrow charts.
const MAX_CHARS = 10;

/**
 * Angle-axis tick that wraps long labels onto several lines and centres the block vertically on
 * the tick position. `labels` maps the axis key (the tick value) to its display label.
 */
export function renderRadarTick(labels: Readonly<Record<string, string>>) {
  return function radarTick(props: BaseTickContentProps) {
    const key = String(props.payload.value);
    const lines = wrapLabel(labels[key] ?? key, MAX_CHARS);
    const x = Number(props.x);
    const y = Number(props.y);
    const firstDy = -((lines.length - 1) * LINE_HEIGHT) / 2 + 4;
    return (
      <text x={x} y={y} textAnchor={props.textAnchor} fill={RADAR_TEXT_COLOUR} fontSize={12}>
        {lines.map((line, i) => (
          <tspan key={`${i}-${line}`} x={x} dy={i === 0 ? firstDy : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/**
 * Radius-axis tick (the scores 0–5) as one plain `<text>`, where Recharts' default `<Text>` would
 * run its word-measuring pass; placed like the default (baseline on the tick, rotated with the axis).
 */
export function RadarRadiusTick({ x, y, textAnchor, transform, payload }: {
  x: number | string; y: number | string; textAnchor: BaseTickContentProps['textAnchor']; transform?: string; payload: { value?: unknown };
}) {
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={RADAR_TEXT_COLOUR} fontSize={10} {...(transform ? { transform } : {})}>
      {String(payload.value)}
    </text>
  );
}
