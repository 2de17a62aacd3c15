import type { Browser, Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { BenchmarkPageModel } from './page-models/benchmark-page';
import type { SeedAssessment } from './page-models/benchmark-page';
import { LayoutProbe } from './page-models/layout-probe';
import { NewAssessmentModel } from './page-models/new-assessment-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';

/**
 * Every screen at the sizes people really use: two phones, a tablet upright and sideways (touch),
 * a laptop. One test per size walks every screen over the same seeded data, checking that nothing
 * scrolls sideways, that no text is cut inside its control, that axe is clean, and, on the
 * questionnaire, that the level options and "Berikutnya" are really on top where a finger lands.
 * A full-page screenshot of a screen is attached when one of its checks fails (of every screen with
 * RESPONSIVE_SHOTS=1, for a visual review). axe runs at 360 and 1366 px.
 */
interface Size { readonly width: number; readonly height: number; readonly touch: boolean; readonly phone: boolean }
const SIZES: readonly Size[] = [
  { width: 360, height: 740, touch: true, phone: true },
  { width: 390, height: 844, touch: true, phone: true },
  { width: 768, height: 1024, touch: true, phone: false },
  { width: 1024, height: 768, touch: true, phone: false },
  { width: 1366, height: 768, touch: false, phone: false },
];
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const SEEDS: readonly SeedAssessment[] = [
  { id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'final', updatedAt: at(10), levels: [3, 2, 3, 2, 4, 1] },
  { id: 'cirebon-2025', regionCode: '32.74', period: 2025, status: 'final', updatedAt: '2025-03-10T08:00:00.000Z', levels: [2, 2, 2, 1, 3, 1] },
];
const FOCUS = 'cirebon-2026';
const assessmentScreen = (path: string) => `./#/penilaian/${FOCUS}/${path}`;
/** The screens with seeded data, each with the h1 it shows once loaded. */
interface Screen {
  readonly name: string;
  readonly url: string;
  readonly heading: RegExp;
  readonly chart?: boolean;
  /** What a person does first so the screen shows its full content. */
  readonly prepare?: (page: Page) => Promise<void>;
}
const SCREENS: readonly Screen[] = [
  { name: 'home', url: './#/', heading: /Siap Cerdas|Penilaian/ },
  { name: 'results', url: assessmentScreen('hasil'), heading: /^Hasil penilaian Kota Cirebon 2026/, chart: true },
  { name: 'explanation', url: assessmentScreen('penjelasan'), heading: /^Cara skor dihitung/ },
  { name: 'whats-left', url: assessmentScreen('lengkapi'), heading: /^Yang perlu dilengkapi/ },
  { name: 'planning', url: assessmentScreen('rencana'), heading: /^Rencana: Kota Cirebon 2026/, prepare: createRoadmap },
  { name: 'opd', url: assessmentScreen('opd'), heading: /^Kolaborasi OPD/, prepare: assignGov1 },
  { name: 'actions', url: assessmentScreen('aksi'), heading: /^Rencana aksi: Kota Cirebon 2026/, prepare: addAction },
  // After 'actions': the action added there fills the per-OPD plan.
  { name: 'opd-action-plan', url: assessmentScreen('aksi-opd'), heading: /^Rencana aksi per OPD/ },
  { name: 'report', url: assessmentScreen('laporan'), heading: /^Laporan Kesiapan Smart City/, chart: true },
  { name: 'comparison', url: `./#/bandingkan?ids=${SEEDS.map((s) => s.id).join(',')}`, heading: /^Laporan Perbandingan/, chart: true },
  { name: 'data', url: './#/data', heading: /^Ekspor, impor, dan cadangan/ },
  { name: 'method', url: './#/metode', heading: /^Metode penilaian/ },
  { name: 'studi-banding', url: `./#/studi-banding?kami=${FOCUS}`, heading: /^Studi banding/ },
  { name: 'studi-banding-paket', url: `./#/studi-banding/paket?dari=${FOCUS}`, heading: /^Ekspor paket studi banding/ },
  { name: 'siapa-sudah-baik', url: `./#/studi-banding/siapa?elemen=GOV.1&kami=${FOCUS}`, heading: /^Siapa yang sudah baik di sini/ },
];

async function createRoadmap(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Buat peta jalan$/ }).click();
  await expect(page.locator('[data-plan-save="saved"]')).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
}

