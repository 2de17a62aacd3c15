import { expect, expectNoAxeViolations, test } from './fixtures';
import { DataPageModel } from './page-models/data-page';
import type { PlannedSeed } from './page-models/planning-page';
import { downloadOf, OpdPageModel, PlanningPageModel, resigned, seedFile } from './page-models/planning-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';

type L = 0 | 1 | 2 | 3 | 4 | 5;
const four = (l: L): [L, L, L, L] => [l, l, l, l];

/** Every element at `level`, except the overrides. */
function elements(level: L, overrides: Readonly<Record<string, [L, L, L, L]>> = {}): Record<string, [L, L, L, L]> {
  const ids = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].map((e) => `${d}.${e}`));
  return Object.fromEntries(ids.map((id) => [id, overrides[id] ?? four(level)]));
}

/**
 * Kota Cirebon 2026 (baseline). Hand-computed: GOV.1 = 3, GOV.2 = (2+2+2+3)/4 = 2.25, GOV.3 = 3 →
 * GOV = 2.75; ENV.2 = (1+1+1+2)/4 = 1.25; all other elements 2.
 * Quick wins (equal weights, next band at L + 0.5): GOV.2 needs Σ ≥ 10 from 9 → 1 step; ENV.2
 * needs Σ ≥ 6 from 5 → 1 step; GOV.1/GOV.3 need 14 from 12 and level-2 elements 10 from 8 → 2.
 */
const BASELINE: PlannedSeed = {
  id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: elements(2, { 'GOV.1': four(3), 'GOV.2': [2, 2, 2, 3], 'GOV.3': four(3), 'ENV.2': [1, 1, 1, 2] }),
};
/** Kota Cirebon 2028: GOV at 4, everything else at 2. */
const LATER: PlannedSeed = {
  id: 'cirebon-2028', regionCode: '32.74', period: 2028, status: 'final', updatedAt: '2026-11-02T08:00:00.000Z',
  elements: elements(2, { 'GOV.1': four(4), 'GOV.2': four(4), 'GOV.3': four(4) }),
};

test.use({ timezoneId: 'Asia/Jakarta' });

