/** Rubric labels for the report: a level with its name and descriptor in one language. */
import type { Instrument, Lang, Level } from '../instrument/types';
import { rubricLevel } from '../instrument/lookup';
import type { LevelLabel } from './types';

/**
 * Returns level `level` with its rubric name and descriptor in `lang`. A rubric without that
 * level (never in shipped instruments) gives the bare number as name and an empty descriptor.
 */
export function levelLabel(instrument: Instrument, level: Level, lang: Lang): LevelLabel {
  const entry = rubricLevel(instrument, level);
  return { level, name: entry?.name[lang] ?? String(level), descriptor: entry?.descriptor[lang] ?? '' };
}

/** Like {@link levelLabel}, but null for a missing level (no score, no band). */
export function levelLabelOrNull(instrument: Instrument, level: Level | null, lang: Lang): LevelLabel | null {
  return level === null ? null : levelLabel(instrument, level, lang);
}