/** One action, so the timeline, the OPD's year, the coverage and progress tables all show. */
async function addAction(page: Page): Promise<void> {
  if ((await page.getByRole('table', { name: /^Linimasa aksi/ }).count()) > 0) return;
  await page.getByLabel('Nama program / kegiatan').fill('Perwal Sistem Pemerintahan Berbasis Elektronik');
  await page.getByLabel('OPD penanggung jawab').fill('Dinas Komunikasi dan Informatika');
  await page.getByLabel('Elemen yang ditingkatkan').selectOption('GOV.1');
  await page.getByRole('button', { name: 'Simpan aksi' }).click();
  await expect(page.locator('[data-plan-save="saved"]')).toBeVisible();
}

/** GOV.1 goes to one OPD; its per-indicator boxes (placeholder "sama dengan elemen: …") are opened. */
async function assignGov1(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /^OPD untuk GOV\.1 / }).fill('Dinas Komunikasi dan Informatika');
  await page.getByText(/^Atur per indikator \(GOV\.1\)$/).click();
  await expect(page.getByRole('combobox', { name: /^OPD untuk GOV\.1\.1 / })).toBeVisible();
}

/** Figures of one size, printed as one line so before/after runs can be compared. */
interface Figures {
  overflow: Record<string, number>;
  levelOptions?: { hit: number; total: number };
  clipped: Record<string, string[]>;
  cutLabels: Record<string, string[]>;
}

async function check(page: Page, testInfo: TestInfo, size: Size, screen: string, figures: Figures): Promise<void> {
  const probe = new LayoutProbe(page);
  const overflow = await probe.horizontalOverflow();
  figures.overflow[screen] = overflow;
  const clipped = await probe.clippedTextControls();
  if (clipped.length) figures.clipped[screen] = clipped.map((c) => `${c.control}: "${c.text}" ${c.textWidth}>${c.innerWidth}`);
  const cutLabels = await probe.cutChartLabels();
  if (cutLabels.length) figures.cutLabels[screen] = cutLabels;
  // axe at the narrowest and the widest size: its rules read the DOM and colours, which the
  // layout between them does not change (the phone menu is covered at 360 px).
  const axe = size.width === 360 || size.width === 1366 ? await axeViolations(page) : [];
  // A full-page screenshot costs about a second on a long page: taken when something is wrong, or
  // for every screen with RESPONSIVE_SHOTS=1 (for a visual review).
  if (process.env.RESPONSIVE_SHOTS === '1' || overflow > 0 || clipped.length || cutLabels.length || axe.length) {
    const shot = testInfo.outputPath(`${size.width}x${size.height}-${screen}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach(`${size.width}x${size.height}-${screen}`, { path: shot, contentType: 'image/png' });
  }
  expect.soft(overflow, `${screen} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
  expect.soft(clipped, `${screen}: text cut inside its control`).toEqual([]);
  expect.soft(cutLabels, `${screen}: chart labels past the chart's edge`).toEqual([]);
  expect.soft(axe, `${screen}: axe at ${size.width} px`).toEqual([]);
}

async function open(page: Page, url: string, heading: RegExp, chart = false): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  if (chart) await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
}

/**
 * The first element of a new questionnaire: every level option and "Berikutnya" must be the element
 * on top at its centre once scrolled to; then one finger answers the element and moves on.
 */
async function walkQuestionnaire(page: Page, size: Size, figures: Figures): Promise<void> {
  const probe = new LayoutProbe(page);
  const questionnaire = new QuestionnaireModel(page);
  await expect(questionnaire.elementHeading()).toHaveText(/GOV\.1 /);
  const cards = page.locator('article[data-indicator]');
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator') ?? ''));
  let hit = 0;
  let total = 0;
  const covered: string[] = [];
  for (const id of ids) {
    await questionnaire.card(id).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const options = questionnaire.levelGroup(id).locator('label');
    for (const option of await options.all()) {
      total++;
      if (await probe.isHitTestable(option)) hit++;
      else covered.push(`${id} ${await option.innerText()}`.replace(/\s+/g, ' ').slice(0, 40));
    }
  }
  const next = page.getByRole('link', { name: /^Elemen berikutnya:/ });
  const nextHit = await probe.isHitTestable(next);
  figures.levelOptions = { hit, total };
  expect.soft(covered, 'level options covered by something else').toEqual([]);
  expect.soft(nextHit, '"Berikutnya" is on top where it is tapped').toBe(true);
  if (size.touch) {
    const target = await probe.size(questionnaire.levelGroup(ids[0] ?? '').locator('label').nth(3));
    expect.soft(target.height, 'level option at least 44 px tall').toBeGreaterThanOrEqual(44);
    const n = await probe.size(next);
    expect.soft(Math.min(n.width, n.height), '"Berikutnya" at least 44×44').toBeGreaterThanOrEqual(44);
  }
  // One finger through the whole element: tap a level for every indicator, then "Berikutnya".
  const tap = (target: ReturnType<QuestionnaireModel['level']>) => (size.touch ? target.tap({ timeout: 10_000 }) : target.click({ timeout: 10_000 }));
  for (const [n, id] of ids.entries()) {
    await tap(questionnaire.level(id, (n % 5) + 1));
    await expect(questionnaire.level(id, (n % 5) + 1)).toBeChecked();
    await questionnaire.expectSaved(id);
  }
  await tap(next);
  await expect(questionnaire.elementHeading()).toHaveText(/GOV\.2 /);
  if (size.width >= 1000) return;
  // Narrower than the side column: the compact bar opens the full list in a drawer, which closes once
  // an element is picked.
  const openList = page.getByRole('button', { name: 'Semua elemen' });
  await tap(openList);
  const drawer = page.getByRole('dialog', { name: 'Dimensi dan elemen' });
  await tap(drawer.getByRole('link', { name: /^GOV\.3 / }));
  await expect(questionnaire.elementHeading()).toHaveText(/GOV\.3 /);
  await expect(drawer).toBeHidden();
}

/** On phones the header's links sit behind "Menu": open it, follow a link, and it is closed again. */
async function useHeaderMenu(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  await expect(nav.getByRole('link', { name: 'Metode' })).toBeHidden();
  await menu.tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Metode' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /^Metode penilaian/ })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Metode' })).toBeHidden();
}