test('set targets, see the roadmap and gaps, achievement in a later period, quick wins, and the report', async ({ page }) => {
  const data = new DataPageModel(page);
  const plan = new PlanningPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('cirebon.json', [BASELINE, LATER]));

  await plan.goto(BASELINE.id);
  await page.getByRole('button', { name: /^(Buat peta jalan|Create the roadmap)$/ }).click();
  await plan.expectSaved();
  // Default: current level + 1 reached in yearly steps. GOV.1: 3 → 4 over 2027–2031.
  await expect(plan.target('GOV.1')).toHaveValue('4');
  await expect(plan.target('GOV.1', 2027)).toHaveValue('3,2');
  await expect(plan.target('GOV.1', 2031)).toHaveValue('4');

  // A final target of 5 re-interpolates: 3,4 · 3,8 · 4,2 · 4,6 · 5.
  await plan.target('GOV.1').fill('5');
  await expect(plan.target('GOV.1', 2028)).toHaveValue('3,8');
  await expect(plan.target('GOV.1', 2030)).toHaveValue('4,6');
  // A typed year switches the element to year-by-year entry.
  await plan.target('BRD.1', 2028).fill('3');
  await expect(page.getByRole('combobox', { name: /^(Cara mengisi|Entry) BRD\.1 / })).toHaveValue('yearly');
  await plan.expectSaved();
  // An invalid value is explained and changes nothing.
  await plan.target('BRD.1', 2029).fill('7');
  await plan.target('BRD.1', 2029).blur();
  await expect(page.getByText(/Isi angka 0–5 dengan paling banyak satu desimal/)).toBeVisible();

  // Dimension roadmap: GOV targets 2031 = (5 + 3 + 4)/3 = 4,00 against 2,75 today → gap +1,25.
  const gov = plan.dimensionRow('Smart Governance');
  await expect(gov.getByRole('cell').first()).toHaveText('2,75');
  await expect(gov.getByRole('cell').last()).toHaveText('+1,25');
  await expect(page.getByRole('img', { name: /Skor saat ini dan target per tahun per dimensi/ })).toBeVisible();

  // Everything survives a reload; the invalid entry was never stored.
  await page.reload();
  await expect(plan.target('GOV.1', 2028)).toHaveValue('3,8');
  await expect(plan.target('BRD.1', 2028)).toHaveValue('3');
  await expect(plan.target('BRD.1', 2029)).not.toHaveValue('7');

  // Achievement 2028 (the later assessment): GOV.1 4 ≥ 3,8 tercapai; BRD.1 2 < 3 belum tercapai.
  await expect(plan.achievementRow('GOV.1').getByRole('cell').last()).toHaveText(/^Tercapai$/);
  await expect(plan.achievementRow('BRD.1').getByRole('cell').last()).toHaveText(/^Belum tercapai$/);
  await expect(plan.achievementRow('BRD.1').getByRole('cell').first()).toHaveText('3,00');

  // Quick wins: cheapest first (GOV.2 and ENV.2 at one step, instrument order).
  const first = plan.suggestions().getByRole('row').nth(1);
  await expect(first.getByRole('rowheader')).toHaveText(/^GOV\.2 /);
  await expect(first).toContainText('1 langkah');
  await expect(first).toContainText('GOV.2.1: 2 → 3');
  await expect(first).toContainText('Tingkat 3 — Terdefinisi:');
  await expect(plan.suggestions().getByRole('row').nth(2).getByRole('rowheader')).toHaveText(/^ENV\.2 /);
  // The top six first; all 18 elements on request.
  await expect(plan.suggestions().getByRole('row')).toHaveCount(7);
  await page.getByRole('button', { name: 'Tampilkan semua saran (18)' }).click();
  await expect(plan.suggestions().getByRole('row')).toHaveCount(19);
  await page.getByRole('button', { name: /^Pilih quick win GOV\.2 / }).click();
  await page.getByRole('button', { name: 'Simpan quick win' }).click();
  await expect(page.getByText('Isi OPD penanggung jawab.')).toBeVisible();
  await page.getByLabel('OPD penanggung jawab').fill('Diskominfo');
  await page.getByLabel('Tenggat').fill('2027-06-30');
  await page.getByRole('button', { name: 'Simpan quick win' }).click();
  const chosen = page.getByRole('table', { name: 'Quick win terpilih' });
  await expect(chosen.getByRole('row').nth(1)).toContainText('Diskominfo');
  await expect(chosen.getByRole('row').nth(1)).toContainText('30 Juni 2027');
  await expectNoAxeViolations(page);

  // The printable report carries the roadmap and the chosen quick win.
  await page.goto(`./#/penilaian/${BASELINE.id}/laporan`);
  const sheet = page.getByRole('region', { name: 'Target, peta jalan, dan quick win' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('tr[data-element="GOV.1"]').getByRole('cell').last()).toHaveText('+2,00');
  await expect(sheet.getByRole('table', { name: /Quick win: penanggung jawab dan tenggat/ })).toContainText('Diskominfo');
});

/** The coordinator's assessment: GOV.1 answered 2, GOV.2 answered 2, all else 2 (draft). */
const MASTER: PlannedSeed = {
  id: 'cirebon-master', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: elements(2),
};
/** Another region (Kabupaten Cirebon) for the wrong-assessment case. */
const OTHER: PlannedSeed = {
  id: 'kab-cirebon', regionCode: '32.09', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: elements(1),
};

