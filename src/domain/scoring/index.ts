/** Public API of scoring (assessment-model.md §6.5–6.7). */
export { scoreAssessment } from './score-assessment';
export { progressOf } from './progress';
export type { Progress, ProgressSummary } from './progress';
export { BAND_EDGES, EDGE_TOLERANCE, PREDICATE_EDGES, bandOf, predicateOf } from './bands';
export { readAnswer } from './aggregate';
export type { AnswerReading } from './aggregate';
export type {
  Band,
  DimensionResult,
  ElementResult,
  IndicatorResult,
  IndicatorStatus,
  LayerResult,
  Predicate,
  ScoreResult,
} from './types';
