/* global window, document */
// National scale, one fresh browser context per run (service worker blocked), CPU throttled:
//   import:    the 514 × 5 dataset (2,570 final assessments, 185,040 answers, one exchange file)
//              through #/data: "Impor" click → "Impor selesai" shown (file pick → preview apart);
//   benchmark: then #/pembanding with one of them in focus, loaded afresh: navigation → all three
//              charts painted, and how long the charts took after the data was read from IndexedDB
//              (the end of the app's `siap-cerdas:benchmark-read` User Timing measure);
//   peers:     then a click on another peer group (the focus's province) → the next frame, which
//              shows every chart and table recomputed for the new group;
//   heap:      the peak used JS heap during the import and during the benchmark view.
import { mb, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { installProbes } from './probes.mjs';

const FOCUS = 'scale-32.74-2026';
const CHARTS = '.bm-section figure svg.recharts-surface';
const FILE_INPUT = 'Berkas JSON Siap Cerdas';

async function importFile(page, base, file) {
  await page.goto(`${base}#/data`);
  const input = page.getByLabel(FILE_INPUT);
  await input.waitFor();
  await page.evaluate(() => window.__bench.watch('preview', '.data-section table tbody tr'));
  const picked = await page.evaluate(() => performance.now());
  await input.setInputFiles({ name: 'nasional-2022-2026.json', mimeType: 'application/json', buffer: file });
  await page.waitForFunction(() => window.__bench.seen.preview !== undefined, undefined, { timeout: 600_000 });
  const preview = await page.evaluate(() => window.__bench.seen.preview);
  await page.evaluate(() => { window.__bench.clicks = []; window.__bench.peakHeap = 0; });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.notice-ok[role="status"]')?.textContent?.includes('Impor selesai'),
    undefined, { timeout: 600_000, polling: 100 });
  return page.evaluate(([pick, shown]) => ({
    previewMs: shown - pick,
    importMs: performance.now() - window.__bench.clicks[0],
    peakHeap: window.__bench.peakHeap,
  }), [picked, preview]);
}

async function benchmarkView(page, cdp, base) {
  await page.goto('about:blank');
  await cdp.send('HeapProfiler.collectGarbage');
  await page.goto(`${base}#/pembanding?fokus=${encodeURIComponent(FOCUS)}`);
  await page.waitForFunction(() => window.__bench.seen.charts !== undefined, undefined, { timeout: 300_000 });
  return page.evaluate(() => {
    const [read] = performance.getEntriesByName('siap-cerdas:benchmark-read');
    const charts = window.__bench.seen.charts;
    return { chartsMs: charts, afterDataMs: read ? charts - (read.startTime + read.duration) : null, peakHeap: window.__bench.peakHeap };
  });
}

async function switchPeerGroup(page) {
  await page.evaluate(() => { window.__bench.clicks = []; window.__bench.frames = []; });
  await page.locator('input[type="radio"][value="province"]').click();
  await page.waitForFunction(() => window.__bench.frames.length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.frames[0]);
}

async function nationalRun(browser, { base, throttle }, file) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', locale: 'id-ID' });
  await context.addInitScript(installProbes, { charts: [CHARTS, 3] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const imported = await importFile(page, base, file);
  const view = await benchmarkView(page, cdp, base);
  const peerSwitchMs = await switchPeerGroup(page);
  await context.close();
  return { ...imported, ...view, peerSwitchMs, viewPeakHeap: view.peakHeap, importPeakHeap: imported.peakHeap };
}

/** Warm-up run (unless `runs` is 1), then `runs` measured runs. */
export async function nationalScenario(browser, options, file) {
  const once = () => withDeadline(() => nationalRun(browser, options, file), 900_000, 'national run');
  if (options.nationalRuns > 1) await once();
  const runs = [];
  for (let r = 0; r < options.nationalRuns; r++) {
    runs.push(await once());
    options.log(`  national run ${r + 1}/${options.nationalRuns}: import ${runs.at(-1).importMs.toFixed(0)} ms`);
  }
  const pick = (key) => summary(runs.map((x) => x[key]));
  return {
    fileMB: mb(file.length),
    pickToPreviewMs: pick('previewMs'),
    importMs: pick('importMs'),
    benchmarkChartsMs: pick('chartsMs'),
    benchmarkAfterDataMs: pick('afterDataMs'),
    peerSwitchMs: pick('peerSwitchMs'),
    importPeakHeapMB: summary(runs.map((x) => mb(x.importPeakHeap))),
    benchmarkPeakHeapMB: summary(runs.map((x) => mb(x.viewPeakHeap))),
  };
}
