/* global window */
// The two apps the browser scenarios measure with the same probes (probes.mjs): Siap Cerdas and,
// with `--peer`, the SurveyJS peer (peer.mjs). Each says where its questionnaire starts, which
// element is its first question, how a level is answered and shown as chosen, and how to go to the
// next dimension (the peer: its next page; one page per dimension).
import { installProbes, installLocalStorageProbe, seedDatabaseV1 } from './probes.mjs';

const LOAD_ID = 'bench-load';
const SWITCHES = [['GOV.3', 'BRD.1.1'], ['BRD.3', 'ECO.1.1'], ['ECO.3', 'LIV.1.1'], ['LIV.3', 'SOC.1.1'], ['SOC.3', 'ENV.1.1']];

/** Clicks (or taps) `control`, returns ms from that click to the frame that first shows `selector`. */
async function timeSwitch(page, control, selector, tap) {
  await page.evaluate((sel) => { window.__bench.clicks = []; window.__bench.watch('switch', sel); }, selector);
  await (tap ? page.locator(control).tap() : page.locator(control).click());
  await page.waitForFunction(() => window.__bench.seen.switch !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => window.__bench.seen.switch - window.__bench.clicks[0]);
}

export const OURS = {
  name: 'Siap Cerdas',
  firstQuestion: 'article[data-indicator] h3',
  /** The offline (service worker) reload after the cold load is measured too. */
  warmLoad: true,
  questions: ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4'],
  async initScripts(context, watches) {
    await context.addInitScript(installProbes, watches);
  },
  /**
   * Stores a draft, lets the app open (and upgrade) its database once, then forgets everything
   * but IndexedDB (service worker, Cache Storage, HTTP cache): the cold load is then a first
   * visit to the questionnaire that times the app, not a one-time database upgrade.
   */
  async prepareLoad(page, cdp, base) {
    await page.goto(`${base}robots.txt`);
    await page.evaluate(seedDatabaseV1, [{ id: LOAD_ID, regionCode: '32.74', status: 'draft', levels: {} }]);
    await page.goto(`${base}#/`);
    await page.locator('a[aria-label^="Buka penilaian"]').first().waitFor({ timeout: 60_000 });
    // Let that visit's service worker finish precaching, or its requests would overlap the cold load.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    await page.goto(`${base}robots.txt`);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'service_workers,cache_storage' });
    await cdp.send('Network.clearBrowserCache');
    return `${base}#/penilaian/${LOAD_ID}/GOV.1`;
  },
  /** A new assessment created through the form, its first question shown and writable. */
  async openQuestionnaire(page, base) {
    await page.goto(`${base}#/baru`);
    await page.getByLabel('Cari kabupaten/kota').fill('kota cirebon');
    await page.getByRole('radio', { name: /^Kota Cirebon/ }).check();
    await page.getByRole('button', { name: 'Mulai penilaian' }).click();
    await page.locator('article[data-indicator="GOV.1.1"] h3').waitFor();
    await page.locator('[data-testid="read-only-banner"]').waitFor({ state: 'detached' });
  },
  /** Chooses `level` on `id`; resolves once the app shows "Tersimpan" (IndexedDB confirmed). */
  async answer(page, id, level, tap) {
    const input = page.locator(`article[data-indicator="${id}"] input[value="${level}"]`);
    await (tap ? input.tap() : input.click());
    await page.locator(`article[data-indicator="${id}"] [data-save-status="saved"]`).waitFor();
  },
  /** For each dimension's last element (GOV.3 … SOC.3): "Berikutnya" → the next dimension's first question. */
  async switches(page, tap) {
    const times = [];
    for (const [from, firstOfNext] of SWITCHES) {
      const hash = await page.evaluate(() => window.location.hash);
      await page.evaluate((h) => { window.location.hash = h; }, hash.replace(/[^/]+$/, from));
      await page.locator(`article[data-indicator="${from}.1"] h3`).waitFor();
      times.push(await timeSwitch(page, '.q-pager a.btn-primary', `article[data-indicator="${firstOfNext}"] h3`, tap));
    }
    return times;
  },
};

const PEER_KEY = 'peer-surveyjs:smart-city-maturity:v1';
const peerQuestion = (id) => `[data-name="${id}"] [role="radiogroup"]`;

export const PEER = {
  name: 'SurveyJS peer',
  firstQuestion: peerQuestion('GOV.1.1'),
  warmLoad: false,
  questions: OURS.questions,
  async initScripts(context, watches) {
    await context.addInitScript(installProbes, watches);
    await context.addInitScript(installLocalStorageProbe, PEER_KEY);
  },
  /** Nothing to store: the peer starts empty on its first page (GOV). */
  async prepareLoad(page, cdp, base) {
    return base;
  },
  async openQuestionnaire(page, base) {
    await page.goto(base);
    await page.locator(peerQuestion('GOV.1.1')).waitFor();
  },
  /** Chooses `level` on `id`; resolves once the peer shows it as chosen (its localStorage write is synchronous). */
  async answer(page, id, level, tap) {
    const label = page.locator(`[data-name="${id}"] label:has(input[value="${level}"])`);
    await (tap ? label.tap() : label.click());
    await page.locator(`[data-name="${id}"] .sd-item--checked:has(input[value="${level}"])`).waitFor();
  },
  /** "Berikutnya" (its next page) five times: GOV → BRD → … → ENV, each to that page's first question. */
  async switches(page, tap) {
    const times = [];
    for (const [, firstOfNext] of SWITCHES) times.push(await timeSwitch(page, '.sd-navigation__next-btn', peerQuestion(firstOfNext), tap));
    return times;
  },
};
