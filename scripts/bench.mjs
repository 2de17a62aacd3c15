/* global window, document, requestAnimationFrame, IDBDatabase, indexedDB, MutationObserver */
// Benchmark: builds the production app, serves it on 127.0.0.1 and measures it in Debian's
// Chromium with CPU throttling. Reports median and min–max.
//   --scenario click (default): time from a click on a rubric level to (a) the next frame and (b) the
//     answer's IndexedDB transaction completing; writes artifacts/bench.json.
//   --scenario load: time from navigation start to the first question painted, cold (first visit: no
//     HTTP cache, no service worker) and warm (offline, served by the service worker), plus the
//     precache size (raw and gzip -9) of the files listed in the built sw.js; writes artifacts/bench-load.json.
// Usage: npm run bench [-- --scenario load --runs 7 --clicks 24 --throttle 4]
// BENCH_PORT overrides port 4175; another port also builds into its own folder in the system temp
// directory (not dist-bench), so benchmarks on different ports can run side by side.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parseArgs, median, summary } from './bench-lib.mjs';

const args = parseArgs();
const SCENARIO = args.scenario ?? 'click';
const RUNS = args.runs ?? 7;
const CLICKS = args.clicks ?? 24;
const THROTTLE = args.throttle ?? 4;
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${PORT}/`;
const OUT_DIR = PORT === 4175 ? 'dist-bench' : join(tmpdir(), `siap-cerdas-dist-bench-${PORT}`);
if (!['click', 'load'].includes(SCENARIO)) throw new Error(`unknown --scenario ${SCENARIO} (click | load)`);


/** Installed before the app loads: timestamps of clicks, next frames, and answer writes. */
function instrument() {
  const w = window;
  w.__bench = { clicks: [], frames: [], stored: [] };
  document.addEventListener('click', (e) => {
    const t = e.timeStamp;
    w.__bench.clicks.push(t);
    requestAnimationFrame(() => setTimeout(() => w.__bench.frames.push(performance.now() - t), 0));
  }, true);
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = original.call(this, stores, mode, ...rest);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && names.includes('answers')) {
      tx.addEventListener('complete', () => {
        const last = w.__bench.clicks[w.__bench.clicks.length - 1];
        if (last !== undefined) w.__bench.stored.push(performance.now() - last);
      });
    }
    return tx;
  };
}

async function oneRun(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}#/baru`);
  await page.getByLabel('Cari kabupaten/kota').fill('kota cirebon');
  await page.getByRole('radio', { name: /^Kota Cirebon/ }).check();
  await page.getByRole('button', { name: 'Mulai penilaian' }).click();
  await page.getByRole('heading', { level: 2, name: 'GOV.1 Pelayanan publik' }).waitFor();
  await page.evaluate(() => { window.__bench.clicks = []; window.__bench.frames = []; window.__bench.stored = []; });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const ids = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4'];
  for (let i = 0; i < CLICKS; i++) {
    const id = ids[i % 4];
    const level = (i * 7) % 6;
    await page.locator(`article[data-indicator="${id}"] input[value="${level}"]`).click();
    await page.locator(`article[data-indicator="${id}"] [data-save-status="saved"]`).waitFor();
    await page.waitForFunction((n) => window.__bench.stored.length >= n && window.__bench.frames.length >= n, i + 1);
  }
  const result = await page.evaluate(() => ({ frames: window.__bench.frames, stored: window.__bench.stored }));
  await context.close();
  return result;
}

function serve() {
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'ignore' });
  const server = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  return server;
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}


async function clickScenario(browser) {
  await oneRun(browser); // warm-up
  const frames = [], stored = [], perRun = [];
  for (let r = 0; r < RUNS; r++) {
    const res = await oneRun(browser);
    frames.push(...res.frames); stored.push(...res.stored);
    perRun.push({ paint: median(res.frames), stored: median(res.stored) });
  }
  const report = {
    date: new Date().toISOString(),
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    cpuThrottling: THROTTLE,
    runs: RUNS,
    clicksPerRun: CLICKS,
    clickToNextFrameMs: summary(frames),
    clickToStoredMs: summary(stored),
    perRunMedians: perRun,
  };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench.json', JSON.stringify(report, null, 2));
  console.log(`click → next frame:          median ${report.clickToNextFrameMs.median} ms (min ${report.clickToNextFrameMs.min}, max ${report.clickToNextFrameMs.max})`);
  console.log(`click → stored in IndexedDB: median ${report.clickToStoredMs.median} ms (min ${report.clickToStoredMs.min}, max ${report.clickToStoredMs.max})`);
  console.log(`${RUNS} runs × ${CLICKS} clicks, CPU throttling ${THROTTLE}×; written to artifacts/bench.json`);
}

