import { expect, expectNoAxeViolations, test } from './fixtures';
import { DataPageModel } from './page-models/data-page';
import type { PlannedSeed } from './page-models/planning-page';
import { lockBanner, OpdPageModel, PlanningPageModel, returnedPackageFile, seedFile, takeOver } from './page-models/planning-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';

type L = 0 | 1 | 2 | 3 | 4 | 5;
const ELEMENTS = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].map((e) => `${d}.${e}`));

/**
 * The documented rules (docs/scoring.md "Roadmap and quick wins"), computed here rather than
 * typed in: year k = round₁(E + (F − E)·(k+1)/h), half up with tolerance 1e-9, last year = F;
 * recompute raises F to ⌈E⌉₁ when today's score E is above it.
 */
const round1 = (v: number) => Math.floor(Math.min(5, Math.max(0, v)) * 10 + 0.5 + 1e-9) / 10;
const interpolation = (e: number, f: number, h: number) => Array.from({ length: h }, (_, k) => (k === h - 1 ? f : round1(e + ((f - e) * (k + 1)) / h)));
const recomputedFinal = (e: number, f: number) => Math.max(f, Math.ceil(e * 10 - 1e-8) / 10);
const boxText = (v: number) => v.toLocaleString('id-ID', { maximumFractionDigits: 1 });
const printed = (v: number) => v.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const YEARS = [2027, 2028, 2029, 2030, 2031];

/** Kota Cirebon 2026 with 8 of 72 answered: GOV.1 = (3+2+2+2)/4 = 2,25 and ENV.2 = (1+1+1+2)/4 = 1,25. */
const PARTIAL: PlannedSeed = {
  id: 'cirebon-plan', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: { 'GOV.1': [3, 2, 2, 2], 'ENV.2': [1, 1, 1, 2] },
};
/** The same assessment completed: GOV.1 = (4+3+3+3)/4 = 3,25, ENV.2 = (2+2+2+1)/4 = 1,75, every other element 2. */
const COMPLETE: PlannedSeed = {
  ...PARTIAL, updatedAt: '2026-11-10T08:00:00.000Z',
  elements: Object.fromEntries(ELEMENTS.map((id): [string, [L, L, L, L]] => [id, id === 'GOV.1' ? [4, 3, 3, 3] : id === 'ENV.2' ? [2, 2, 2, 1] : [2, 2, 2, 2]])),
};

test.use({ timezoneId: 'Asia/Jakarta' });

