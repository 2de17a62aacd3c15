/**
 * Test builders for scoring: a synthetic instrument shaped like the real one (6 dimensions × 3
 * elements × 4 indicators, ids GOV.1.1 … ENV.3.4), weight profiles and answer maps. Independent
 * of the real instrument data so scoring tests pin the formulas, not the questions.
 */
import type { Answer, AnswerMap, AnswerValue } from '../domain/assessment/types';
import type { DimensionDef, IndicatorDef, Instrument, Layer, LocalizedText, WeightProfile } from '../domain/instrument/types';
import { DIMENSION_IDS, LEVELS } from '../domain/instrument/types';

export const FIXTURE_VERSION = 'fixture-1';
export const FIXTURE_WEIGHT_PROFILE_ID = 'fixture-weights';
export const ELEMENTS_PER_DIMENSION = 3;
export const INDICATORS_PER_ELEMENT = 4;

/** Default layer by indicator position in its element: .1 SUP, .2 STR, .3 INF, .4 LAY. */
const DEFAULT_LAYERS: readonly Layer[] = ['SUP', 'STR', 'INF', 'LAY'];

export interface InstrumentFixtureOptions {
  /** Indicator ids on which NA is allowed. */
  readonly naAllowed?: readonly string[];
  /** Layer overrides by indicator id. */
  readonly layers?: Readonly<Record<string, Layer>>;
}

function text(id: string): LocalizedText {
  return { id, en: id };
}

function buildIndicator(elementId: string, dimension: DimensionDef['id'], n: number, options: InstrumentFixtureOptions): IndicatorDef {
  const id = `${elementId}.${n}`;
  return {
    id,
    elementId,
    dimensionId: dimension,
    question: text(`Pertanyaan ${id}`),
    evidenceHint: text(`Bukti ${id}`),
    layer: options.layers?.[id] ?? DEFAULT_LAYERS[n - 1] ?? 'SUP',
    naAllowed: options.naAllowed?.includes(id) ?? false,
  };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** Builds the synthetic 72-indicator instrument. */
export function buildInstrument(options: InstrumentFixtureOptions = {}): Instrument {
  const dimensions = DIMENSION_IDS.map((dimensionId) => ({
    id: dimensionId,
    name: text(`Dimensi ${dimensionId}`),
    goal: text(`Tujuan ${dimensionId}`),
    elements: range(ELEMENTS_PER_DIMENSION).map((e) => {
      const elementId = `${dimensionId}.${e}`;
      return {
        id: elementId,
        dimensionId,
        name: text(`Elemen ${elementId}`),
        indicators: range(INDICATORS_PER_ELEMENT).map((n) => buildIndicator(elementId, dimensionId, n, options)),
      };
    }),
  }));
  return {
    version: FIXTURE_VERSION,
    title: text('Instrumen uji'),
    dimensions,
    rubric: LEVELS.map((level) => ({ level, name: text(`Level ${level}`), descriptor: text(`Deskripsi ${level}`) })),
  };
}

/** Builds a weight profile; missing entries weigh 1. */
export function buildWeightProfile(
  weights: Partial<Pick<WeightProfile, 'indicator' | 'element' | 'dimension'>> = {},
): WeightProfile {
  return {
    id: FIXTURE_WEIGHT_PROFILE_ID,
    instrumentVersion: FIXTURE_VERSION,
    name: text('Bobot uji'),
    indicator: weights.indicator ?? {},
    element: weights.element ?? {},
    dimension: weights.dimension ?? {},
  };
}

/** All indicator ids of an instrument in questionnaire order. */
export function indicatorIds(instrument: Instrument): string[] {
  return instrument.dimensions.flatMap((d) => d.elements.flatMap((e) => e.indicators.map((i) => i.id)));
}

/** The reason given to every NA built by these helpers. */
export const NA_REASON = 'alasan uji';

/** One answer; NA gets {@link NA_REASON} unless `extra` says otherwise. */
export function answerOf(indicatorId: string, level: AnswerValue, extra: Partial<Answer> = {}): Answer {
  const base: Answer = { indicatorId, level, evidence: [] };
  return { ...base, ...(level === 'NA' ? { naReason: NA_REASON } : {}), ...extra };
}

/** Builds an answer map from `{ 'GOV.1.1': 3, 'BRD.1.3': 'NA', … }`. */
export function answersFrom(values: Readonly<Record<string, AnswerValue>>): AnswerMap {
  return Object.fromEntries(Object.entries(values).map(([id, level]) => [id, answerOf(id, level)]));
}

/** Builds an answer map over the given ids with `levelAt(id, position)`; `undefined` skips an id. */
export function answersFor(
  ids: readonly string[],
  levelAt: (id: string, position: number) => AnswerValue | undefined,
): AnswerMap {
  const values: Record<string, AnswerValue> = {};
  ids.forEach((id, position) => {
    const level = levelAt(id, position);
    if (level !== undefined) values[id] = level;
  });
  return answersFrom(values);
}
