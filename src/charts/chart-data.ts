/**
 * Chart data shaping, kept apart from the Recharts components so it can be unit-tested: the
 * components in this folder only draw what these functions return.
 */
import type { Instrument, Lang } from '../domain/instrument/types';
import type { ScoreResult } from '../domain/scoring/types';

/** How a radar series is drawn; chosen so the three stay distinguishable in greyscale. */
export type RadarSeriesStyle = 'primary' | 'reference' | 'dashed';

export interface RadarAxis {
  /** Stable key, e.g. the dimension id `GOV`. */
  readonly key: string;
  readonly label: string;
}

export interface RadarSeries {
  readonly key: string;
  readonly label: string;
  /** Value per axis key on the 0–5 scale; null when there is no value (drawn at the centre). */
  readonly values: Readonly<Record<string, number | null>>;
  readonly style: RadarSeriesStyle;
}

/** One Recharts data point: an axis with every series' value. */
export interface RadarRow {
  readonly axis: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface RadarSeriesLabels {
  /** Legend label of the recorded score. */
  readonly score: string;
  /** Legend label of the conservative score (unanswered counted as 0). */
  readonly conservative: string;
}

/** Returns one radar axis per dimension, in instrument order, labelled in `lang`. */
export function radarAxesFromInstrument(instrument: Instrument, lang: Lang): RadarAxis[] {
  return instrument.dimensions.map((d) => ({ key: d.id, label: d.name[lang] }));
}

/**
 * Returns the radar series of a score: the recorded dimension scores (`primary`) and, when some
 * applicable indicator is still unanswered, the conservative dimension scores (`dashed`). Values
 * are 0–5 dimension scores keyed by dimension id; null for a dimension with no score.
 */
export function radarSeriesFromScore(score: ScoreResult, labels: RadarSeriesLabels): RadarSeries[] {
  const recorded: Record<string, number | null> = {};
  const conservative: Record<string, number | null> = {};
  for (const d of score.dimensions) {
    recorded[d.dimensionId] = d.score;
    conservative[d.dimensionId] = d.conservative;
  }
  const series: RadarSeries[] = [{ key: 'score', label: labels.score, values: recorded, style: 'primary' }];
  if (score.answered < score.applicable) {
    series.push({ key: 'conservative', label: labels.conservative, values: conservative, style: 'dashed' });
  }
  return series;
}

/** Returns one row per axis holding each series' value (missing → null), for Recharts `data`. */
export function radarRows(axes: readonly RadarAxis[], series: readonly RadarSeries[]): RadarRow[] {
  return axes.map((axis) => {
    const values: Record<string, number | null> = {};
    for (const s of series) values[s.key] = s.values[axis.key] ?? null;
    return { axis: axis.key, label: axis.label, values };
  });
}

/** True when any series has no value on some axis (the chart then notes that it is drawn at 0). */
export function hasMissingValues(axes: readonly RadarAxis[], series: readonly RadarSeries[]): boolean {
  return series.some((s) => axes.some((a) => s.values[a.key] === null || s.values[a.key] === undefined));
}

/**
 * Splits an axis label into lines of at most `maxChars` characters at spaces (a single longer
 * word keeps its own line), so long dimension names fit around the radar.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.trim().split(/\s+/)) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= maxChars) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
