import type { BarStyle } from './benchmark-style';

/**
 * An SVG fill pattern for a bar style: a light ground with lines or dots in the style's colour
 * (or the plain colour for `solid`), so grouped bars differ by texture as well as hue.
 */
export function HatchPattern({ id, style }: { id: string; style: BarStyle }) {
  const { colour, hatch } = style;
  const line = { stroke: colour, strokeWidth: 2 };
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={hatch === 'solid' ? colour : '#fff'} />
      {hatch === 'diagonal' ? <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" {...line} /> : null}
      {hatch === 'dots' ? <circle cx="4" cy="4" r="2" fill={colour} /> : null}
      {hatch === 'cross' ? <path d="M0 0L8 8M8 0L0 8" {...line} strokeWidth={1.4} /> : null}
      {hatch === 'horizontal' ? <path d="M0 4H8" {...line} /> : null}
      {hatch === 'vertical' ? <path d="M4 0V8" {...line} /> : null}
    </pattern>
  );
}
