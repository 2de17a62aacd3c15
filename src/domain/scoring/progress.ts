/**
 * Questionnaire progress for progress bars: derived from the answers, never stored.
 */
import type { AnswerMap } from '../assessment/types';
import type { DimensionDef, DimensionId, ElementDef, Instrument } from '../instrument/types';
import { readAnswer } from './aggregate';

export interface Progress {
  /** Indicators with a level 0–5 or a valid NA (allowed, with a reason). */
  readonly done: number;
  /** Indicators in scope. */
  readonly total: number;
}

export interface ProgressSummary {
  readonly overall: Progress;
  /** Every dimension id; a dimension missing from the instrument has `{ done: 0, total: 0 }`. */
  readonly byDimension: Readonly<Record<DimensionId, Progress>>;
  /** Keyed by element id (e.g. `GOV.1`). */
  readonly byElement: Readonly<Record<string, Progress>>;
}

const NONE: Progress = { done: 0, total: 0 };

function elementProgress(element: ElementDef, answers: AnswerMap): Progress {
  const done = element.indicators.filter((i) => readAnswer(i, answers).status !== 'unanswered').length;
  return { done, total: element.indicators.length };
}

function addUp(parts: readonly Progress[]): Progress {
  return parts.reduce((sum, p) => ({ done: sum.done + p.done, total: sum.total + p.total }), NONE);
}

function dimensionProgress(dimension: DimensionDef | undefined, answers: AnswerMap): Progress {
  return dimension === undefined ? NONE : addUp(dimension.elements.map((e) => elementProgress(e, answers)));
}

/**
 * Counts answered indicators overall, per dimension and per element. "Done" uses the same reading
 * as scoring: a level 0–5, or NA on a `naAllowed` indicator with a non-blank reason. An NA that is
 * not allowed or has no reason, a level outside 0–5, and answers for unknown ids are not done.
 */
export function progressOf(instrument: Instrument, answers: AnswerMap): ProgressSummary {
  const byElement: Record<string, Progress> = {};
  for (const element of instrument.dimensions.flatMap((d) => d.elements)) {
    byElement[element.id] = elementProgress(element, answers);
  }
  const of = (id: DimensionId): Progress =>
    dimensionProgress(
      instrument.dimensions.find((d) => d.id === id),
      answers,
    );
  const byDimension = { GOV: of('GOV'), BRD: of('BRD'), ECO: of('ECO'), LIV: of('LIV'), SOC: of('SOC'), ENV: of('ENV') };
  return { overall: addUp(instrument.dimensions.map((d) => dimensionProgress(d, answers))), byDimension, byElement };
}
