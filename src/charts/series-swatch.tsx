import { Symbols } from 'recharts';
import './series-swatch.css';
import type { BarPattern, SeriesPaint } from './grouped-bar-data';

/** Id of the fill pattern of series `index` inside one chart (prefix from `useId`). */
export function patternId(prefix: string, index: number): string {
  return `${prefix.replace(/[^a-zA-Z0-9_-]/g, '')}-pattern-${index}`;
}

function PatternShape({ pattern, colour }: { pattern: BarPattern; colour: string }) {
  switch (pattern) {
    case 'solid':
      return <rect width="8" height="8" fill={colour} />;
    case 'light':
      return <rect width="8" height="8" fill={colour} fillOpacity={0.35} />;
    case 'hatch':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="1.6" />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" stroke={colour} strokeWidth="1.2" />;
    case 'lines':
      return <path d="M0,2 h8 M0,6 h8" stroke={colour} strokeWidth="1.4" />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.7" fill={colour} />;
  }
}

/**
 * Fill patterns of the series, in a zero-size SVG: bars and legend swatches reference them with
 * `url(#…)`, so each series keeps a distinct texture in greyscale print.
 */
export function SeriesPatternDefs({ prefix, paints }: { prefix: string; paints: readonly SeriesPaint[] }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="sc-chart__defs">
      <defs>
        {paints.map((p, i) => (
          <pattern key={patternId(prefix, i)} id={patternId(prefix, i)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#ffffff" />
            <PatternShape pattern={p.pattern} colour={p.colour} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly paint: SeriesPaint;
}

/**
 * Text legend for comparison charts: each item shows the series' swatch (bars: its pattern;
 * lines: its dash and marker) next to its label, so the legend is readable as plain text too.
 */
export function SeriesLegend({ items, kind, prefix }: { items: readonly LegendItem[]; kind: 'bar' | 'line'; prefix: string }) {
  return (
    <ul className="sc-legend">
      {items.map((item, i) => (
        <li key={item.key} className="sc-legend__item">
          <svg width="30" height="14" aria-hidden="true" focusable="false">
            {kind === 'bar' ? (
              <rect x="1" y="1" width="28" height="12" fill={`url(#${patternId(prefix, i)})`} stroke="#1b1f24" strokeWidth="1" />
            ) : (
              <>
                <line x1="1" y1="7" x2="29" y2="7" stroke={item.paint.colour} strokeWidth="2"
                  {...(item.paint.dash ? { strokeDasharray: item.paint.dash } : {})} />
                <Symbols cx={15} cy={7} type={item.paint.marker} size={40} fill={item.paint.colour} />
              </>
            )}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
