import { expect, test } from './fixtures';
import { AppShellModel } from './page-models/app-shell';
import { QuestionnaireModel } from './page-models/questionnaire-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';
import { StorageWorkerModel } from './page-models/storage-worker';

declare global {
  interface Window {
    /** Counts calls of `navigator.storage.persist()` (the real one still runs). */
    __persistCalls?: number;
  }
}

const INDICATORS = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4'] as const;
const QUOTA_TEXT = 'Ruang penyimpanan perangkat penuh, jadi perubahan terakhir BELUM tersimpan.';
const UNAVAILABLE_TEXT = 'Penyimpanan browser tidak tersedia';
const TOO_NEW_TEXT = 'Data ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi untuk membukanya; data tidak diubah.';

interface ShownAnswer {
  readonly id: string;
  readonly level: string | null;
  readonly isShownSaved: boolean;
}

/** What each card shows right now: the checked level and whether it says "Tersimpan". */
function readCards(): ShownAnswer[] {
  return [...document.querySelectorAll('article[data-indicator]')].map((card) => ({
    id: card.getAttribute('data-indicator') ?? '',
    level: card.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null,
    isShownSaved: card.querySelector('[data-save-status="saved"]') !== null,
  }));
}

test.describe('durable answers', () => {
  test('closing the page right after quick answers loses none shown as saved (20 times)', async ({
    page, context, newAssessment, questionnaire,
  }) => {
    test.setTimeout(180_000);
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    const url = page.url();
    const assessmentId = questionnaire.assessmentId();
    const raw = new RawIndexedDb(page);
    await raw.openQuietPage();
    const stored = new Map<string, string>();
    let checkedShownSaved = 0;

    for (let round = 0; round < 20; round++) {
      // Given a fresh tab on the questionnaire
      const tab = await context.newPage();
      const q = new QuestionnaireModel(tab);
      await tab.goto(url);
      await q.expectEditable('GOV.1.1');
      // When four answers are changed in quick succession (by Playwright, or as one burst in the page)
      const levels = INDICATORS.map((_, k) => String((round + k) % 6));
      let shown: ShownAnswer[];
      if (round % 2 === 0) {
        for (const [k, id] of INDICATORS.entries()) await q.level(id, Number(levels[k])).check();
        shown = await tab.evaluate(readCards);
      } else {
        shown = await tab.evaluate(async ([wanted, waitMs]) => {
          document.querySelectorAll('article[data-indicator]').forEach((card, k) => {
            card.querySelector<HTMLInputElement>(`input[type="radio"][value="${wanted[k]}"]`)?.click();
          });
          await new Promise((resolve) => setTimeout(resolve, waitMs));
          return [...document.querySelectorAll('article[data-indicator]')].map((card) => ({
            id: card.getAttribute('data-indicator') ?? '',
            level: card.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null,
            isShownSaved: card.querySelector('[data-save-status="saved"]') !== null,
          }));
        }, [levels, round % 5] as const);
      }
      // And the tab is closed at once
      await tab.close();

      // Then every answer it showed as saved is stored; the others are stored with the old or new value
      const answers = (await raw.getAll('answers')).filter((a) => a['assessmentId'] === assessmentId);
      const storedNow = new Map(answers.map((a) => [String(a['indicatorId']), String(a['level'])]));
      for (const [k, card] of shown.entries()) {
        if (card.isShownSaved) {
          checkedShownSaved += 1;
          expect(storedNow.get(card.id), `round ${round}: ${card.id} was shown as saved`).toBe(card.level);
        } else {
          expect([stored.get(card.id), levels[k]], `round ${round}: ${card.id}`).toContain(storedNow.get(card.id));
        }
      }
      for (const [id, level] of storedNow) stored.set(id, level);
    }
    expect(checkedShownSaved).toBeGreaterThan(20);
  });

  test('a full disk shows its message; nothing claims "saved"; a retry after freeing space stores the answer', async ({
    page, newAssessment, questionnaire,
  }) => {
    // Answers are written by the storage worker: the full disk is simulated there.
    const storage = new StorageWorkerModel(page);
    const shell = new AppShellModel(page);
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    const assessmentId = questionnaire.assessmentId();
    await questionnaire.answer('GOV.1.1', 3);

    // When the disk is full
    await storage.failWrites(true);
    await questionnaire.level('GOV.1.2', 4).check();

    // Then the message says what happened and what to do, and nothing shows "saved"
    await expect(shell.storageErrorBanner()).toContainText(QUOTA_TEXT);
    await expect(questionnaire.card('GOV.1.2')).toContainText('Gagal disimpan');
    await expect(questionnaire.card('GOV.1.2').locator('[data-save-status="saved"]')).toHaveCount(0);
    await expect(page.getByTestId('save-summary')).toHaveText('Ada jawaban yang gagal disimpan');
    const raw = new RawIndexedDb(page);
    const storedIds = (await raw.getAll('answers')).filter((a) => a['assessmentId'] === assessmentId).map((a) => a['indicatorId']);
    expect(storedIds).toEqual(['GOV.1.1']);

    // When space is freed and the user retries
    await storage.failWrites(false);
    await questionnaire.card('GOV.1.2').getByRole('button', { name: 'Coba simpan lagi' }).click();
    await questionnaire.expectSaved('GOV.1.2');

    // Then both answers survive a reload
    await page.reload();
    await expect(questionnaire.level('GOV.1.1', 3)).toBeChecked();
    await expect(questionnaire.level('GOV.1.2', 4)).toBeChecked();
  });

  test('without IndexedDB (e.g. storage disabled) the home screen says so instead of loading forever', async ({
    page, context, home, newAssessment,
  }) => {
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const shell = new AppShellModel(page);
    await home.goto();
    await expect(shell.storageErrorBanner()).toContainText(UNAVAILABLE_TEXT);
    await expect(page.getByText('Daftar penilaian tidak dapat dimuat.')).toBeVisible();

    await newAssessment.goto();
    await newAssessment.chooseRegion('kota cirebon', /^Kota Cirebon/);
    await newAssessment.fillPeriod('2026');
    await newAssessment.submit();
    await expect(shell.storageErrorBanner()).toContainText(UNAVAILABLE_TEXT);
    await expect(page).toHaveURL(/#\/baru/);
  });

  test('an IndexedDB that never opens is reported after the deadline', async ({ page, context, home }) => {
    await page.clock.install();
    await context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory) {
        // A real request whose events never reach idb: the open stays pending, as in wedged profiles.
        const request = open.call(this, 'never-opens');
        request.addEventListener = () => undefined;
        return request;
      };
    });
    const shell = new AppShellModel(page);
    await home.goto();
    await expect(shell.storageErrorBanner()).toHaveCount(0);

    await page.clock.runFor(10_000);

    await expect(shell.storageErrorBanner()).toContainText(UNAVAILABLE_TEXT);
    await expect(page.getByText('Daftar penilaian tidak dapat dimuat.')).toBeVisible();
  });
});

