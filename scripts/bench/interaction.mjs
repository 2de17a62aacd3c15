/* global window */
// Interaction scenario, one fresh browser context per run (service worker blocked):
//   click:  a new assessment is created through the form; then, CPU throttled, `clicks` clicks on
//           rubric levels of GOV.1's four questions: click → next frame, click → answer stored;
//   switch: for each dimension's last element (GOV.3 … SOC.3), a click on "Berikutnya" → the next
//           dimension's first question shown (the frame after it entered the DOM; GOV.3 → BRD.1, …).
import { median, summary, VIEWPORT, withDeadline } from '../bench-lib.mjs';
import { installProbes } from './probes.mjs';

const QUESTIONS = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4'];
const SWITCHES = [['GOV.3', 'BRD.1.1'], ['BRD.3', 'ECO.1.1'], ['ECO.3', 'LIV.1.1'], ['LIV.3', 'SOC.1.1'], ['SOC.3', 'ENV.1.1']];

async function createAssessment(page, base) {
  await page.goto(`${base}#/baru`);
  await page.getByLabel('Cari kabupaten/kota').fill('kota cirebon');
  await page.getByRole('radio', { name: /^Kota Cirebon/ }).check();
  await page.getByRole('button', { name: 'Mulai penilaian' }).click();
  await page.locator('article[data-indicator="GOV.1.1"] h3').waitFor();
  await page.locator('[data-testid="read-only-banner"]').waitFor({ state: 'detached' });
}

async function clicks(page, count) {
  await page.evaluate(() => Object.assign(window.__bench, { clicks: [], frames: [], stored: [] }));
  for (let i = 0; i < count; i++) {
    const id = QUESTIONS[i % QUESTIONS.length];
    await page.locator(`article[data-indicator="${id}"] input[value="${(i * 7) % 6}"]`).click();
    await page.locator(`article[data-indicator="${id}"] [data-save-status="saved"]`).waitFor();
    await page.waitForFunction((n) => window.__bench.stored.length >= n && window.__bench.frames.length >= n, i + 1);
  }
  return page.evaluate(() => ({ frames: window.__bench.frames, stored: window.__bench.stored }));
}

async function switches(page) {
  const times = [];
  for (const [from, firstOfNext] of SWITCHES) {
    const hash = await page.evaluate(() => window.location.hash);
    await page.evaluate((h) => { window.location.hash = h; }, hash.replace(/[^/]+$/, from));
    await page.locator(`article[data-indicator="${from}.1"] h3`).waitFor();
    await page.evaluate((sel) => { window.__bench.clicks = []; window.__bench.watch('switch', sel); }, `article[data-indicator="${firstOfNext}"] h3`);
    await page.locator('.q-pager a.btn-primary').click();
    await page.waitForFunction(() => window.__bench.seen.switch !== undefined, undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__bench.seen.switch - window.__bench.clicks[0]));
  }
  return times;
}

async function interactionRun(browser, { base, throttle, clicksPerRun }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', locale: 'id-ID' });
  await context.addInitScript(installProbes, {});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await createAssessment(page, base);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const c = await clicks(page, clicksPerRun);
  const s = await switches(page);
  await context.close();
  return { ...c, switches: s };
}

/** Warm-up run, then `runs` measured runs; click figures pool all clicks of all runs. */
export async function interactionScenario(browser, options) {
  const once = () => withDeadline(() => interactionRun(browser, options), 300_000, 'interaction run');
  await once();
  const runs = [];
  for (let r = 0; r < options.runs; r++) runs.push(await once());
  return {
    clicksPerRun: options.clicksPerRun,
    clickToNextFrameMs: summary(runs.flatMap((x) => x.frames)),
    clickToStoredMs: summary(runs.flatMap((x) => x.stored)),
    dimensionSwitchMs: summary(runs.flatMap((x) => x.switches)),
    perRunMedians: runs.map((x) => ({ frame: +median(x.frames).toFixed(1), stored: +median(x.stored).toFixed(1), switch: +median(x.switches).toFixed(1) })),
  };
}
