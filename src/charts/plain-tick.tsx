import type { BaseTickContentProps } from 'recharts';

/** Baseline offset of Recharts' `<Text>` per vertical anchor (cap height 0.71em), single line. */
const ANCHOR_DY = { start: '0.71em', middle: '0.355em', end: undefined } as const;

interface PlainTickProps extends Pick<BaseTickContentProps, 'x' | 'y' | 'textAnchor' | 'index'> {
  readonly payload: { readonly value?: unknown };
  readonly verticalAnchor?: BaseTickContentProps['verticalAnchor'];
  readonly transform?: string;
}

/**
 * An axis tick label as one plain `<text>` at the tick position, placed as Recharts' default
 * would be. The default `<Text>` measures every label in the DOM when the axis has a width (a
 * forced layout per label while the chart mounts); these labels are short and never wrap.
 * `format` turns the tick value (and its index) into the label.
 */
export function plainTick(fill: string, fontSize: number, format: (value: unknown, index: number) => string = String) {
  return function PlainTick({ x, y, textAnchor, verticalAnchor = 'end', transform, payload, index }: PlainTickProps) {
    return (
      <text x={x} y={y} textAnchor={textAnchor} dy={ANCHOR_DY[verticalAnchor]} fill={fill} fontSize={fontSize}
        {...(transform ? { transform } : {})}>
        {format(payload.value, index)}
      </text>
    );
  };
}
