/**
 * The comparison report as plain data: two to six assessments side by side (index, dimensions,
 * elements). Pure; the print time and region names are parameters.
 */
import type { AnswerMap, Assessment } from '../assessment/types';
import type { DimensionId, Instrument, Lang, WeightProfile } from '../instrument/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { bandRanges } from './build-report-model';
import { levelLabelOrNull } from './labels';
import type { BandRange, LevelLabel, ReportRegion } from './types';

/** A comparison shows at least this many assessments… */
export const MIN_COMPARED = 2;
/** …and at most this many (six series stay apart in greyscale). */
export const MAX_COMPARED = 6;

export type ComparisonIdsCheck =
  | { readonly ok: true; readonly ids: readonly string[] }
  | { readonly ok: false; readonly reason: 'too_few' | 'too_many'; readonly count: number };

/**
 * Checks the ids of a comparison: duplicates and blanks are dropped (first occurrence kept), then
 * fewer than {@link MIN_COMPARED} gives `too_few` and more than {@link MAX_COMPARED} `too_many`.
 */
export function checkComparisonIds(ids: readonly string[]): ComparisonIdsCheck {
  const unique = [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
  if (unique.length < MIN_COMPARED) return { ok: false, reason: 'too_few', count: unique.length };
  if (unique.length > MAX_COMPARED) return { ok: false, reason: 'too_many', count: unique.length };
  return { ok: true, ids: unique };
}

export interface ComparisonInputEntry {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
  readonly region: ReportRegion;
}

export interface ComparisonEntry {
  /** The assessment id: stable key of the series. */
  readonly key: string;
  /** "Kota Cirebon 2026" (the code when the region name is unknown). */
  readonly label: string;
  readonly region: ReportRegion;
  readonly period: number;
  readonly isDraft: boolean;
  readonly instrumentVersion: string;
  readonly index: number | null;
  /** All six dimensions valid and coverage ≥ 80 %; otherwise the index is provisional. */
  readonly isFinalEligible: boolean;
  readonly level: LevelLabel | null;
  readonly conservative: number | null;
  readonly coverage: number;
  /** D_d on 0–5 by dimension id (null when not valid). */
  readonly dimensions: Readonly<Record<string, number | null>>;
  /** E_e on 0–5 by element id (null when not valid). */
  readonly elements: Readonly<Record<string, number | null>>;
}

export interface ComparisonModel {
  readonly entries: readonly ComparisonEntry[];
  readonly dimensions: readonly { readonly id: DimensionId; readonly name: string }[];
  readonly elements: readonly { readonly id: string; readonly name: string; readonly dimensionId: DimensionId }[];
  /** All entries share one instrument version and weight profile (otherwise scores differ in basis). */
  readonly isSameBasis: boolean;
  /** Some compared assessment is still a draft: the report carries the draft watermark. */
  readonly hasDraft: boolean;
  readonly printedAt: string;
  readonly lang: Lang;
  readonly bands: readonly BandRange[];
}

function entryOf(input: ComparisonInputEntry, lang: Lang): ComparisonEntry {
  const { assessment: a, instrument } = input;
  const score = scoreAssessment(instrument, input.weights, input.answers);
  const dimensions: Record<string, number | null> = {};
  const elements: Record<string, number | null> = {};
  for (const d of score.dimensions) {
    dimensions[d.dimensionId] = d.score;
    for (const e of d.elements) elements[e.elementId] = e.isValid ? e.score : null;
  }
  return {
    key: a.id,
    label: `${input.region.name ?? input.region.code} ${a.period}`,
    region: input.region,
    period: a.period,
    isDraft: a.status !== 'final',
    instrumentVersion: a.instrumentVersion,
    index: score.index,
    isFinalEligible: score.isFinalEligible,
    level: levelLabelOrNull(instrument, score.band, lang),
    conservative: score.conservative,
    coverage: score.coverage,
    dimensions,
    elements,
  };
}

/**
 * Builds the comparison of the given assessments, in the given order. Dimension and element rows
 * follow the first entry's instrument; an entry answered under another instrument version or
 * weight profile still appears, and `isSameBasis` is false so the view can warn that its scores
 * are not directly comparable. Element scores of invalid elements are null, like invalid
 * dimensions, so only scores that count in the index are compared. Returns null for no entries.
 */
export function buildComparisonModel(
  inputs: readonly ComparisonInputEntry[],
  printedAt: string,
  lang: Lang,
): ComparisonModel | null {
  const first = inputs[0];
  if (!first) return null;
  const entries = inputs.map((i) => entryOf(i, lang));
  return {
    entries,
    dimensions: first.instrument.dimensions.map((d) => ({ id: d.id, name: d.name[lang] })),
    elements: first.instrument.dimensions.flatMap((d) =>
      d.elements.map((e) => ({ id: e.id, name: e.name[lang], dimensionId: d.id })),
    ),
    isSameBasis: inputs.every(
      (i) => i.assessment.instrumentVersion === first.assessment.instrumentVersion
        && i.assessment.weightProfileId === first.assessment.weightProfileId,
    ),
    hasDraft: entries.some((e) => e.isDraft),
    printedAt,
    lang,
    bands: bandRanges(first.instrument, lang),
  };
}
