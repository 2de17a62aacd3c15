/** Public API of the report model (STYLE.md rule 9): what the printable reports draw, as data. */
export { buildReportModel, bandRanges } from './build-report-model';
export type { ReportInput } from './build-report-model';
export {
  MAX_COMPARED, MIN_COMPARED, buildComparisonModel, checkComparisonIds,
} from './build-comparison-model';
export type {
  ComparisonEntry, ComparisonIdsCheck, ComparisonInputEntry, ComparisonModel,
} from './build-comparison-model';
export { MIN_PEERS, buildBenchmark } from './benchmark';
export type { BenchmarkDimensionInput, BenchmarkInput } from './benchmark';
export {
  EVIDENCE_SUPPORT_LEVEL, evidenceCaps, evidenceSupportLevel, scoreEvidenceSupported, supportedLevel,
} from './evidence-support';
export type { EvidenceCap } from './evidence-support';
export { HIGHLIGHT_COUNT, nextLevelOf, selectStrengthsAndGaps } from './strengths-gaps';
export { buildPlanningSection } from './planning-section';
export type * from './types';