test('targets made at a partial baseline: notice after completing, recompute from today, on screen and in the printed plan', async ({ page }) => {
  const data = new DataPageModel(page);
  const plan = new PlanningPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('partial.json', [PARTIAL]));

  await plan.goto(PARTIAL.id);
  await page.getByRole('button', { name: /^(Buat peta jalan|Create the roadmap)$/ }).click();
  await plan.expectSaved();
  // Defaults from 2,25 (band 2 → 3) and 1,25 (band 1 → 2); unscored elements get no target.
  for (const [i, v] of interpolation(2.25, 3, 5).entries()) await expect(plan.target('GOV.1', YEARS[i])).toHaveValue(boxText(v));
  await expect(plan.elementRow('BRD.1')).toContainText('menunggu skor');
  await expect(plan.target('BRD.1')).toHaveCount(0);

  // Validation while typing: explained at once, never "Tersimpan" over an invalid value, nothing stored.
  await plan.target('ENV.2', 2031).fill('2,55');
  await expect(page.getByText(/Isi angka 0–5 dengan paling banyak satu desimal/)).toBeVisible();
  await expect(page.locator('[data-plan-save="invalid"]')).toContainText('belum valid');
  await expect(page.locator('[data-plan-save="saved"]')).toHaveCount(0);
  // Year by year: the final target follows the last year; back to automatic interpolates to it.
  await plan.target('ENV.2', 2031).fill('2,5');
  await plan.expectSaved();
  await expect(plan.target('ENV.2')).toHaveValue('2,5');
  await page.getByRole('combobox', { name: /^Cara mengisi ENV\.2 / }).selectOption('final');
  for (const [i, v] of interpolation(1.25, 2.5, 5).entries()) await expect(plan.target('ENV.2', YEARS[i])).toHaveValue(boxText(v));
  await plan.expectSaved();
  await expect(plan.baselineNotice()).toHaveCount(0);

  // The team completes the assessment (the file's copy replaces it; the plan stays).
  await data.goto();
  await data.importFile(await seedFile('complete.json', [COMPLETE]), [{ region: 'Kota Cirebon', period: 2026, choice: 'theirs' }]);

  // The printed plan says which scores moved, and flags a target below today's score.
  await page.goto(`./#/penilaian/${PARTIAL.id}/laporan`);
  const sheet = page.getByRole('region', { name: 'Target, peta jalan, dan quick win' });
  await expect(sheet.getByTestId('report-baseline-note')).toContainText('GOV.1 Pelayanan publik: 2,25 → 3,25');
  await expect(sheet.getByTestId('report-baseline-note')).toContainText('ENV.2 Tata kelola sampah dan limbah: 1,25 → 1,75');
  await expect(sheet.locator('tr[data-element="GOV.1"]').getByRole('cell').last()).toHaveText(/0,25 · di bawah skor saat ini$/);

  await plan.goto(PARTIAL.id);
  const notice = plan.baselineNotice();
  await expect(notice.locator('li[data-element="GOV.1"]')).toContainText('2,25 → 3,25');
  await expect(notice.locator('li[data-element="ENV.2"]')).toContainText('1,25 → 1,75');
  await expect(notice.locator('li[data-element="BRD.1"]')).toContainText('belum ada skor → 2,00');
  await expect(plan.elementRow('GOV.1').getByRole('cell').last()).toHaveText(/0,25 · di bawah skor saat ini$/);
  // A horizon round trip does not re-interpolate behind the user's back.
  await plan.chooseHorizon(10);
  await plan.chooseHorizon(5);
  await expect(plan.target('GOV.1', 2027)).toHaveValue(boxText(interpolation(2.25, 3, 5)[0] ?? 0));
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);

  await plan.recompute();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText(/^Target dihitung ulang dari skor /)).toBeVisible();
  await plan.expectSaved();
  const expected: Record<string, number[]> = {
    'GOV.1': interpolation(3.25, recomputedFinal(3.25, 3), 5),
    'ENV.2': interpolation(1.75, recomputedFinal(1.75, 2.5), 5),
    'BRD.1': interpolation(2, 3, 5), // newly scored: its default (band 2 → 3)
  };
  await page.reload();
  for (const [id, values] of Object.entries(expected)) {
    await expect(plan.target(id)).toHaveValue(boxText(values[4] ?? 0));
    for (const [i, v] of values.entries()) await expect(plan.target(id, YEARS[i])).toHaveValue(boxText(v));
  }

  await page.goto(`./#/penilaian/${PARTIAL.id}/laporan`);
  await expect(sheet.getByTestId('report-baseline-note')).toHaveCount(0);
  for (const [id, values] of Object.entries(expected)) {
    const cells = sheet.locator(`tr[data-element="${id}"]`).getByRole('cell');
    for (const [i, v] of values.entries()) await expect(cells.nth(i + 1)).toHaveText(printed(v));
  }
});

/** Every element at 2 (a draft the coordinator keeps editing). */
const MASTER: PlannedSeed = {
  id: 'cirebon-master', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: '2026-11-01T08:00:00.000Z',
  elements: Object.fromEntries(ELEMENTS.map((id): [string, [L, L, L, L]] => [id, [2, 2, 2, 2]])),
};

