#!/usr/bin/env node
/**
 * Builds the bundled region catalogue from the shared CSVs:
 *
 *   node scripts/build-regions.mjs [path/to/data-dir]
 *
 * The data dir defaults to ../shared/data relative to the repo root; a given path is resolved
 * against the current directory.
 *
 * Reads provinces.csv and regencies.csv, validates them (38 provinces, 514 kabupaten/kota,
 * Kemendagri codes `PP` / `PP.RR`, kabupaten 01–69 and kota 71–99, known province codes), and
 * writes:
 *   - src/domain/regions/regions-data.json  compact tuples, loaded lazily by load-catalog.ts
 *   - src/domain/regions/NOTICE.md          source + MIT notice, kept beside the data
 *   - public/NOTICE-data.txt                the same notice, shipped with the built app
 * The outputs are committed, so the app builds without the shared data directory.
 * Plain Node ESM, no dependencies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = process.argv[2] ? resolve(process.argv[2]) : resolve(REPO_ROOT, '../shared/data');
const OUT_JSON = resolve(REPO_ROOT, 'src/domain/regions/regions-data.json');
const OUT_NOTICE_MD = resolve(REPO_ROOT, 'src/domain/regions/NOTICE.md');
const OUT_NOTICE_TXT = resolve(REPO_ROOT, 'public/NOTICE-data.txt');

const EXPECTED_PROVINCES = 38;
const EXPECTED_REGENCIES = 514;
const SOURCE =
  'Kode dan nama wilayah: Kepmendagri No. 300.2.2-2138 Tahun 2025; penduduk: semester II 2024; ' +
  'luas: Badan Informasi Geospasial. Via github.com/cahyadsn/wilayah (b7ad440), MIT License ' +
  '(c) 2017-2025 Cahya DSN. Lihat NOTICE-data.txt.';

const errors = [];
const warnings = [];

/** Parses a simple CSV (no quoted fields, as in the shared data) into header-keyed rows. */
function readCsv(file) {
  const path = resolve(DATA_DIR, file);
  if (!existsSync(path)) {
    console.error(`build-regions: ${path} not found (pass the data directory as the first argument)`);
    process.exit(1);
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  return lines.slice(1).map((line, i) => {
    if (line.includes('"')) errors.push(`${file}:${i + 2}: quoted fields are not supported`);
    const cells = line.split(',');
    if (cells.length !== header.length) {
      errors.push(`${file}:${i + 2}: expected ${header.length} fields, got ${cells.length}`);
    }
    const row = { line: i + 2 };
    header.forEach((h, j) => {
      const raw = cells[j] ?? '';
      const value = raw.trim();
      if (value !== raw && h === 'name') warnings.push(`${file}:${i + 2}: trimmed whitespace in name "${raw}"`);
      row[h] = value;
    });
    return row;
  });
}

function toInteger(value, where) {
  if (!/^\d+$/.test(value)) {
    errors.push(`${where}: population "${value}" is not a non-negative integer`);
    return 0;
  }
  return Number(value);
}

/** Returns the area in km², or null when the cell is empty (filled in later where derivable). */
function toArea(value, where) {
  if (value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    errors.push(`${where}: area_km2 "${value}" is not a positive number`);
    return 0;
  }
  return n;
}

function buildProvinces(rows) {
  const seen = new Set();
  return rows.map((r) => {
    const where = `provinces.csv:${r.line}`;
    if (!/^\d{2}$/.test(r.code)) errors.push(`${where}: code "${r.code}" is not PP`);
    if (seen.has(r.code)) errors.push(`${where}: duplicate code ${r.code}`);
    seen.add(r.code);
    if (!r.name) errors.push(`${where}: empty name`);
    return { code: r.code, name: r.name, population: toInteger(r.population, where), area: toArea(r.area_km2, where) };
  });
}

function buildRegencies(rows, provinceCodes) {
  const seen = new Set();
  return rows.map((r) => {
    const where = `regencies.csv:${r.line}`;
    const match = /^(\d{2})\.(\d{2})$/.exec(r.code);
    if (!match) errors.push(`${where}: code "${r.code}" is not PP.RR`);
    if (seen.has(r.code)) errors.push(`${where}: duplicate code ${r.code}`);
    seen.add(r.code);
    if (!r.name) errors.push(`${where}: empty name`);
    if (r.type !== 'kabupaten' && r.type !== 'kota') errors.push(`${where}: type "${r.type}" is not kabupaten|kota`);
    if (match) {
      const rr = Number(match[2]);
      const expected = rr >= 1 && rr <= 69 ? 'kabupaten' : rr >= 71 && rr <= 99 ? 'kota' : 'invalid';
      if (expected !== r.type) errors.push(`${where}: code ${r.code} implies ${expected}, CSV says ${r.type}`);
      if (match[1] !== r.province_code) errors.push(`${where}: code ${r.code} does not start with province ${r.province_code}`);
    }
    if (!provinceCodes.has(r.province_code)) errors.push(`${where}: unknown province_code "${r.province_code}"`);
    return {
      code: r.code,
      name: r.name,
      type: r.type === 'kota' ? 'kota' : 'kab',
      population: toInteger(r.population, where),
      area: toArea(r.area_km2, where),
    };
  });
}

/**
 * Areas missing from the CSVs because the upstream `db/wilayah_luas.sql` stores them under keys
 * that lost a trailing zero (`'11.1'` for 11.10, `'31.0'` for 31), so the extraction did not match
 * them. Values are copied from that same file; they fill only empty cells and are listed in the
 * NOTICE. Once the CSVs carry these areas, the entries become no-ops and can be removed.
 */
const AREA_FILLS = {
  31: { area: 661.53, sourceKey: '31.0' },
  '11.10': { area: 1851.615, sourceKey: '11.1' },
  '12.10': { area: 2772.346, sourceKey: '12.1' },
  '12.20': { area: 3914.413, sourceKey: '12.2' },
  '14.10': { area: 3609.397, sourceKey: '14.1' },
};

/** Fills empty areas from AREA_FILLS; any area still missing is an error. Returns NOTICE lines. */
function fillMissingAreas(records, file) {
  const notes = [];
  for (const rec of records) {
    if (rec.area !== null) continue;
    const fill = AREA_FILLS[rec.code];
    if (!fill) {
      errors.push(`${file}: ${rec.code} ${rec.name} has an empty area_km2`);
      rec.area = 0;
      continue;
    }
    rec.area = fill.area;
    const note =
      `- ${rec.code} ${rec.name}: area ${fill.area} km² taken from wilayah_luas.sql key ` +
      `'${fill.sourceKey}' (empty in the extracted CSV).`;
    notes.push(note);
    warnings.push(note.slice(2));
  }
  return notes;
}

/** The source paragraph and the indented MIT notice from the data README, verbatim. */
function readNotice() {
  const readme = readFileSync(resolve(DATA_DIR, 'README.md'), 'utf8').replace(/\r\n/g, '\n');
  const start = readme.indexOf('Source:');
  const mitStart = readme.indexOf('    MIT License', start);
  if (start < 0 || mitStart < 0) throw new Error(`${DATA_DIR}/README.md: source paragraph or MIT notice not found`);
  const rest = readme.slice(mitStart).split('\n');
  const end = rest.findIndex((l) => l !== '' && !l.startsWith('    '));
  const mit = (end < 0 ? rest : rest.slice(0, end)).map((l) => l.replace(/^ {4}/, '')).join('\n').trim();
  const source = readme.slice(start, mitStart).trim();
  return { source, mit };
}

function writeOutputs(provinces, regencies, derivedNotes) {
  const rows = [
    ...provinces.map((p) => JSON.stringify([p.code, p.name, p.population, p.area])),
    ...regencies.map((r) => JSON.stringify([r.code, r.name, r.type, r.population, r.area])),
  ];
  const provinceRows = rows.slice(0, provinces.length).join(',\n');
  const regencyRows = rows.slice(provinces.length).join(',\n');
  const json = `{"source":${JSON.stringify(SOURCE)},\n"provinces":[\n${provinceRows}\n],\n"regencies":[\n${regencyRows}\n]}\n`;
  JSON.parse(json);
  writeFileSync(OUT_JSON, json);

  const { source, mit } = readNotice();
  const derived = derivedNotes.length
    ? `\n\nCorrections applied when building the bundled file (values from the same repository):\n${derivedNotes.join('\n')}`
    : '';
  const intro = 'Region reference data bundled with Siap Cerdas (provinces and kabupaten/kota of Indonesia).';
  const generated = 'Generated by scripts/build-regions.mjs; do not edit by hand.';
  writeFileSync(OUT_NOTICE_TXT, `${intro}\n\n${source}\n\n${mit}${derived}\n`);
  const mitIndented = mit.split('\n').map((l) => (l ? `    ${l}` : '')).join('\n');
  const shipped =
    'The data in `regions-data.json` is shipped with the app; `public/NOTICE-data.txt` carries this notice into the build.';
  writeFileSync(
    OUT_NOTICE_MD,
    `# Region data notice\n\n<!-- ${generated} -->\n\n${intro} ${shipped}\n\n${source}\n\n${mitIndented}${derived}\n`,
  );
}

const provinces = buildProvinces(readCsv('provinces.csv'));
const regencies = buildRegencies(readCsv('regencies.csv'), new Set(provinces.map((p) => p.code)));
const derivedNotes = [
  ...fillMissingAreas(provinces, 'provinces.csv'),
  ...fillMissingAreas(regencies, 'regencies.csv'),
];
if (provinces.length !== EXPECTED_PROVINCES) errors.push(`expected ${EXPECTED_PROVINCES} provinces, got ${provinces.length}`);
if (regencies.length !== EXPECTED_REGENCIES) errors.push(`expected ${EXPECTED_REGENCIES} kabupaten/kota, got ${regencies.length}`);
for (const p of provinces) {
  if (!regencies.some((r) => r.code.startsWith(`${p.code}.`))) errors.push(`province ${p.code} has no kabupaten/kota`);
}

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`build-regions: ${errors.length} error(s); nothing written.`);
  process.exit(1);
}
writeOutputs(provinces, regencies, derivedNotes);
const kota = regencies.filter((r) => r.type === 'kota').length;
console.log(
  `build-regions: ${provinces.length} provinces, ${regencies.length} kabupaten/kota ` +
    `(${regencies.length - kota} kabupaten, ${kota} kota) -> ${OUT_JSON}`,
);
