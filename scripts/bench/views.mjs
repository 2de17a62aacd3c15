/* global window */
// Views of a complete assessment (all 72 questions answered), one fresh browser context per run
// (service worker blocked, so each lazy chunk comes over the network once), CPU throttled:
//   results: on the questionnaire, click "Lihat hasil" → the results radar chart painted;
//   print:   on the results, click "Laporan untuk dicetak" → the report's sheets and radar painted.
// Both include fetching and running the route's lazy chunks (Recharts, report).
import { INDICATOR_IDS, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { installProbes, seedDatabaseV1 } from './probes.mjs';

const ID = 'bench-complete';
const LEVELS = Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, (i * 5) % 6]));

/** Clicks `link` and returns ms from the click to the frame in which `selector` matched. */
async function timeClick(page, link, selector) {
  await page.evaluate((sel) => { window.__bench.clicks = []; window.__bench.watch('view', sel); }, selector);
  await page.locator(link).click();
  await page.waitForFunction(() => window.__bench.seen.view !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.seen.view - window.__bench.clicks[0]);
}

async function viewsRun(browser, { base, throttle }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', locale: 'id-ID' });
  await context.addInitScript(installProbes, {});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}robots.txt`);
  await page.evaluate(seedDatabaseV1, [{ id: ID, regionCode: '32.74', status: 'draft', levels: LEVELS }]);
  await page.goto(`${base}#/penilaian/${ID}/GOV.1`);
  await page.locator('article[data-indicator="GOV.1.1"] h3').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const results = await timeClick(page, '.q-header a[href$="/hasil"]', 'main figure svg.recharts-surface');
  const print = await timeClick(page, 'main a[href$="/laporan"]', '.report-screen .report-sheet svg.recharts-surface');
  await context.close();
  return { results, print };
}

/** Warm-up run, then `runs` measured runs. */
export async function viewsScenario(browser, options) {
  const once = () => withDeadline(() => viewsRun(browser, options), 180_000, 'views run');
  await once();
  const runs = [];
  for (let r = 0; r < options.runs; r++) runs.push(await once());
  return {
    resultsViewMs: summary(runs.map((x) => x.results)),
    printRouteMs: summary(runs.map((x) => x.print)),
  };
}