test.describe('records from a newer app version', () => {
  test('are refused with a clear message and never overwritten', async ({ page, newAssessment, questionnaire, home, results }) => {
    // Given an assessment of this version, and records a newer version of the app wrote directly into IndexedDB
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await questionnaire.answer('GOV.1.1', 3);
    const currentId = questionnaire.assessmentId();
    const futureAssessment = {
      id: 'future-1', regionCode: '32.73', period: 2031, instrumentVersion: 'gmsc-2031.1', weightProfileId: 'equal',
      status: 'draft', createdAt: '2031-01-01T00:00:00.000Z', updatedAt: '2031-01-02T00:00:00.000Z',
      schemaVersion: 99, dashboards: [{ id: 'd1' }],
    };
    const futureAnswer = {
      assessmentId: currentId, indicatorId: 'GOV.1.2', level: 4, evidence: [], schemaVersion: 7, confidence: 0.9,
    };
    const raw = new RawIndexedDb(page);
    await raw.put('assessments', [futureAssessment]);
    await raw.put('answers', [futureAnswer]);
    const shell = new AppShellModel(page);

    // When the newer assessment is opened, it is refused with the message
    await page.goto('./#/penilaian/future-1/GOV.1');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOO_NEW_TEXT);
    await expect(shell.storageErrorBanner()).toContainText(TOO_NEW_TEXT);

    // And the assessment holding a newer answer is refused too (not shown with that answer missing)
    await page.goto(`./#/penilaian/${currentId}/GOV.1`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOO_NEW_TEXT);
    await expect(questionnaire.levelGroup('GOV.1.1')).toHaveCount(0);

    // And home and results say why they cannot show the data
    await home.goto();
    await page.reload();
    await expect(shell.storageErrorBanner()).toContainText(TOO_NEW_TEXT);
    await results.goto(currentId);
    await page.reload();
    await expect(shell.storageErrorBanner()).toContainText(TOO_NEW_TEXT);

    // Then nothing was changed on disk
    const assessments = await raw.getAll('assessments');
    const answers = await raw.getAll('answers');
    expect(assessments.find((a) => a['id'] === 'future-1')).toEqual(futureAssessment);
    expect(answers.find((a) => a['indicatorId'] === 'GOV.1.2')).toEqual(futureAnswer);
    expect(answers.find((a) => a['indicatorId'] === 'GOV.1.1')).toMatchObject({ level: 3, schemaVersion: 1 });
  });
});

