/**
 * CSV of scores: one row per region × period, for spreadsheets. RFC 4180 quoting, CRLF line
 * ends, UTF-8 with BOM (so Excel detects UTF-8). Indonesian locales use `;` between fields and
 * a decimal comma (what Excel with Indonesian regional settings expects); English uses `,` and
 * a decimal point. See docs/exchange-format.md.
 */
import type { AssessmentStatus } from '../assessment/types';
import { elementOrder } from '../instrument/lookup';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { DIMENSION_IDS } from '../instrument/types';
import type { ScoreResult } from '../scoring/types';

export interface ScoreCsvRow {
  readonly regionCode: string;
  readonly regionName: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly period: number;
  readonly status: AssessmentStatus;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  readonly score: ScoreResult;
}

/** Fixed (non-score) columns, in order; dimension and element columns follow `index`. */
export const CSV_FIXED_COLUMNS = [
  'regionCode', 'regionName', 'provinceCode', 'provinceName', 'period', 'status', 'instrumentVersion', 'weightProfileId', 'index',
] as const;
export type CsvFixedColumn = (typeof CSV_FIXED_COLUMNS)[number] | 'coverage';

export interface ScoresCsvOptions {
  readonly delimiter: ';' | ',';
  readonly decimal: ',' | '.';
  /** Header text of the fixed columns (dimension and element columns use their ids). */
  readonly headers: Readonly<Record<CsvFixedColumn, string>>;
  /** Text written in the status column. */
  readonly statusLabels: Readonly<Record<AssessmentStatus, string>>;
  /** Decimals of 0–5 scores (default 2, as shown in the app). */
  readonly scoreDecimals?: number;
  /** Element columns; default: the 18 elements of the current instrument, in order. */
  readonly elementIds?: readonly string[];
}

/** Byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Quotes a field when it contains the delimiter, a quote, a line break or leading/trailing space;
 * a quote inside is doubled (RFC 4180). A text starting with `=`, `+`, `-`, `@` gets a leading `'`
 * so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string, delimiter: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number with a fixed count of decimals and the chosen decimal mark; null → empty cell. */
export function csvNumber(value: number | null, decimals: number, decimal: ',' | '.'): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  return decimal === ',' ? text.replace('.', ',') : text;
}


function rowCells(row: ScoreCsvRow, elements: readonly string[], o: ScoresCsvOptions): string[] {
  const digits = o.scoreDecimals ?? 2;
  const num = (v: number | null) => csvNumber(v, digits, o.decimal);
  const dims = new Map(row.score.dimensions.map((d) => [d.dimensionId as string, d]));
  const els = new Map(row.score.dimensions.flatMap((d) => d.elements.map((e) => [e.elementId, e.score] as const)));
  return [
    row.regionCode, row.regionName, row.provinceCode, row.provinceName, String(row.period), o.statusLabels[row.status],
    row.instrumentVersion, row.weightProfileId, num(row.score.index),
    ...DIMENSION_IDS.map((id) => num(dims.get(id)?.score ?? null)),
    ...elements.map((id) => num(els.get(id) ?? null)),
    csvNumber(row.score.coverage * 100, 1, o.decimal),
  ].map((cell) => csvField(cell, o.delimiter));
}

/**
 * Writes the scores CSV: BOM, a header row, then one row per input row (in the given order):
 * region and province codes and names, period, status, instrument version, weight profile,
 * index, the six dimension scores, the eighteen element scores (0–5, `scoreDecimals`), and
 * coverage in percent (1 decimal). Empty cell = no score. Lines end with CRLF.
 */
export function scoresToCsv(rows: readonly ScoreCsvRow[], o: ScoresCsvOptions): string {
  const elements = o.elementIds ?? elementOrder(CURRENT_INSTRUMENT).map((e) => e.id);
  const header = [...CSV_FIXED_COLUMNS.map((c) => o.headers[c]), ...DIMENSION_IDS, ...elements, o.headers.coverage]
    .map((cell) => csvField(cell, o.delimiter))
    .join(o.delimiter);
  const lines = rows.map((row) => rowCells(row, elements, o).join(o.delimiter));
  return `${UTF8_BOM}${[header, ...lines].join('\r\n')}\r\n`;
}