async function walkAllScreens(browser: Browser, testInfo: TestInfo, size: Size): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.phone || size.width === 768,
    locale: 'id-ID', timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  const figures: Figures = { overflow: {}, clipped: {}, cutLabels: {} };
  try {
    await new BenchmarkPageModel(page).seed(SEEDS);
    if (size.phone) await useHeaderMenu(page);
    for (const s of SCREENS) {
      await open(page, s.url, s.heading, s.chart);
      await s.prepare?.(page);
      await check(page, testInfo, size, s.name, figures);
    }
    const bm = new BenchmarkPageModel(page);
    await bm.goto(FOCUS);
    await bm.loadDemo();
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await check(page, testInfo, size, 'benchmark', figures);

    const form = new NewAssessmentModel(page);
    await form.goto();
    await form.chooseRegion('kota bogor', /^Kota Bogor \(32\.71\)/);
    await form.fillPeriod('2026');
    await check(page, testInfo, size, 'new', figures);
    await form.submit();
    await expect(page.getByRole('heading', { level: 1, name: /^Kuesioner/ })).toBeVisible();
    await check(page, testInfo, size, 'questionnaire', figures);
    await walkQuestionnaire(page, size, figures);
  } finally {
    console.log(`[responsive] ${size.width}x${size.height} ${JSON.stringify(figures)}`);
    await testInfo.attach(`${size.width}x${size.height}-figures.json`, { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
    await context.close();
  }
}

test.describe('responsive layout', () => {
  for (const size of SIZES) {
    test(`${size.width}×${size.height}${size.touch ? ' touch' : ''}: every screen fits, stays tappable and readable`, async ({ browser }, testInfo) => {
      test.setTimeout(180_000);
      await walkAllScreens(browser, testInfo, size);
    });
  }
});