test('OPD work package: export, answer in a fresh browser, import back, accept some, reject one, provenance; bad packages refused', async ({ page, browser, baseURL }) => {
  const data = new DataPageModel(page);
  const opd = new OpdPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('cirebon.json', [MASTER, OTHER]));

  await opd.goto(MASTER.id);
  await opd.assignElement('GOV.1', 'Dinas Kesehatan');
  await opd.assignIndicator('GOV.2.2', 'Dinas Kesehatan');
  await opd.assignElement('ENV.1', 'Dinas Lingkungan Hidup');
  await expect(page.locator('[data-plan-save="saved"]')).toBeVisible();
  const progress = page.getByRole('table', { name: /Kemajuan pengisian per OPD/ });
  await expect(progress.getByRole('row').filter({ hasText: 'Dinas Kesehatan' }).getByRole('cell').first()).toHaveText('5');
  await expectNoAxeViolations(page);
  const outgoing = await opd.exportPackage('Dinas Kesehatan');
  expect(outgoing.name).toMatch(/^paket-kerja-dinas-kesehatan-32\.74-2026-/);
  await expect(opd.packageStatus('Dinas Kesehatan')).toContainText('Menunggu kembali');

  // The OPD, on its own laptop: a fresh browser context with an empty IndexedDB.
  const opdContext = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true });
  const opdPage = await opdContext.newPage();
  await opdPage.goto('./#/');
  await opdPage.getByLabel(/^Buka paket kerja OPD/).setInputFiles({ name: outgoing.name, mimeType: 'application/json', buffer: Buffer.from(outgoing.text) });
  await expect(opdPage.getByTestId('package-bar')).toContainText('Paket kerja Dinas Kesehatan');
  const q = new QuestionnaireModel(opdPage);
  // Only the OPD's indicators: GOV.1 (four) and GOV.2.2.
  const nav = opdPage.getByRole('navigation', { name: /Dimensi dan elemen/ });
  await expect(nav.getByRole('link')).toHaveCount(2);
  await q.answer('GOV.1.1', 4);
  await q.answer('GOV.1.2', 5);
  await q.goToElement(/^GOV\.2 /);
  await expect(opdPage.locator('article[data-indicator]')).toHaveCount(1);
  await q.answer('GOV.2.2', 1);
  const returned = await downloadOf(opdPage, () => opdPage.getByRole('button', { name: 'Ekspor paket untuk dikirim kembali' }).click());
  expect(returned.name).toMatch(/^paket-kembali-dinas-kesehatan-/);
  await opdContext.close();
  const returnedFile = { name: returned.name, mimeType: 'application/json', buffer: Buffer.from(returned.text) };

  // Bad input 1: the outgoing package (not a returned one) is refused, nothing changes.
  await opd.importReturned({ name: outgoing.name, mimeType: 'application/json', buffer: Buffer.from(outgoing.text) });
  await expect(opd.refusal()).toContainText('Ini paket yang dikirim KE OPD');
  // Bad input 2: edited outside its assigned indicators (re-signed, so only the assignment check catches it).
  await opd.importReturned(await resigned(returned.text, (pkg) => ({
    ...pkg, answers: { ...(pkg['answers'] as object), 'ENV.1.1': { level: 5 } },
  }), 'luar.json'));
  await expect(opd.refusal()).toContainText('di luar indikator yang ditugaskan kepada Dinas Kesehatan (ENV.1.1)');
  // Bad input 3: edited by hand without re-signing.
  await opd.importReturned({ name: 'ubah.json', mimeType: 'application/json', buffer: Buffer.from(returned.text.replace('"level":5', '"level":3')) });
  await expect(opd.refusal()).toContainText('sidik SHA-256 tidak cocok');
  // None of them changed anything: no review opened, the package still waits for its return.
  await expect(page.getByRole('table', { name: /Perubahan per indikator/ })).toHaveCount(0);
  await expect(opd.packageStatus('Dinas Kesehatan')).toContainText('Menunggu kembali');
  // Bad input 4: a package for another region.
  await opd.goto(OTHER.id);
  await opd.importReturned(returnedFile);
  await expect(opd.refusal()).toContainText('Paket ini untuk Kota Cirebon periode 2026, bukan Kabupaten Cirebon periode 2026');

  // The good one: three changes; accept two, reject GOV.2.2.
  await opd.goto(MASTER.id);
  await opd.importReturned(returnedFile);
  await expect(opd.diffRow('GOV.1.1')).toContainText('Tingkat 4');
  await expect(opd.diffRow('GOV.1.3')).toContainText('Tidak berubah');
  await opd.accept('GOV.2.2').uncheck();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gabungkan 2 perubahan' }).click();
  await expect(page.getByText('Paket dari Dinas Kesehatan digabung: 2 perubahan diterima, 1 ditolak.')).toBeVisible();
  await expect(opd.packageStatus('Dinas Kesehatan')).toContainText('Digabung');

  // Bad input 5: the same package again.
  await opd.importReturned(returnedFile);
  await expect(opd.refusal()).toContainText('sudah digabung pada');
  await expect(page.getByRole('table', { name: /Perubahan per indikator/ })).toHaveCount(0);

  // Merged answers carry their provenance; the rejected one kept the master answer.
  const master = new QuestionnaireModel(page);
  await page.goto(`./#/penilaian/${MASTER.id}/GOV.1`);
  await expect(master.level('GOV.1.1', 4)).toBeChecked();
  await expect(master.card('GOV.1.1').locator('[data-provenance]')).toContainText(/^Dari paket kerja Dinas Kesehatan, dijawab .+, digabung .+/);
  await expect(master.level('GOV.1.2', 5)).toBeChecked();
  await expect(master.card('GOV.1.3').locator('[data-provenance]')).toHaveCount(0);
  // Progress per OPD on the assessment screen.
  await page.getByTestId('opd-progress').locator('summary').click();
  await expect(page.getByTestId('opd-progress').getByRole('row').filter({ hasText: 'Dinas Kesehatan' })).toContainText('5');
  await page.goto(`./#/penilaian/${MASTER.id}/GOV.2`);
  await expect(master.level('GOV.2.2', 2)).toBeChecked();
});
