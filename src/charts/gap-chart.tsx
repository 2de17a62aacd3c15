/**
 * The gap map of a visit as diverging bars: one row per element, the other region's lead to the
 * right of the centre line (solid: "pelajari di sini" when ≥ 1 level), our lead to the left
 * (hatched: "bagikan"), a thin outline within one level. Excluded elements show "—". Plain SVG
 * at a fixed drawing size (it scales down in its figure), presentational: the caller prepares the
 * rows and labels and shows the same numbers in a table.
 */
import './charts.css';

export interface GapChartRow {
  readonly label: string;
  /** theirs − ours on 0–5; null when excluded. */
  readonly difference: number | null;
  readonly status: 'learn' | 'share' | 'equal' | 'excluded';
}

interface GapChartProps {
  readonly rows: readonly GapChartRow[];
  readonly caption: string;
  readonly legend: { readonly learn: string; readonly share: string; readonly equal: string };
  readonly format: (value: number) => string;
  readonly width?: number;
}

const ROW = 20;
const LABEL = 190;
const TOP = 8;

export function GapChart({ rows, caption, legend, format, width = 640 }: GapChartProps) {
  const half = (width - LABEL - 50) / 2;
  const centre = LABEL + half;
  const height = TOP * 2 + rows.length * ROW;
  const x = (d: number) => centre + (Math.max(-5, Math.min(5, d)) / 5) * half;
  return (
    <figure className="sc-chart gap-chart">
      <svg className="sc-chart__canvas" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={caption}>
        <defs>
          <pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#333" strokeWidth="3" />
          </pattern>
        </defs>
        <line x1={centre} x2={centre} y1={0} y2={height} stroke="#333" />
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const d = row.difference;
          const fill = row.status === 'learn' ? '#1f4e79' : row.status === 'share' ? 'url(#gap-hatch)' : '#fff';
          return (
            <g key={row.label}>
              <text x={LABEL - 6} y={y + ROW * 0.65} textAnchor="end" fontSize="11">{row.label}</text>
              {d === null ? (
                <text x={centre + 4} y={y + ROW * 0.65} fontSize="11">—</text>
              ) : (
                <>
                  <rect x={Math.min(centre, x(d))} y={y + 3} width={Math.max(1, Math.abs(x(d) - centre))} height={ROW - 6} fill={fill} stroke="#333" />
                  <text x={d >= 0 ? x(d) + 4 : x(d) - 4} y={y + ROW * 0.65} textAnchor={d >= 0 ? 'start' : 'end'} fontSize="10">{format(d)}</text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="gap-chart__key gap-chart__key--learn">{legend.learn}</span>{' '}
        <span className="gap-chart__key gap-chart__key--share">{legend.share}</span>{' '}
        <span className="gap-chart__key">{legend.equal}</span>
      </figcaption>
    </figure>
  );
}
