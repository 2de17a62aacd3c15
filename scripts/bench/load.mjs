/* global window */
// Load scenario: one fresh browser profile per run opens the questionnaire of a stored draft (the
// SurveyJS peer: its first page, with `--peer`; apps.mjs).
//   cold: empty HTTP cache, no service worker yet (a first visit over the network);
//   warm: the same profile again, OFFLINE, served by the service worker the cold visit installed
//         (Siap Cerdas only: the peer has no service worker).
// Both are timed from navigation start to the end of the frame that first shows a question (the
// question entered the DOM, then requestAnimationFrame + a 0 ms timeout: the main thread has
// styled, laid out and painted it; LCP, usually that question's text, is when the compositor
// presented it). FCP, LCP, total blocking time and the JS heap (after a forced garbage
// collection) come from the cold load. Definitions: docs/performance.md.
import { mb, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { OURS } from './apps.mjs';
import { isQuiet } from './probes.mjs';

/** The load window ends when no long task ran for this long after the first question was painted. */
const QUIET_MS = 1000;
const BLOCKING_MS = 50;

/**
 * Total blocking time: Σ (duration − 50 ms) over long tasks, counting only the part of a task
 * after `from` (Lighthouse clips at FCP), up to `to`.
 */
export function totalBlockingTime(longTasks, from, to) {
  let total = 0;
  for (const t of longTasks) {
    const start = Math.max(t.start, from);
    const end = Math.min(t.start + t.duration, to);
    if (end - start > BLOCKING_MS) total += end - start - BLOCKING_MS;
  }
  return total;
}

/** Navigates (CPU throttled) to the questionnaire; returns the timings of that page load. */
async function timedLoad(page, cdp, url, throttle) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(isQuiet, ['firstQuestion', QUIET_MS], { timeout: 60_000, polling: 100 });
  const b = await page.evaluate(() => {
    const { fcp, lcp, longTasks, seen } = window.__bench;
    return { fcp, lcp, longTasks, firstQuestion: seen.firstQuestion, now: performance.now() };
  });
  await cdp.send('Performance.enable');
  const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  const heapBeforeGc = await heap();
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGc = await heap();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const end = b.now - QUIET_MS;
  return {
    firstQuestion: b.firstQuestion, fcp: b.fcp, lcp: b.lcp,
    tbt: b.fcp === null ? null : totalBlockingTime(b.longTasks, b.fcp, end),
    tbtFromNavigation: totalBlockingTime(b.longTasks, 0, end),
    longTasks: b.longTasks.length,
    heap: heapAfterGc,
    heapBeforeGc,
  };
}

/**
 * One run in a fresh browser context: the cold load, then (for an app with a service worker) the
 * warm offline load. `options.app` (default Siap Cerdas), `options.device` (context options, e.g.
 * the phone profile; default the desktop viewport).
 */
export async function loadRun(browser, { base, throttle, app = OURS, device = { viewport: VIEWPORT } }) {
  const context = await browser.newContext({ ...device, serviceWorkers: 'allow', locale: 'id-ID' });
  try {
    await app.initScripts(context, { firstQuestion: app.firstQuestion });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const url = await app.prepareLoad(page, cdp, base);
    const cold = await timedLoad(page, cdp, url, throttle);
    if (!app.warmLoad) return { cold };
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    await context.setOffline(true);
    await page.goto(`${base}robots.txt`);
    const warm = await timedLoad(page, cdp, url, throttle);
    const servedBySw = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!servedBySw) throw new Error('warm load was not served by the service worker');
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/** Warm-up run, then `runs` measured runs, each in a fresh browser context. */
export async function loadScenario(browser, options) {
  const once = () => withDeadline(() => loadRun(browser, options), 180_000, 'load run');
  await once();
  const runs = [];
  for (let r = 0; r < options.runs; r++) runs.push(await once());
  return loadSummary(runs);
}

/** Median and min–max of each figure over `runs` (results of loadRun). */
export function loadSummary(runs) {
  const pick = (phase, key) => summary(runs.map((x) => x[phase]?.[key]));
  return {
    coldFirstQuestionMs: pick('cold', 'firstQuestion'),
    warmFirstQuestionMs: pick('warm', 'firstQuestion'),
    coldFcpMs: pick('cold', 'fcp'),
    coldLcpMs: pick('cold', 'lcp'),
    coldTbtMs: pick('cold', 'tbt'),
    coldTbtFromNavigationMs: pick('cold', 'tbtFromNavigation'),
    warmFcpMs: pick('warm', 'fcp'),
    warmTbtMs: pick('warm', 'tbt'),
    heapAfterLoadMB: summary(runs.map((x) => x.cold.heap).filter((h) => h !== null).map(mb)),
    heapAfterLoadBeforeGcMB: summary(runs.map((x) => x.cold.heapBeforeGc).filter((h) => h !== null).map(mb)),
    perRun: runs.map((x) => ({ cold: round(x.cold), ...(x.warm && { warm: round(x.warm) }) })),
  };
}

const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? +v.toFixed(1) : v]));
