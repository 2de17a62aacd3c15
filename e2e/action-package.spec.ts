import { expect, expectNoAxeViolations, test } from './fixtures';
import { ActionPlanModel } from './page-models/action-plan-page';
import { DataPageModel } from './page-models/data-page';
import type { PlannedSeed } from './page-models/planning-page';
import { LayoutProbe } from './page-models/layout-probe';
import { downloadOf, OpdPageModel, resigned, seedFile } from './page-models/planning-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';
import type { PlanAction } from '../src/domain/planning/types';

type L = 0 | 1 | 2 | 3 | 4 | 5;
const T0 = '2026-11-01T08:00:00.000Z';
const act = (id: string, name: string, opd: string, elementId: string, extra: Partial<PlanAction> = {}): PlanAction => ({
  id, name, opd, supportingOpds: [], lifts: [{ elementId }], startYear: 2027, endYear: 2028, statuses: [], quickWin: false, createdAt: T0, updatedAt: T0, ...extra,
});

/**
 * Kota Cirebon 2026 with an action plan (no roadmap yet: years 2027–2036): Diskominfo answers GOV.1,
 * leads "Perwal SPBE" and "Portal layanan", supports Bappeda's "Satu Data"; "Puskesmas digital" is
 * Dinas Kesehatan's and stays out of Diskominfo's package.
 */
const MASTER: PlannedSeed = {
  id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: T0,
  elements: Object.fromEntries(['GOV.1', 'GOV.2', 'GOV.3', 'LIV.1'].map((id) => [id, [2, 2, 2, 2] as [L, L, L, L]])),
  plan: {
    actions: [
      act('a-perwal', 'Perwal SPBE', 'Diskominfo', 'GOV.1'),
      act('a-portal', 'Portal layanan', 'Diskominfo', 'GOV.2', { startYear: 2028, endYear: 2029 }),
      act('a-satu', 'Satu Data', 'Bappeda', 'GOV.3', { supportingOpds: ['Diskominfo'] }),
      act('a-pkm', 'Puskesmas digital', 'Dinas Kesehatan', 'LIV.1'),
    ],
    assignments: { 'GOV.1': 'Diskominfo' }, workPackages: [], updatedAt: T0,
  },
};

test.use({ timezoneId: 'Asia/Jakarta' });

