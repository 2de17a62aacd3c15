/** Public API of the exchange format (docs/exchange-format.md). */
export { FORMAT_NAME, FORMAT_VERSION, INTEGRITY_ALGORITHM, MAX_IMPORT_BYTES, SCORE_DECIMALS } from './format';
export type {
  ExportEnvelope,
  ExportedAnswer,
  ExportedAssessment,
  ExportedEvidence,
  ExportedRegion,
  ExportedScores,
  ExportIntegrity,
  Sha256Hex,
} from './format';
export { canonicalJson } from './canonical-json';
export type { JsonValue } from './canonical-json';
export { checkIntegrity, computeIntegrity, integrityInput } from './integrity';
export type { IntegrityCheck } from './integrity';
export { buildExport, exportAssessment, exportRegion, serializeExport } from './build-export';
export type { BuildExportParams, ExportBundle } from './build-export';
export { parseImport } from './parse-import';
export { checkFileSize, readJson } from './read-json';
export type { JsonReadError, JsonReadResult } from './read-json';
export type { ImportContext, ParsedFile, ParseResult } from './parse-import';
export { MAX_REPORTED_ERRORS } from './import-errors';
export type { ImportError, ImportErrorCode, ImportErrorLocation } from './import-errors';
export type { ImportedBundle } from './restore';
export { isConflict, planImport, resolveImport } from './plan-import';
export type {
  ConflictDecision,
  ConflictReason,
  ImportDecisions,
  ImportPlan,
  ImportPlanRow,
  ImportSummary,
  ImportWrite,
  ImportWrites,
  LocalMatch,
} from './plan-import';
export { CSV_FIXED_COLUMNS, csvField, csvNumber, scoresToCsv, UTF8_BOM } from './scores-csv';
export type { CsvFixedColumn, ScoreCsvRow, ScoresCsvOptions } from './scores-csv';
export { backupStatus } from './backup-status';
export type { BackupStatus, BackupStatusInput } from './backup-status';
export { envelopeSchema, exchangeJsonSchema } from './schema';
