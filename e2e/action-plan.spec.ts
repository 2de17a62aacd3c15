import { expect, expectNoAxeViolations, test } from './fixtures';
import { ActionPlanModel } from './page-models/action-plan-page';
import { DataPageModel } from './page-models/data-page';
import type { PlannedSeed } from './page-models/planning-page';
import { PlanningPageModel, seedFile } from './page-models/planning-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';

type L = 0 | 1 | 2 | 3 | 4 | 5;
const ids = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].map((e) => `${d}.${e}`));
/** Kota Cirebon 2026, every element at level 2: the default roadmap raises every element 2 → 3 over 2027–2031. */
const BASELINE: PlannedSeed = {
  id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: Object.fromEntries(ids.map((id) => [id, [2, 2, 2, 2] as [L, L, L, L]])),
};

test('action plan: five actions over three OPDs and two dimensions, refusals, timeline and table, the OPD\'s year, warnings, progress', async ({ page }) => {
  const data = new DataPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('cirebon.json', [BASELINE]));
  const plan = new PlanningPageModel(page);
  await plan.goto(BASELINE.id);
  await page.getByRole('button', { name: /^Buat peta jalan$/ }).click();
  await plan.expectSaved();
  await page.getByRole('link', { name: /^Rencana aksi/ }).click();
  const actions = new ActionPlanModel(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Rencana aksi: Kota Cirebon 2026/ })).toBeVisible();

  // Bad input: no name and no OPD; a year outside the horizon; an end before its start; a budget note too long. Nothing stored.
  await actions.add({ name: '', opd: '', start: 2027, end: 2027 });
  await expect(page.getByText('Wajib diisi.')).toHaveCount(2);
  await actions.add({ name: 'Perwal SPBE', opd: 'Diskominfo', start: 2026, end: 2027 });
  await expect(page.getByText('Tahun harus di dalam jangka masterplan (2027–2031).')).toBeVisible();
  await actions.add({ name: 'Perwal SPBE', opd: 'Diskominfo', start: 2029, end: 2028 });
  await expect(page.getByText('Tahun selesai tidak boleh sebelum tahun mulai.')).toBeVisible();
  await actions.add({ name: 'Perwal SPBE', opd: 'Diskominfo', start: 2027, end: 2028, budget: 'x'.repeat(201) });
  await expect(page.getByLabel(/^Catatan anggaran/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText('Aksi belum disimpan: perbaiki isian yang ditandai.');
  const raw = new RawIndexedDb(page);
  const storedPlan = async () => (await raw.getAll('plans')).find((p) => p['assessmentId'] === BASELINE.id) as { schemaVersion: number; actions: { name: string; opd: string; startYear: number }[] };
  expect((await storedPlan()).actions).toEqual([]);

  const five = [
    { name: 'Perwal SPBE', opd: 'Diskominfo', element: 'GOV.1', start: 2027, end: 2028, supporting: 'Bappeda', budget: 'APBD 2027, ± Rp 250 juta' },
    { name: 'Mal pelayanan publik', opd: 'Bappeda', element: 'GOV.2', start: 2028, end: 2031 },
    { name: 'Telemedisin puskesmas', opd: 'Dinas Kesehatan', element: 'LIV.1', start: 2027, end: 2031 },
    { name: 'Posyandu digital', opd: 'Dinas Kesehatan', element: 'LIV.2', start: 2029, end: 2030 },
    { name: 'Sosialisasi smart city', opd: 'Diskominfo', start: 2027, end: 2027 },
  ];
  for (const a of five) {
    await actions.add(a);
    await actions.expectSaved(a.name);
  }
  const stored = await storedPlan();
  expect(stored.schemaVersion).toBe(3);
  expect(stored.actions.map((a) => [a.name, a.opd, a.startYear])).toEqual(five.map((a) => [a.name, a.opd, a.start]));

  // Timeline (its table): grouped by dimension, one row per action, a status in every running year.
  const timeline = actions.timeline();
  await expect(timeline.getByText('Smart Governance', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Smart Living', { exact: true })).toBeVisible();
  await expect(timeline.getByRole('row', { name: /^Perwal SPBE Diskominfo ■ direncanakan ■ direncanakan/ })).toBeVisible();
  await expect(timeline.getByText('Tanpa elemen', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'OPD' }).check();
  await expect(timeline.getByText('Dinas Kesehatan', { exact: true }).first()).toBeVisible();
  await expect(timeline.getByText('Smart Governance', { exact: true })).toHaveCount(0);

  // The OPD's year: Bappeda leads nothing in 2027 but supports Perwal SPBE; mark it "selesai".
  const opdYear = page.getByRole('region', { name: 'Yang dikerjakan OPD tahun ini' });
  await opdYear.getByLabel('OPD', { exact: true }).selectOption('Bappeda');
  await opdYear.getByLabel('Tahun', { exact: true }).selectOption('2027');
  await expect(page.getByRole('rowheader', { name: 'Perwal SPBE (pendukung)' })).toBeVisible();
  await page.getByLabel('Status Perwal SPBE tahun 2027').selectOption('selesai');
  await expect(page.locator('[data-plan-save="saved"]')).toBeVisible();
  await expect(timeline.getByRole('row', { name: /^Perwal SPBE Diskominfo ■ selesai ■ direncanakan/ })).toBeVisible();

  // Warnings: every element's target rises each year; GOV.1 has an action in 2027–2028 only.
  // One collapsible block per dimension, open where the dimension has actions (Smart Governance), closed elsewhere.
  await expect(page.getByText('Smart Governance: 3 elemen, 2 aksi, 3 dengan target naik tanpa aksi')).toBeVisible();
  await expect(page.locator('details.act-coverage-group[open]')).toHaveCount(2);
  await expect(page.locator('details.act-coverage-group:not([open])')).toHaveCount(4);
  const coverage = page.getByRole('table', { name: 'Target per tahun dan aksi yang seharusnya menaikkannya — Smart Governance' });
  await expect(coverage.getByRole('row', { name: /^GOV\.1 .*Perwal SPBE \(2027–2028\).*Target naik tanpa aksi: 2029, 2030, 2031/ })).toBeVisible();
  await expect(page.getByText('Aksi tanpa elemen: Sosialisasi smart city')).toBeVisible();
  // Progress in 2027: Perwal done, Telemedisin and Sosialisasi planned.
  await expect(page.getByRole('table', { name: 'Aksi menurut status per tahun' }).getByRole('row', { name: '2027 2 0 1 0 0' })).toBeVisible();
  await expectNoAxeViolations(page);
});