test('action package: the OPD proposes an action and marks one selesai offline; the coordinator refuses a foreign change, accepts one, rejects one', async ({ page, browser, baseURL }) => {
  const data = new DataPageModel(page);
  const opd = new OpdPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('cirebon.json', [MASTER]));
  await opd.goto(MASTER.id);
  const outgoing = await opd.exportPackage('Diskominfo');
  await expect(page.getByText(/^Paket untuk Diskominfo diekspor \(4 indikator, 3 aksi\)/)).toBeVisible();

  // The OPD, on its own laptop: a fresh browser context with an empty IndexedDB.
  const opdContext = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true });
  const opdPage = await opdContext.newPage();
  await opdPage.goto('./#/');
  await opdPage.getByLabel(/^Buka paket kerja OPD/).setInputFiles({ name: outgoing.name, mimeType: 'application/json', buffer: Buffer.from(outgoing.text) });
  await opdPage.getByRole('link', { name: 'Rencana aksi dalam paket ini (3 aksi)' }).click();
  await expect(opdPage.getByRole('heading', { level: 1, name: 'Rencana aksi Diskominfo: Kota Cirebon 2026' })).toBeVisible();
  const opdActions = new ActionPlanModel(opdPage);
  await expect(opdPage.getByLabel('OPD penanggung jawab')).toHaveCount(0);
  await opdActions.add({ name: 'Aplikasi TTE', element: 'GOV.1', start: 2029, end: 2037 });
  await expect(opdPage.getByText('Tahun harus di dalam jangka masterplan (2027–2036).')).toBeVisible();
  await opdActions.add({ name: 'Aplikasi TTE', element: 'GOV.1', start: 2029, end: 2029 });
  await opdActions.expectSaved('Aplikasi TTE');
  // 2027: Perwal SPBE (led) is editable, Satu Data (supported) is read-only.
  await opdPage.getByLabel('Status Perwal SPBE tahun 2027', { exact: true }).selectOption('selesai');
  await opdPage.getByLabel('Catatan status Perwal SPBE tahun 2027').fill('Perwal terbit Juni');
  await opdPage.getByLabel('Catatan status Perwal SPBE tahun 2027').press('Tab');
  await expect(opdPage.locator('[data-plan-save="saved"]')).toBeVisible();
  await expect(opdPage.getByLabel('Status Satu Data tahun 2027', { exact: true })).toHaveCount(0);
  await expect(opdPage.getByRole('row', { name: /^Satu Data \(pendukung\) direncanakan hanya baca \(dipimpin Bappeda\)/ })).toBeVisible();
  // A phone: nothing scrolls sideways (tables scroll inside their own box), axe clean.
  await opdPage.setViewportSize({ width: 360, height: 740 });
  expect(await new LayoutProbe(opdPage).horizontalOverflow()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(opdPage);
  // Stored on the device: a reload shows it all again.
  await opdPage.reload();
  await expect(opdPage.getByLabel('Status Perwal SPBE tahun 2027', { exact: true })).toHaveValue('selesai');
  await expect(opdPage.getByLabel('Catatan status Perwal SPBE tahun 2027')).toHaveValue('Perwal terbit Juni');
  await expect(opdActions.timeline().getByRole('rowheader', { name: /^Aplikasi TTE/ })).toBeVisible();
  const returned = await downloadOf(opdPage, () => opdPage.getByRole('button', { name: 'Ekspor paket untuk dikirim kembali' }).click());
  expect(returned.name).toMatch(/^paket-kembali-diskominfo-32\.74-2026-/);
  await opdContext.close();

  // Refused: the same package with Bappeda's action changed (re-signed, so only the OPD check catches it).
  await opd.importReturned(await resigned(returned.text, (pkg) => {
    const part = pkg['actionPlan'] as { actions: PlanAction[] };
    const actions = part.actions.map((a) => (a.id === 'a-satu' ? { ...a, statuses: [{ year: 2027, status: 'selesai', at: T0 }] } : a));
    return { ...pkg, actionPlan: { ...part, actions } };
  }, 'ubah-satu-data.json'));
  await expect(opd.refusal()).toContainText('Paket ini mengubah atau menambah aksi di luar wewenang Diskominfo: “Satu Data”.');
  await expect(page.getByRole('table', { name: 'Perubahan rencana aksi per aksi' })).toHaveCount(0);

  // The real return: accept the proposal, reject the status update.
  await opd.importReturned({ name: returned.name, mimeType: 'application/json', buffer: Buffer.from(returned.text) });
  const review = page.getByRole('table', { name: 'Perubahan rencana aksi per aksi' });
  await expect(review.locator('tr[data-action="a-perwal"]')).toContainText('Status 2027: selesai (Perwal terbit Juni)');
  await expect(review.locator('tr[data-action]')).toHaveCount(2);
  await expect(review.locator('tr[data-action="a-perwal"]')).toContainText('Diubah Diskominfo');
  await expect(review.getByRole('checkbox', { name: 'Terima perubahan Aplikasi TTE' })).toBeChecked();
  await review.getByRole('checkbox', { name: 'Terima perubahan Perwal SPBE' }).uncheck();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await new LayoutProbe(page).horizontalOverflow()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gabungkan 1 perubahan' }).click();
  await expect(page.getByText(/Rencana aksi: 1 perubahan diterima, 1 ditolak\./)).toBeVisible();
  await expect(opd.packageStatus('Diskominfo')).toContainText('Digabung');

  // The result on the action plan: the proposal is in, Perwal SPBE is still "direncanakan" in 2027.
  const actions = new ActionPlanModel(page);
  await actions.goto(MASTER.id);
  await expect(actions.timeline().getByRole('row', { name: /^Aplikasi TTE Diskominfo/ })).toBeVisible();
  await expect(actions.timeline().getByRole('row', { name: /^Perwal SPBE Diskominfo ■ direncanakan/ })).toBeVisible();
  const raw = new RawIndexedDb(page);
  const plan = (await raw.getAll('plans')).find((p) => p['assessmentId'] === MASTER.id) as { actions: PlanAction[]; workPackages: { mergedAt?: string }[] };
  expect(plan.actions.map((a) => [a.name, a.opd, a.statuses.length])).toEqual([
    ['Perwal SPBE', 'Diskominfo', 0], ['Portal layanan', 'Diskominfo', 0], ['Satu Data', 'Bappeda', 0], ['Puskesmas digital', 'Dinas Kesehatan', 0], ['Aplikasi TTE', 'Diskominfo', 0],
  ]);
  expect(plan.workPackages[0]?.mergedAt).toBeTruthy();
});