test('three-way merge: a master-only edit is not offered, an OPD change is ticked, a conflict needs a choice', async ({ page }) => {
  const data = new DataPageModel(page);
  const opd = new OpdPageModel(page);
  const q = new QuestionnaireModel(page);
  await data.goto();
  await data.importFile(await seedFile('master.json', [MASTER]));
  await opd.goto(MASTER.id);
  await opd.assignElement('GOV.1', 'Dinas Kesehatan');
  await expect(page.locator('[data-plan-save="saved"]')).toBeVisible();
  const outgoing = await opd.exportPackage('Dinas Kesehatan');

  // After the export the coordinator edits GOV.1.1 (2 → 3) and GOV.1.3 (2 → 4) on the master.
  await page.goto(`./#/penilaian/${MASTER.id}/GOV.1`);
  await q.answer('GOV.1.1', 3);
  await q.answer('GOV.1.3', 4);
  await q.expectSaved('GOV.1.3');
  // The OPD leaves GOV.1.1 as it received it (2), changes GOV.1.2 (2 → 4) and GOV.1.3 (2 → 1).
  const back = await returnedPackageFile(outgoing.text, { 'GOV.1.2': 4, 'GOV.1.3': 1 }, '2026-11-20T02:00:00.000Z');

  await opd.goto(MASTER.id);
  await opd.importReturned(back);
  await expect(opd.diffRow('GOV.1.1')).toContainText('tidak diubah OPD');
  await expect(opd.accept('GOV.1.1')).toHaveCount(0);
  await expect(opd.accept('GOV.1.2')).toBeChecked();
  const conflict = page.getByRole('group', { name: /^Konflik: diubah di master dan oleh OPD \(tingkat\)$/ });
  await expect(conflict.getByRole('radio')).toHaveCount(2);
  for (const radio of await conflict.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  // Both values side by side: master now (Tingkat 4) and the OPD's (Tingkat 1), and the exported one (Tingkat 2).
  const cells = opd.diffRow('GOV.1.3').getByRole('cell');
  await expect(cells.nth(0)).toHaveText(/^Tingkat 2/);
  await expect(cells.nth(1)).toHaveText(/^Tingkat 4/);
  await expect(cells.nth(2)).toContainText('Tingkat 1');
  const merge = page.getByRole('button', { name: /^Gabungkan \d+ perubahan$/ });
  await expect(merge).toBeDisabled();
  await expect(page.getByText('Pilih dulu versi untuk 1 konflik.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Pertahankan master (GOV.1.3)' }).check();
  await expect(merge).toBeEnabled();
  await merge.click();
  await expect(page.getByText('Paket dari Dinas Kesehatan digabung: 1 perubahan diterima, 1 ditolak.')).toBeVisible();

  // IndexedDB holds exactly what was chosen.
  const raw = new RawIndexedDb(page);
  await raw.openQuietPage();
  const stored = new Map((await raw.getAll('answers')).filter((r) => r['assessmentId'] === MASTER.id).map((r) => [r['indicatorId'], r]));
  expect(stored.get('GOV.1.1')).toMatchObject({ level: 3 });
  expect(stored.get('GOV.1.1')).not.toHaveProperty('provenance');
  expect(stored.get('GOV.1.2')).toMatchObject({
    level: 4, provenance: { opd: 'Dinas Kesehatan', answeredAt: '2026-11-20T02:00:00.000Z', mergedAt: expect.any(String) },
  });
  expect(stored.get('GOV.1.3')).toMatchObject({ level: 4 });
  expect(stored.get('GOV.1.3')).not.toHaveProperty('provenance');
  const [storedPlan] = (await raw.getAll('plans')).filter((r) => r['assessmentId'] === MASTER.id);
  expect(storedPlan).toMatchObject({ schemaVersion: 3, workPackages: [{ opd: 'Dinas Kesehatan', mergedAt: expect.any(String) }] });
  // The questionnaire shows when the OPD answered and when it was merged.
  await page.goto(`./#/penilaian/${MASTER.id}/GOV.1`);
  await expect(q.card('GOV.1.2').locator('[data-provenance]')).toContainText(/^Dari paket kerja Dinas Kesehatan, dijawab 20 Nov.* 2026.*, digabung /);
});

test('two tabs on one plan: the second is read-only until it takes over, and no edit is lost', async ({ page, context }) => {
  const data = new DataPageModel(page);
  const planA = new PlanningPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('master.json', [MASTER]));
  await planA.goto(MASTER.id);
  await page.getByRole('button', { name: /^(Buat peta jalan|Create the roadmap)$/ }).click();
  await planA.expectSaved();

  const pageB = await context.newPage();
  const planB = new PlanningPageModel(pageB);
  await planB.goto(MASTER.id);
  await expect(lockBanner(pageB)).toContainText('sedang dibuka di tab lain — hanya baca');
  await expect(planB.target('GOV.1')).toBeDisabled();
  await expectNoAxeViolations(pageB);

  // A keeps editing; B's copy is out of date.
  await planA.target('GOV.1').fill('4');
  await planA.expectSaved();
  // B takes over: it re-reads A's edit before editing, and A becomes read-only.
  await takeOver(pageB);
  await expect(planB.target('GOV.1')).toBeEnabled();
  await expect(planB.target('GOV.1')).toHaveValue('4');
  await expect(lockBanner(page)).toBeVisible();
  await expect(planA.target('GOV.1')).toBeDisabled();
  await planB.target('GOV.2').fill('5');
  await planB.expectSaved();
  // The OPD screen of the read-only tab is read-only too.
  const opdA = new OpdPageModel(page);
  await opdA.goto(MASTER.id);
  await expect(page.getByRole('combobox', { name: /^OPD untuk GOV\.1 / })).toBeDisabled();

  // B closes: A gets the lock back with B's edit, and both edits are stored.
  await pageB.close();
  await expect(page.getByRole('combobox', { name: /^OPD untuk GOV\.1 / })).toBeEnabled();
  await planA.goto(MASTER.id);
  await expect(planA.target('GOV.2')).toHaveValue('5');
  await page.reload();
  await expect(planA.target('GOV.1')).toHaveValue('4');
  await expect(planA.target('GOV.2')).toHaveValue('5');
});