// --- Load scenario -------------------------------------------------------------------------------

const LOAD_ID = 'bench-load';
const LOAD_URL = `${base}#/penilaian/${LOAD_ID}/GOV.1`;

/** Installed before every document: `__firstQuestion` = ms from navigation start to the frame that first shows a question. */
function watchFirstQuestion() {
  const found = () => document.querySelector('article[data-indicator] h3') !== null;
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame((frameTime) => { window.__firstQuestion = frameTime; });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Writes one draft assessment the way DB version 1 of the app stores it (src/storage/upgrades.ts),
 * on a page of the origin that does not run the app; a newer app upgrades it like any old database.
 */
function seedAssessment(id) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('siap-cerdas', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
      assessments.createIndex('by-updatedAt', 'updatedAt');
      assessments.createIndex('by-region-period', ['regionCode', 'period']);
      const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'indicatorId'] });
      answers.createIndex('by-assessment', 'assessmentId');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('assessments', 'readwrite');
      const at = '2026-01-05T02:00:00.000Z';
      tx.objectStore('assessments').put({
        id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
        status: 'draft', createdAt: at, updatedAt: at, schemaVersion: 1,
      });
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Navigates (throttled) to the questionnaire and returns ms to the first question painted. */
async function timeToFirstQuestion(page, cdp) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(LOAD_URL, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstQuestion !== undefined, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__firstQuestion);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return ms;
}

/** One fresh browser profile: cold load (network, nothing cached), then warm load (offline, service worker). */
async function loadRun(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  await context.addInitScript(watchFirstQuestion);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}robots.txt`);
  await page.evaluate(seedAssessment, LOAD_ID);
  const cold = await timeToFirstQuestion(page, cdp);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.goto(`${base}robots.txt`);
  const warm = await timeToFirstQuestion(page, cdp);
  const servedBySw = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await context.close();
  if (!servedBySw) throw new Error('warm load was not served by the service worker');
  return { cold, warm };
}

/** Sum of raw and gzip sizes of every file listed in the precache manifest of `<dir>/sw.js`. */
function precacheSize(dir) {
  const sw = readFileSync(`${dir}/sw.js`, 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0, gzip = 0;
  for (const url of urls) {
    const bytes = readFileSync(`${dir}/${url}`);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { entries: urls.length, rawBytes: raw, gzipBytes: gzip };
}

async function loadScenario(browser) {
  await loadRun(browser); // warm-up
  const cold = [], warm = [];
  for (let r = 0; r < RUNS; r++) {
    const res = await loadRun(browser);
    cold.push(res.cold); warm.push(res.warm);
  }
  const precache = precacheSize(OUT_DIR);
  const report = {
    date: new Date().toISOString(),
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    cpuThrottling: THROTTLE,
    runs: RUNS,
    coldLoadToFirstQuestionMs: summary(cold),
    warmOfflineLoadToFirstQuestionMs: summary(warm),
    perRun: cold.map((c, i) => ({ cold: +c.toFixed(1), warm: +warm[i].toFixed(1) })),
    precache,
  };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-load.json', JSON.stringify(report, null, 2));
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`cold load → first question:          median ${report.coldLoadToFirstQuestionMs.median} ms (min ${report.coldLoadToFirstQuestionMs.min}, max ${report.coldLoadToFirstQuestionMs.max})`);
  console.log(`warm offline load → first question:  median ${report.warmOfflineLoadToFirstQuestionMs.median} ms (min ${report.warmOfflineLoadToFirstQuestionMs.min}, max ${report.warmOfflineLoadToFirstQuestionMs.max})`);
  console.log(`precache: ${precache.entries} files, ${kb(precache.rawBytes)} KiB raw, ${kb(precache.gzipBytes)} KiB gzip`);
  console.log(`${RUNS} runs, CPU throttling ${THROTTLE}×; written to artifacts/bench-load.json`);
}

const server = serve();
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    await (SCENARIO === 'load' ? loadScenario(browser) : clickScenario(browser));
  } finally {
    await browser.close();
  }
} finally {
  process.kill(-server.pid);
}
