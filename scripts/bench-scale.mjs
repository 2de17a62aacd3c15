/* global window, document, indexedDB, IDBKeyRange, MutationObserver */
// Scale benchmark: 514 regions × 5 periods (2,570 complete assessments, 185,040 answers) arrive as
// ONE exchange file imported through the UI (#/data), then the benchmark view opens with all 514
// regions as peers. Production build, Debian's Chromium, service worker blocked. Per run (fresh
// browser context, empty IndexedDB):
//   import: file pick → preview table shown; "Impor" click → "Impor selesai" shown; peak JS heap;
//   list:   home list, navigation → first row; raw IndexedDB cost of the old list() (readwrite,
//           getAll of every answer) vs the new one (readonly, chunked getAll, counting as it goes);
//   view:   #/pembanding?fokus=… (cold reload), navigation → first chart / all charts; peak JS heap.
// Usage: node scripts/bench-scale.mjs [--runs 3 --throttle 1 --port 4196]; writes artifacts/bench-scale.json.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { mb, nationalDataset, parseArgs, summary } from './bench-lib.mjs';

const args = parseArgs();
const RUNS = args.runs ?? 3;
const THROTTLE = args.throttle ?? 1;
const PORT = args.port ?? 4196;
const OUT_DIR = 'dist-e2e-bench-scale';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${PORT}/`;
const CHARTS = '.bm-section figure svg.recharts-surface';
const FOCUS = 'scale-32.74-2026';


/** RFC 8785 for this data (strings, integers, objects, arrays): keys sorted by UTF-16 code units. */
/** The national dataset's exchange file (`nationalDataset()` in bench-lib.mjs, shared with `npm run bench`). */
function buildFile() {
  return nationalDataset().file;
}

/** Installed before the app loads: preview/summary/first-chart/first-row times and the peak used JS heap. */
function instrument(selector) {
  const w = window;
  w.__sc = { pick: null, preview: null, click: null, done: null, firstRow: null, firstChart: null, allCharts: null, peakHeap: 0 };
  const poll = () => {
    const m = performance.memory;
    if (m) w.__sc.peakHeap = Math.max(w.__sc.peakHeap, m.usedJSHeapSize);
  };
  setInterval(poll, 4);
  document.addEventListener('change', (e) => { if (e.target?.type === 'file') w.__sc.pick = performance.now(); }, true);
  document.addEventListener('click', (e) => { if (e.target?.closest?.('button')?.textContent?.trim() === 'Impor') w.__sc.click = performance.now(); }, true);
  new MutationObserver(() => {
    poll();
    const s = w.__sc;
    const now = performance.now();
    if (s.pick !== null && s.preview === null && document.querySelector('.data-section table tbody tr')) s.preview = now;
    if (s.click !== null && s.done === null && document.querySelector('.notice-ok')?.textContent?.includes('Impor selesai')) s.done = now;
    if (s.firstRow === null && document.querySelector('a[aria-label^="Buka penilaian"]')) s.firstRow = now;
    const n = document.querySelectorAll(selector).length;
    if (n > 0 && s.firstChart === null) s.firstChart = now;
    if (n >= 3 && s.allCharts === null) s.allCharts = now;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Raw IndexedDB: the old list() (readwrite, all answers in one getAll) vs the new one (readonly, chunks of 150). */
function compareList(page) {
  return page.evaluate(async () => {
    const db = await new Promise((res, rej) => { const o = indexedDB.open('siap-cerdas'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); });
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const done = (tx) => new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    const count = (answers, counts) => {
      for (const a of answers) {
        const c = counts.get(a.assessmentId) ?? [0, 0];
        if (a.level === 'NA') c[1] += 1; else if (a.level !== null) c[0] += 1;
        counts.set(a.assessmentId, c);
      }
    };
    let t = performance.now();
    let tx = db.transaction(['assessments', 'answers'], 'readwrite');
    const [, all] = await Promise.all([req(tx.objectStore('assessments').index('by-updatedAt').getAll()), req(tx.objectStore('answers').getAll())]);
    count(all, new Map());
    await done(tx);
    const before = performance.now() - t;
    t = performance.now();
    tx = db.transaction(['assessments', 'answers'], 'readonly');
    const assessments = await req(tx.objectStore('assessments').index('by-updatedAt').getAll());
    const ids = assessments.map((a) => a.id).sort();
    const counts = new Map();
    const chunks = [];
    for (let i = 0; i < ids.length; i += 150) chunks.push(IDBKeyRange.bound([ids[i]], [ids[Math.min(i + 150, ids.length) - 1], []]));
    await Promise.all(chunks.map((range) => req(tx.objectStore('answers').getAll(range)).then((rows) => count(rows, counts))));
    await done(tx);
    const after = performance.now() - t;
    db.close();
    return { before, after };
  });
}

async function run(browser, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', locale: 'id-ID' });
  await context.addInitScript(instrument, CHARTS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${base}#/data`);
  await page.getByLabel('Berkas JSON Siap Cerdas').waitFor();
  await page.getByLabel('Berkas JSON Siap Cerdas').setInputFiles({ name: 'nasional-2022-2026.json', mimeType: 'application/json', buffer: file });
  await page.waitForFunction(() => window.__sc.preview !== null, null, { timeout: 300_000 });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.waitForFunction(() => window.__sc.done !== null, null, { timeout: 300_000 });
  const imp = await page.evaluate(() => ({ ...window.__sc }));
  // Home list (new list()), from navigation start.
  await page.goto(`${base}#/`);
  await page.reload();
  await page.waitForFunction(() => window.__sc.firstRow !== null, null, { timeout: 120_000 });
  const home = await page.evaluate(() => ({ firstRow: window.__sc.firstRow, rows: document.querySelectorAll('tbody tr').length, status: document.querySelector('[data-testid="home-list-count"]')?.textContent }));
  const list = await compareList(page);
  // Benchmark view, cold (fresh page load: the score cache is per session), after a GC so the
  // heap peak is the view's, not garbage left by the import.
  await page.goto('about:blank');
  await cdp.send('HeapProfiler.collectGarbage');
  await page.goto(`${base}#/pembanding?fokus=${encodeURIComponent(FOCUS)}`);
  await page.waitForFunction(() => window.__sc.allCharts !== null, null, { timeout: 120_000 });
  const view = await page.evaluate(() => ({ ...window.__sc }));
  const notes = (await page.getByTestId('selection-notes').innerText()).split('\n')[0];
  const [read] = await page.evaluate(() => performance.getEntriesByName('siap-cerdas:benchmark-read').map((e) => e.duration));
  const [score] = await page.evaluate(() => performance.getEntriesByName('siap-cerdas:benchmark-score').map((e) => e.duration));
  await context.close();
  return {
    previewMs: imp.preview - imp.pick, importMs: imp.done - imp.click, importPeakHeap: imp.peakHeap,
    homeFirstRowMs: home.firstRow, homeRows: home.rows, homeStatus: home.status, listBeforeMs: list.before, listAfterMs: list.after,
    firstChartMs: view.firstChart, allChartsMs: view.allCharts, viewPeakHeap: view.peakHeap, read, score, notes,
  };
}

