/* global window, document */
// Large file, one fresh browser context per run (service worker blocked), CPU throttled: a 24 MB
// exchange file of 5,000 assessments with notes and evidence (`nationalDataset({ details: true })`)
// picked on #/data, read, checked and planned in the file reader worker, then imported (written by
// the worker). The longest-task figures are the page's main thread only (`longtask` entries). Reports pick → preview and "Impor" → "Impor selesai", whether the progress bar
// showed, and the longest main-thread task ('longtask' entries) in each phase: the page must stay
// responsive (issue 14: no task over 200 ms).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mb, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { installProbes } from './probes.mjs';

async function largeRun(browser, { base, throttle }, path) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', locale: 'id-ID' });
  await context.addInitScript(installProbes, { preview: '.data-section table tbody tr', progress: 'progress' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${base}#/data`);
  const input = page.getByLabel('Berkas JSON Siap Cerdas');
  await input.waitFor();
  const picked = await page.evaluate(() => { window.__bench.longTasks = []; return performance.now(); });
  // A path, not a buffer: Playwright hands a buffer to the page as base64 decoded on its main
  // thread, a multi-second task that a user's file picker never causes.
  await input.setInputFiles(path);
  await page.waitForFunction(() => window.__bench.seen.preview !== undefined, undefined, { timeout: 600_000 });
  const read = await page.evaluate(([pick]) => ({
    previewMs: window.__bench.seen.preview - pick,
    progressShown: window.__bench.seen.progress !== undefined,
    longest: Math.max(0, ...window.__bench.longTasks.map((t) => t.duration)),
  }), [picked]);
  await page.evaluate(() => { window.__bench.clicks = []; window.__bench.longTasks = []; });
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.notice-ok[role="status"]')?.textContent?.includes('Impor selesai'),
    undefined, { timeout: 600_000, polling: 100 });
  const write = await page.evaluate(() => ({
    importMs: performance.now() - window.__bench.clicks[0],
    longest: Math.max(0, ...window.__bench.longTasks.map((t) => t.duration)),
  }));
  await context.close();
  return { previewMs: read.previewMs, progressShown: read.progressShown, readLongestTaskMs: read.longest, importMs: write.importMs, writeLongestTaskMs: write.longest };
}

/** Warm-up run (unless `runs` is 1), then `runs` measured runs. */
export async function largeFileScenario(browser, options, file) {
  const path = join(tmpdir(), 'siap-cerdas-nasional-5000.json');
  writeFileSync(path, file);
  const once = () => withDeadline(() => largeRun(browser, options, path), 900_000, 'large-file run');
  if (options.nationalRuns > 1) await once();
  const runs = [];
  for (let r = 0; r < options.nationalRuns; r++) {
    runs.push(await once());
    const last = runs.at(-1);
    options.log(`  large-file run ${r + 1}/${options.nationalRuns}: preview ${last.previewMs.toFixed(0)} ms, longest task ${last.readLongestTaskMs.toFixed(0)} / ${last.writeLongestTaskMs.toFixed(0)} ms`);
  }
  const pick = (key) => summary(runs.map((x) => x[key]));
  return {
    fileMB: mb(file.length),
    pickToPreviewMs: pick('previewMs'),
    progressShown: runs.every((x) => x.progressShown),
    readLongestTaskMs: pick('readLongestTaskMs'),
    importMs: pick('importMs'),
    writeLongestTaskMs: pick('writeLongestTaskMs'),
  };
}
