// Helpers shared by the benchmark scripts (bench.mjs and its scenarios in scripts/bench/, and the
// deeper diagnostics bench-benchmark.mjs and bench-scale.mjs): arguments, statistics, the preview
// server, Chromium, and the deterministic national dataset (514 regions × 5 periods).
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** `--runs 7 --only load,click` → { runs: 7, only: 'load,click' } (numbers parsed, other values kept). */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.join(' ').split('--').filter(Boolean).map((s) => s.trim().split(/\s+/))
      .map(([k, v]) => [k, v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
  );
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and min–max rounded to 0.1, plus the sample count (null for no samples). */
export function summary(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return null;
  return { median: +median(v).toFixed(1), min: +Math.min(...v).toFixed(1), max: +Math.max(...v).toFixed(1), n: v.length };
}

/** Bytes → MiB with one decimal. */
export const mb = (bytes) => +(bytes / 1048576).toFixed(1);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 900 };

/** Debian's Chromium, headless; precise memory info so `performance.memory` is not bucketed. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
  });
}

export function chromiumVersion() {
  return execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
}

const VITE = 'node_modules/vite/bin/vite.js';

/**
 * Builds the production app into `outDir` (unless `build` is false: an existing build is served
 * as it is) and serves it with `vite preview` on 127.0.0.1:`port`. Resolves once it answers;
 * `stop()` ends the server's whole process group.
 */
export async function serveBuild({ port, outDir, build = true }) {
  if (build) execFileSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  return preview({ port, args: ['--outDir', outDir] });
}

/**
 * Starts `vite preview` of the project in `cwd` (in its own process group) on 127.0.0.1:`port`;
 * resolves to { base, stop } once it answers.
 */
export async function preview({ port, args = [], cwd = process.cwd() }) {
  const server = spawn(process.execPath, [VITE, 'preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try { process.kill(-server.pid); } catch { /* already gone */ }
  };
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(base)).ok) return { base, stop }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`preview server did not answer on ${base}`);
}

export const PERIODS = [2022, 2023, 2024, 2025, 2026];
const DIMENSIONS = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'];
/** The 72 indicator ids of gmsc-2026.1 in questionnaire order (GOV.1.1 … ENV.3.4). */
export const INDICATOR_IDS = DIMENSIONS.flatMap((d) => [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => `${d}.${e}.${i}`)));

/** RFC 8785 for this data (strings, integers, objects, arrays): keys sorted by UTF-16 code units. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The national dataset: 514 kabupaten/kota × 5 periods = 2,570 final assessments with every
 * indicator answered (levels from a fixed LCG, so every run gets the same data). Returns the
 * exchange file (docs/exchange-format.md, with its SHA-256 integrity hash) and the assessments.
 * Other `periods` and a `limit` give other sizes; `details: true` adds what a real backup carries
 * (a note on every fourth answer, an evidence item with a link on every twelfth): the large-file scenario asks for 5,000 such assessments (514 × 10 periods, cut), ≈ 24 MB.
 */
const NOTES = [
  'Sudah ada Perbup, tetapi belum semua OPD menjalankan; evaluasi tahunan oleh Bappeda.',
  'Data dikelola Diskominfo, pembaruan setiap triwulan; sebagian masih dalam Excel.',
  'Forum warga aktif di 12 kecamatan; laporan kegiatan tersedia di situs kabupaten.',
  'Aplikasi berjalan, pengguna aktif sekitar 1.200 orang per bulan menurut dasbor.',
  'Anggaran 2026 sudah dialokasikan di DPA; pelaksanaan menunggu pengadaan.',
  'Belum ada SOP tertulis; praktik berjalan berdasarkan surat edaran Sekda.',
];
const EVIDENCE = [
  ['regulasi', 'Peraturan Bupati tentang Masterplan Smart City', 'Perbup No. 107 Tahun 2024'],
  ['laporan', 'Laporan evaluasi pelaksanaan program kota cerdas', 'Bappeda/LAP/2025/014'],
  ['sk', 'SK Dewan Smart City', 'SK Bupati No. 050/221/2025'],
  ['data', 'Dataset kinerja layanan publik', 'Portal Satu Data, tabel 3.2'],
];

/** A note on every fourth answer, evidence with a link on every twelfth (see `nationalDataset`). */
function detailsOf(k, i, period, code) {
  const extra = {};
  if (i % 4 === 0) extra.note = NOTES[k % NOTES.length];
  if (i % 12 === 0) {
    const [kind, title, reference] = EVIDENCE[k % EVIDENCE.length];
    extra.evidence = [{ id: `ev-${i}`, kind, title, reference, url: `https://jdih.example.go.id/${code}/${period}/${i}`, date: `${period}-03-15`, ownerOpd: 'Diskominfo' }];
  }
  return extra;
}

export function nationalDataset({ periods = PERIODS, limit = Infinity, details = false } = {}) {
  const data = JSON.parse(readFileSync('src/domain/regions/regions-data.json', 'utf8'));
  const provinces = new Map(data.provinces.map((p) => [p[0], p[1]]));
  const indicators = [...INDICATOR_IDS].sort();
  let k = 42;
  const assessments = [];
  for (const [code, name, type] of [...data.regencies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const period of periods) {
      if (assessments.length >= limit) break;
      const at = `${period}-06-01T00:00:00.000Z`;
      const answers = {};
      for (const [i, id] of indicators.entries()) {
        k = (k * 1103515245 + 12345) % 2147483648;
        answers[id] = { level: k % 6, ...(details ? detailsOf(k >> 8, i, period, code) : {}) };
      }
      assessments.push({
        id: `scale-${code}-${period}`, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
        region: { code, name, type: type === 'kota' ? 'kota' : 'kabupaten', provinceCode: code.slice(0, 2), provinceName: provinces.get(code.slice(0, 2)) ?? '' },
        period, status: 'final', createdAt: at, updatedAt: at, answers,
      });
    }
  }
  const body = { format: 'siap-cerdas.assessments', formatVersion: 1, app: { name: 'Siap Cerdas', version: '0.1.0' }, exportedAt: '2026-11-22T00:00:00.000Z', assessments };
  const hash = createHash('sha256').update(canonical(body), 'utf8').digest('hex');
  return { file: Buffer.from(`${JSON.stringify({ ...body, integrity: { algorithm: 'SHA-256', hash } })}\n`), assessments };
}

/**
 * Runs one benchmark run; rejects after `ms` instead of letting a stuck browser hang the suite
 * (the caller's `finally` then closes the browser and the server).
 */
export function withDeadline(run, ms, label) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([run(), deadline]).finally(() => clearTimeout(timer));
}
