/* global window, self */
// Interaction scenario, one fresh browser context per run (service worker blocked):
//   click:  a new assessment is created through the form (the SurveyJS peer with `--peer`: its
//           first page; apps.mjs); then, CPU throttled, `clicks` clicks (taps on the phone
//           profile) on rubric levels of GOV.1's four questions: click → next frame, click →
//           answer stored (the `complete` of the IndexedDB transaction, in the app's storage
//           worker or in the page, whichever wrote it; the peer: its localStorage write);
//   switch: for each dimension's last element (GOV.3 … SOC.3), a click on "Berikutnya" → the next
//           dimension's first question shown (the frame after it entered the DOM; GOV.3 → BRD.1, …).
import { median, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { OURS } from './apps.mjs';
import { installWorkerStoredProbe } from './probes.mjs';

/**
 * Siap Cerdas's storage worker (src/storage/worker/), with its `complete` probe installed, or null
 * for a build without one (it starts when the database opens, long before the questionnaire shows).
 */
async function storageWorker(page) {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const worker = page.workers().find((w) => w.url().includes('storage.worker'));
    if (worker) {
      await worker.evaluate(installWorkerStoredProbe);
      return worker;
    }
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Commits timed in the worker (absolute ms) → ms after the last click before each, on the page's clock. */
function workerStored(commits, clickTimes, timeOrigin) {
  return commits.map((at) => {
    const t = at - timeOrigin;
    const click = clickTimes.filter((c) => c <= t).at(-1);
    return click === undefined ? NaN : t - click;
  }).filter((ms) => Number.isFinite(ms));
}

async function clicks(page, app, count, tap) {
  const worker = app === OURS ? await storageWorker(page) : null;
  const storedIn = async () => (await page.evaluate(() => window.__bench.stored.length))
    + (worker ? await worker.evaluate(() => self.__benchStored.length) : 0);
  await page.evaluate(() => Object.assign(window.__bench, { clicks: [], frames: [], stored: [] }));
  for (let i = 0; i < count; i++) {
    await app.answer(page, app.questions[i % app.questions.length], (i * 7) % 6, tap);
    await page.waitForFunction((n) => window.__bench.frames.length >= n, i + 1);
    while ((await storedIn()) < i + 1) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seen = await page.evaluate(() => ({ frames: window.__bench.frames, stored: window.__bench.stored, clicks: window.__bench.clicks, origin: performance.timeOrigin }));
  const commits = worker ? await worker.evaluate(() => ({ at: self.__benchStored, tx: self.__benchTx })) : { at: [], tx: [] };
  return { frames: seen.frames, stored: [...seen.stored, ...workerStored(commits.at, seen.clicks, seen.origin)], workerTx: commits.tx };
}

/** One run in a fresh context; `app` (default Siap Cerdas) and `device` (context options) as in loadRun. */
export async function interactionRun(browser, { base, throttle, clicksPerRun, app = OURS, device = { viewport: VIEWPORT } }) {
  const context = await browser.newContext({ ...device, serviceWorkers: 'block', locale: 'id-ID' });
  try {
    await app.initScripts(context, {});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await app.openQuestionnaire(page, base);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const tap = device.hasTouch === true;
    const c = await clicks(page, app, clicksPerRun, tap);
    const s = await app.switches(page, tap);
    return { ...c, switches: s };
  } finally {
    await context.close();
  }
}

/** Warm-up run, then `runs` measured runs; click figures pool all clicks of all runs. */
export async function interactionScenario(browser, options) {
  const once = () => withDeadline(() => interactionRun(browser, options), 300_000, 'interaction run');
  await once();
  const runs = [];
  for (let r = 0; r < options.runs; r++) runs.push(await once());
  return { clicksPerRun: options.clicksPerRun, ...interactionSummary(runs) };
}

/** Pooled median and min–max over `runs` (results of interactionRun), and each run's medians. */
export function interactionSummary(runs) {
  return {
    clickToNextFrameMs: summary(runs.flatMap((x) => x.frames)),
    clickToStoredMs: summary(runs.flatMap((x) => x.stored)),
    // Siap Cerdas: its storage worker's transaction, creation → complete (not CPU-throttled).
    ...(runs.some((x) => x.workerTx?.length) && { workerTransactionMs: summary(runs.flatMap((x) => x.workerTx ?? [])) }),
    dimensionSwitchMs: summary(runs.flatMap((x) => x.switches)),
    perRunMedians: runs.map((x) => ({ frame: +median(x.frames).toFixed(1), stored: +median(x.stored).toFixed(1), switch: +median(x.switches).toFixed(1) })),
  };
}