function serve() {
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'ignore' });
  return spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

const file = buildFile();
const server = serve();
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'] });
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    runs.push(await run(browser, file));
    console.error(`run ${r + 1}/${RUNS}:`, JSON.stringify(runs.at(-1)));
  }
  await browser.close();
  const pick = (key) => summary(runs.map((x) => x[key]));
  const report = {
    date: new Date().toISOString(),
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    cpuThrottling: THROTTLE,
    file: { assessments: 2570, answers: 2570 * 72, megabytes: mb(file.length) },
    runs: runs.length,
    import: { pickToPreviewMs: pick('previewMs'), clickToDoneMs: pick('importMs'), peakHeapMB: summary(runs.map((x) => mb(x.importPeakHeap))) },
    home: { firstRowMs: pick('homeFirstRowMs'), rowsRendered: runs[0].homeRows, status: runs[0].homeStatus },
    list: { rawOldReadwriteMs: pick('listBeforeMs'), rawNewReadonlyChunkedMs: pick('listAfterMs') },
    view: { peers: runs[0].notes, firstChartMs: pick('firstChartMs'), allChartsMs: pick('allChartsMs'), readMs: pick('read'), scoreMs: pick('score'), peakHeapMB: summary(runs.map((x) => mb(x.viewPeakHeap))) },
  };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-scale.json', JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  process.kill(-server.pid);
}
