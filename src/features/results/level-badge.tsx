import type { Instrument, Lang, Level } from '../../domain/instrument/types';
import { rubricLevel } from '../../domain/instrument/lookup';

/** "3 · Terdefinisi": the level number with its rubric name in `lang`, or "—" without a level. */
export function levelText(instrument: Instrument, level: Level | null, lang: Lang): string {
  if (level === null) return '—';
  const name = rubricLevel(instrument, level)?.name[lang];
  return name ? `${level} · ${name}` : String(level);
}

interface LevelBadgeProps {
  readonly instrument: Instrument;
  readonly level: Level | null;
  readonly lang: Lang;
}

/** Maturity level chip. The number is always printed, so the colour is never the only cue. */
export function LevelBadge({ instrument, level, lang }: LevelBadgeProps) {
  if (level === null) return <span className="sc-level sc-level--none">—</span>;
  return <span className={`sc-level sc-level--${level}`}>{levelText(instrument, level, lang)}</span>;
}
