import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { BackupPanelModel } from './page-models/data-page';
import { HomePageModel } from './page-models/home-page';
import { NewAssessmentModel } from './page-models/new-assessment-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';

/**
 * A power cut or crash: the browser process is killed (SIGKILL) right after "Tersimpan", with a
 * persistent profile, and started again on the same profile. And a database the browser threw
 * away: the app says so on home, with the way to restore the latest backup.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const INDICATORS = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3'] as const;

function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, baseURL, locale: 'id-ID', acceptDownloads: true });
}

/** The browser's main process for this profile (the one without `--type=`), found in /proc. */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

test.describe('crash and lost database', () => {
  let profile = '';
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'siap-cerdas-profile-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('killing the browser right after "Tersimpan" loses no answer shown as saved (20 rounds)', async ({ baseURL: base }) => {
    test.setTimeout(240_000);
    const baseURL = String(base);
    let context = await launch(profile, baseURL);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await new NewAssessmentModel(page).create('kota cirebon', /^Kota Cirebon/, 2026);
    const url = page.url();
    await context.close();

    let expected = new Map<string, number>();
    for (let round = 0; round < 20; round++) {
      context = await launch(profile, baseURL);
      page = context.pages()[0] ?? (await context.newPage());
      const q = new QuestionnaireModel(page);
      await page.goto(url);
      // Then every answer shown as saved before the last kill is there
      for (const [id, level] of expected) await expect(q.level(id, level), `round ${round}: ${id}`).toBeChecked();
      // When three answers change and the last one shows "Tersimpan"
      const next = new Map(INDICATORS.map((id, k) => [id, (round + k + 1) % 6] as const));
      for (const [id, level] of next) await q.level(id, level).check();
      await q.expectSaved(INDICATORS[INDICATORS.length - 1] ?? 'GOV.1.3');
      const shownSaved = await page.evaluate(() =>
        [...document.querySelectorAll('article[data-indicator]')]
          .filter((card) => card.querySelector('[data-save-status="saved"]') !== null)
          .map((card) => card.getAttribute('data-indicator') ?? ''),
      );
      // And the browser is killed at once, as in a power cut
      process.kill(browserPid(profile), 'SIGKILL');
      await context.close().catch(() => undefined);
      expected = new Map([...expected, ...[...next].filter(([id]) => shownSaved.includes(id))]);
    }
    context = await launch(profile, baseURL);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    for (const [id, level] of expected) await expect(new QuestionnaireModel(page).level(id, level)).toBeChecked();
    await context.close();
  });

  test('a database deleted behind the app’s back is reported on home, with the backup to restore', async ({ baseURL: base }) => {
    const baseURL = String(base);
    let context = await launch(profile, baseURL);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await new NewAssessmentModel(page).create('kota cirebon', /^Kota Cirebon/, 2026);
    await new QuestionnaireModel(page).answer('GOV.1.1', 3);
    const home = new HomePageModel(page);
    await home.goto();
    await new BackupPanelModel(page).backupNow();
    await context.close();

    // The browser discards the database while the app is closed (as Chromium does with a corrupt one)
    context = await launch(profile, baseURL);
    page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./robots.txt');
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('siap-cerdas');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(new Error(String(request.error)));
    }));
    await page.goto('./');

    // Then home says what happened, that the browser did it, and how to restore the dated backup
    const notice = page.getByRole('alert').filter({ hasText: 'Data penilaian di browser ini hilang' });
    await expect(notice).toContainText('Perangkat ini sebelumnya menyimpan 1 penilaian');
    await expect(notice).toContainText('Browser yang menghapusnya');
    await expect(notice).toContainText(/Pulihkan dari cadangan terakhir Anda, dibuat \d/);
    await expect(page.getByText('Belum ada penilaian di perangkat ini.')).toHaveCount(0);
    await expect(notice.getByRole('link', { name: 'Pulihkan dari cadangan' })).toHaveAttribute('href', '#/data');

    // When the user acknowledges it, it is gone, also after a reload
    await notice.getByRole('button', { name: 'Saya mengerti, tutup pesan ini' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('Belum ada penilaian di perangkat ini.')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'hilang' })).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
