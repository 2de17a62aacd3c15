// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import { scoreAssessment } from '../scoring/score-assessment';
import { completeAnswers } from './exchange-test-data';
import type { CsvFixedColumn, ScoreCsvRow, ScoresCsvOptions } from './scores-csv';
import { csvField, csvNumber, scoresToCsv, UTF8_BOM } from './scores-csv';

const headers: Record<CsvFixedColumn, string> = {
  regionCode: 'kode_wilayah', regionName: 'nama_wilayah', provinceCode: 'kode_provinsi', provinceName: 'provinsi',
  period: 'periode', status: 'status', instrumentVersion: 'versi_instrumen', weightProfileId: 'profil_bobot', index: 'indeks', coverage: 'cakupan_persen',
};
const ID: ScoresCsvOptions = { delimiter: ';', decimal: ',', headers, statusLabels: { draft: 'Draf', final: 'Final' } };
const EN: ScoresCsvOptions = { ...ID, delimiter: ',', decimal: '.' };

const row: ScoreCsvRow = {
  regionCode: '32.74', regionName: 'Kota Cirebon', provinceCode: '32', provinceName: 'Jawa Barat', period: 2026, status: 'draft',
  instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  score: scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, completeAnswers()),
};

/** Splits a simple CSV line (fields here are never quoted across lines). */
function cells(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { current += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) { out.push(current); current = ''; }
    else current += c;
  }
  return [...out, current];
}

describe('scoresToCsv', () => {
  it('starts with a BOM and a header row, ends lines with CRLF', () => {
    const csv = scoresToCsv([row], ID);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, data, rest] = csv.slice(1).split('\r\n');
    expect(rest).toBe('');
    const names = cells(header ?? '', ';');
    expect(names).toHaveLength(9 + 6 + 18 + 1);
    expect(names.slice(0, 9)).toEqual(['kode_wilayah', 'nama_wilayah', 'kode_provinsi', 'provinsi', 'periode', 'status', 'versi_instrumen', 'profil_bobot', 'indeks']);
    expect(names.slice(9, 15)).toEqual(['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV']);
    expect(names.slice(15, 18)).toEqual(['GOV.1', 'GOV.2', 'GOV.3']);
    expect(names.at(-1)).toBe('cakupan_persen');
    expect(cells(data ?? '', ';')).toHaveLength(names.length);
  });

  it('writes decimal commas with ";" in Indonesian and dots with "," in English', () => {
    const id = cells(scoresToCsv([row], ID).split('\r\n')[1] ?? '', ';');
    const en = cells(scoresToCsv([row], EN).split('\r\n')[1] ?? '', ',');
    const index = row.score.index ?? 0;
    expect(id.slice(0, 9)).toEqual(['32.74', 'Kota Cirebon', '32', 'Jawa Barat', '2026', 'Draf', 'gmsc-2026.1', 'equal-v1', index.toFixed(2).replace('.', ',')]);
    expect(en[8]).toBe(index.toFixed(2));
    expect(id.at(-1)).toBe('100,0');
    expect(en.at(-1)).toBe('100.0');
  });

  it('leaves a missing score empty', () => {
    const empty: ScoreCsvRow = { ...row, score: scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, {}) };
    const data = cells(scoresToCsv([empty], EN).split('\r\n')[1] ?? '', ',');
    expect(data[8]).toBe('');
    expect(data.at(-1)).toBe('0.0');
  });

  it('quotes names with the delimiter, quotes or line breaks', () => {
    const odd: ScoreCsvRow = { ...row, regionName: 'Kota "Baru"; Timur', provinceName: 'A, B' };
    const idLine = scoresToCsv([odd], ID).split('\r\n')[1] ?? '';
    expect(idLine).toContain(';"Kota ""Baru""; Timur";');
    expect(idLine).toContain(';A, B;');
    expect(cells(idLine, ';')[1]).toBe('Kota "Baru"; Timur');
    expect(scoresToCsv([odd], EN).split('\r\n')[1]).toContain(',"A, B",');
  });
});

describe('csv helpers', () => {
  it.each([
    ['plain', ';', 'plain'],
    ['a;b', ';', '"a;b"'],
    ['a,b', ';', 'a,b'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    [' padded', ',', '" padded"'],
    ['=SUM(A1)', ',', "'=SUM(A1)"],
  ])('csvField(%j, %j) = %j', (value, delimiter, expected) => {
    expect(csvField(value, delimiter)).toBe(expected);
  });

  it('formats numbers with a fixed count of decimals', () => {
    expect(csvNumber(1.958333, 2, ',')).toBe('1,96');
    expect(csvNumber(1.958333, 2, '.')).toBe('1.96');
    expect(csvNumber(null, 2, '.')).toBe('');
  });
});
