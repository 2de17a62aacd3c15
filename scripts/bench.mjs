/* global window, document, requestAnimationFrame, IDBDatabase */
// Benchmark: builds the production app, serves it on 127.0.0.1 and measures, in Debian's
// Chromium, the time from a click on a rubric level to (a) the next frame and (b) the answer's
// IndexedDB transaction completing. Reports median and min–max; writes artifacts/bench.json.
// Usage: npm run bench [-- --runs 7 --clicks 24 --throttle 4]
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = Object.fromEntries(
  process.argv.slice(2).join(' ').split('--').filter(Boolean).map((s) => s.trim().split(/\s+/)).map(([k, v]) => [k, Number(v)]),
);
const RUNS = args.runs ?? 7;
const CLICKS = args.clicks ?? 24;
const THROTTLE = args.throttle ?? 4;
const PORT = 4175;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${PORT}/`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1), n: xs.length });

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
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'dist-bench', '--emptyOutDir'], { stdio: 'ignore' });
  const server = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'dist-bench', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  return server;
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

const server = serve();
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  await oneRun(browser); // warm-up
  const frames = [], stored = [], perRun = [];
  for (let r = 0; r < RUNS; r++) {
    const res = await oneRun(browser);
    frames.push(...res.frames); stored.push(...res.stored);
    perRun.push({ paint: median(res.frames), stored: median(res.stored) });
  }
  await browser.close();
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
} finally {
  process.kill(-server.pid);
}
