import type { RadarSeries } from './chart-data';
import { RADAR_STYLES } from './radar-style';
import './series-swatch.css';

/**
 * Fixed-layout text legend of the radar's series (line swatch with the series' width, dash and
 * colour, then the label), in series order. Plain HTML: unlike Recharts' `<Legend>` it never
 * measures itself in the DOM (a forced layout of the whole page while the chart mounts).
 */
export function RadarLegend({ series }: { series: readonly RadarSeries[] }) {
  return (
    <ul className="sc-legend">
      {series.map((s) => {
        const style = RADAR_STYLES[s.style];
        return (
          <li key={s.key} className="sc-legend__item">
            <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
              <line x1="1" y1="7" x2="21" y2="7" stroke={style.stroke} strokeWidth={style.strokeWidth}
                {...(style.strokeDasharray ? { strokeDasharray: style.strokeDasharray } : {})} />
            </svg>
            <span>{s.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
