// Slow-link scenario: a first visit over an emulated slow mobile link (CDP network emulation:
// 1.6 Mbps down, 750 kbps up, 150 ms round trip; CPU throttled as the other scenarios), each run in
// a fresh browser context (empty HTTP cache, no service worker). Two figures per run:
//   homeUsable   navigation start → the home page's "new assessment" link shown (the first screen works);
//   offlineReady navigation start → the service worker is active, i.e. Workbox finished precaching
//                every file of the build (its install step waits for the whole precache), so the
//                app now works without a connection.
// With `--peer`, the SurveyJS peer on the same link: navigation start → its first question shown.
import { summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { OURS } from './apps.mjs';

export const SLOW_LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** One first visit; `app` (default Siap Cerdas) as in loadRun. */
export async function slowLinkRun(browser, { base, throttle, app = OURS }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow', locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_LINK });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${base}${app === OURS ? '#/' : ''}`, { waitUntil: 'commit' });
    if (app !== OURS) {
      await page.locator(app.firstQuestion).waitFor({ timeout: 60_000 });
      return { firstQuestion: await page.evaluate(() => performance.now()) };
    }
    await page.locator('a[href="#/baru"]').first().waitFor({ timeout: 60_000 });
    const homeUsable = await page.evaluate(() => performance.now());
    const offlineReady = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return performance.now();
    });
    return { homeUsable, offlineReady };
  } finally {
    await context.close();
  }
}

/** Warm-up plus `runs` runs; median and min–max of both figures. */
export async function slowLinkScenario(browser, options) {
  await withDeadline(() => slowLinkRun(browser, options), 120_000, 'slow link warm-up');
  const runs = [];
  for (let i = 0; i < options.runs; i += 1) runs.push(await withDeadline(() => slowLinkRun(browser, options), 120_000, 'slow link'));
  return slowLinkSummary(runs);
}

/** Median and min–max of each figure over `runs` (results of slowLinkRun). */
export function slowLinkSummary(runs) {
  return {
    link: SLOW_LINK,
    homeUsable: summary(runs.map((r) => r.homeUsable)),
    offlineReady: summary(runs.map((r) => r.offlineReady)),
    firstQuestion: summary(runs.map((r) => r.firstQuestion)),
    runs,
  };
}