test.describe('persistent storage', () => {
  test('is requested after the first saved answer; the panel shows usage and, when denied, what to do', async ({
    page, context, home, newAssessment, questionnaire,
  }) => {
    await context.addInitScript(() => {
      const persist = StorageManager.prototype.persist;
      window.__persistCalls = 0;
      StorageManager.prototype.persist = function (this: StorageManager) {
        window.__persistCalls = (window.__persistCalls ?? 0) + 1;
        return persist.call(this);
      };
    });
    const shell = new AppShellModel(page);
    const persistCalls = () => page.evaluate(() => window.__persistCalls);

    // Given a first visit: nothing asked yet
    await home.goto();
    await shell.expectPersistence('notAsked');
    await expect(shell.storagePanel()).toContainText('Izin penyimpanan permanen diminta setelah jawaban pertama tersimpan.');

    // When the first answer is stored, the browser is asked once
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    expect(await persistCalls()).toBe(0);
    await questionnaire.answer('GOV.1.1', 3);
    await expect.poll(persistCalls).toBe(1);
    await questionnaire.answer('GOV.1.2', 2);
    expect(await persistCalls()).toBe(1);

    // Then (a private Playwright context never grants it) the panel explains what to do
    await home.goto();
    await shell.expectPersistence('denied');
    const panel = shell.storagePanel();
    await expect(panel).toContainText('Browser belum mengizinkan penyimpanan permanen.');
    await expect(panel.getByRole('listitem')).toHaveText([/^Pasang aplikasi ini/, /^Jangan memakai jendela penyamaran/, /^Di laptop bersama/, /^Unduh cadangan/]);
    await expect(panel.getByTestId('storage-usage')).toHaveText(/^Terpakai \d+(,\d)? (kB|MB) dari sekitar \d+(,\d)? (MB|GB) /);
    await panel.getByRole('button', { name: 'Minta izin lagi' }).click();
    await expect.poll(persistCalls).toBe(2);
  });

  test('shows persistent storage as active when the browser grants it', async ({ playwright, launchOptions, baseURL }, testInfo) => {
    // A regular (non-incognito) profile, where Chromium can grant durable storage.
    const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      ...launchOptions, ...(baseURL ? { baseURL } : {}), locale: 'id-ID',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('./#/');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Browser.grantPermissions', { permissions: ['durableStorage'], origin: new URL(baseURL ?? '').origin });
      await page.goto('./#/baru');
      await page.getByLabel('Cari kabupaten/kota').fill('kota cirebon');
      await page.getByRole('radio', { name: /^Kota Cirebon/ }).check();
      await page.getByRole('button', { name: 'Mulai penilaian' }).click();
      const q = new QuestionnaireModel(page);
      await q.answer('GOV.1.1', 3);
      await page.getByRole('link', { name: 'Beranda' }).click();
      await new AppShellModel(page).expectPersistence('granted');
      await expect(page.getByText('Penyimpanan permanen aktif')).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
