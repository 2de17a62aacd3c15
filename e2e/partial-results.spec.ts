import { expect, expectNoAxeViolations, test } from './fixtures';
import { AppShellModel } from './page-models/app-shell';
import { BenchmarkPageModel } from './page-models/benchmark-page';
import type { SeedAssessment } from './page-models/benchmark-page';
import { ReportPageModel } from './page-models/report-page';

/**
 * Honest partial results (issue 12). Every indicator of a dimension gets one level (GOV, BRD, ECO,
 * LIV, SOC, ENV); null leaves a dimension unanswered.
 *
 *   region                     status  levels             index
 *   32.74 Kota Cirebon (focus) draft   3 – – – – –        3 (1 of 6 dimensions, 12/72 answered: provisional)
 *   32.75 Kota Bekasi          final   2 2 2 2 2 2        2
 *   32.76 Kota Depok           final   3 3 3 3 3 3        3
 *   32.73 Kota Bandung         final   5 4 4 4 4 3        4
 *   32.71 Kota Bogor           final   4 3 3 3 3 2        3
 *   32.72 Kota Sukabumi        final   1 2 1 2 1 2        1.5
 *   32.01 Kabupaten Bogor      final   5 5 5 5 5 5        5
 *   32.74 Kota Cirebon 2025    draft   every level 3; GOV with an SK, LIV.1.1 with a photo, the rest without evidence
 */
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const FOCUS: SeedAssessment = { id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'draft', updatedAt: at(20), levels: [3, null, null, null, null, null] };
const GOV_IDS = [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => `GOV.${e}.${i}`));
const EVIDENCED: SeedAssessment = {
  id: 'cirebon-2025', regionCode: '32.74', period: 2025, status: 'draft', updatedAt: '2025-03-01T08:00:00.000Z', levels: [3, 3, 3, 3, 3, 3],
  evidence: { ...Object.fromEntries(GOV_IDS.map((id) => [id, ['sk']])), 'LIV.1.1': ['foto'] },
};
const PEERS: SeedAssessment[] = [
  { id: 'bekasi-2026', regionCode: '32.75', period: 2026, status: 'final', updatedAt: at(12), levels: [2, 2, 2, 2, 2, 2] },
  { id: 'depok-2026', regionCode: '32.76', period: 2026, status: 'final', updatedAt: at(13), levels: [3, 3, 3, 3, 3, 3] },
  { id: 'bandung-2026', regionCode: '32.73', period: 2026, status: 'final', updatedAt: at(14), levels: [5, 4, 4, 4, 4, 3] },
  { id: 'bogor-2026', regionCode: '32.71', period: 2026, status: 'final', updatedAt: at(15), levels: [4, 3, 3, 3, 3, 2] },
  { id: 'sukabumi-2026', regionCode: '32.72', period: 2026, status: 'final', updatedAt: at(16), levels: [1, 2, 1, 2, 1, 2] },
  { id: 'kab-bogor-2026', regionCode: '32.01', period: 2026, status: 'final', updatedAt: at(17), levels: [5, 5, 5, 5, 5, 5] },
];

test('at 12 of 72 answered the results read as provisional and the benchmark leaves the draft out unless included', async ({ page, results }) => {
  const bm = new BenchmarkPageModel(page);
  const shell = new AppShellModel(page);
  await bm.seed([FOCUS, ...PEERS]);

  await results.goto(FOCUS.id);
  const summary = results.summary();
  await expect(summary.getByText('Indeks sementara: 1 dari 6 dimensi dinilai, 17% terjawab')).toBeVisible();
  await expect(summary.getByText('Indeks kesiapan', { exact: false })).toHaveCount(0);
  await expect(page.getByTestId('index-score5')).toHaveText('3,00');
  await expect(summary.getByRole('link', { name: 'Lihat yang perlu dilengkapi' })).toHaveAttribute('href', '#/penilaian/cirebon-2026/lengkapi');
  // One primary next step: continue answering (no "Tandai final" while not eligible).
  await expect(summary.getByRole('link', { name: 'Lanjutkan mengisi' })).toHaveAttribute('href', '#/penilaian/cirebon-2026/lengkapi');
  await expect(page.getByRole('button', { name: 'Tandai final' })).toHaveCount(0);
  await shell.expectBarCurrent('Kota Cirebon 2026', 'Hasil');
  await expect(shell.assessmentBar('Kota Cirebon 2026').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12');
  await expectNoAxeViolations(page);

  // Benchmark, default: the provisional focus is not ranked and not counted. Peers: 1.5, 2, 3, 3,
  // 4, 5 (N = 6): median (3 + 3)/2 = 3; Q1: h = 5 × 0.25 = 1.25 → 2 + 0.25 × 1 = 2.25;
  // Q3: h = 3.75 → 3 + 0.75 × (4 − 3) = 3.75.
  await bm.goto(FOCUS.id);
  await expect(bm.notes()).toContainText('6 wilayah dalam kelompok (fokus tidak termasuk).');
  await expect(bm.notes()).toContainText('Indeks fokus sementara (belum memenuhi syarat final): tidak diperingkat');
  expect(await bm.summaryCells('Indeks')).toEqual(['3,00', '3,00', '2,25 – 3,75', 'tidak diperingkat (sementara)', '—']);
  await expect(bm.rankingTable().locator('tr[data-focus="true"]')).toHaveCount(0);
  await expect(bm.includeNonFinal()).not.toBeChecked();

  // Included: N = 7 with the focus (3): 1.5, 2, 3, 3, 3, 4, 5. Rank 1 + 2 greater = 3;
  // PR = 100 × (2 below + 0.5 × 3 equal)/7 = 50; Q1: h = 1.5 → 2.5; Q3: h = 4.5 → 3.5.
  await bm.setIncludeNonFinal(true);
  await expect(bm.notes()).toContainText('7 wilayah dalam kelompok (termasuk fokus).');
  await expect(bm.notes()).toContainText('diikutkan atas pilihan Anda');
  expect(await bm.summaryCells('Indeks')).toEqual(['3,00', '3,00', '2,50 – 3,50', 'peringkat 3 dari 7', '50']);
  const focusRow = bm.rankingTable().locator('tr[data-focus="true"]');
  await expect(focusRow.getByRole('cell').first()).toHaveText('3');
  await expect(focusRow).toContainText('Draf');
  await expect(focusRow).toContainText('Sementara');
  await expectNoAxeViolations(page);

  // The choice is remembered on this device.
  await page.reload();
  await expect(bm.includeNonFinal()).toBeChecked();
  await expect(bm.summaryRow('Indeks')).toContainText('peringkat 3 dari 7');
});

test('home groups a region’s periods and shows each index, provisional marked, with its coverage', async ({ page, home }) => {
  const bm = new BenchmarkPageModel(page);
  await bm.seed([EVIDENCED, PEERS[0] as SeedAssessment, FOCUS]);
  await page.reload(); // the seed left the (empty) home list open
  await home.goto();
  // Regions by name (Kota Bekasi, Kota Cirebon), a region's periods together, newest first.
  const headers = page.getByRole('table').getByRole('rowheader');
  await expect(headers).toHaveText(['Kota Bekasi (32.75)', 'Kota Cirebon (32.74)', 'Kota Cirebon (32.74)']);
  await expect(home.row('Kota Cirebon', 2026).getByTestId('home-index')).toHaveText('3,00Sementaracakupan 17%');
  await expect(home.row('Kota Cirebon', 2025).getByTestId('home-index')).toHaveText('3,00cakupan 100%');
  await expect(home.row('Kota Bekasi', 2026).getByTestId('home-index')).toHaveText('2,00cakupan 100%');
  await expectNoAxeViolations(page);
});

test('the evidence-supported score on results equals the report; marking final asks first; one bar on every screen', async ({ page, results }) => {
  const bm = new BenchmarkPageModel(page);
  const shell = new AppShellModel(page);
  const report = new ReportPageModel(page);
  await bm.seed([EVIDENCED]);
  const name = 'Kota Cirebon 2025';

  // Evidence-supported: GOV keeps 3 (SK supports 3); LIV.1 = (1 + 0 + 0 + 0)/4 = 0.25, LIV = 0.25/3;
  // every other dimension 0. Index = (3 + 0.0833)/6 = 0.514 → "0,51". 60 answers capped (all but GOV).
  await results.goto(EVIDENCED.id);
  await expect(page.getByTestId('evidence-index')).toHaveText('0,51');
  await expect(results.summary().getByText('60 jawaban dibatasi oleh buktinya')).toBeVisible();
  await shell.expectBarCurrent(name, 'Hasil');
  await report.goto(EVIDENCED.id);
  await expect(page.getByTestId('report-evidence-index')).toHaveText('0,51');
  await shell.expectBarCurrent(name, 'Laporan');

  // Marking final asks first; cancel changes nothing, even after a reload.
  await results.goto(EVIDENCED.id);
  await expect(results.summary().getByText('Memenuhi syarat final')).toBeVisible();
  await page.getByRole('button', { name: 'Tandai final' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tandai penilaian ini final?' });
  await expect(dialog).toContainText('hanya dapat dibaca');
  await expect(dialog).toContainText('dihitung dalam pembanding');
  await expect(dialog).toContainText('membukanya kembali');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(results.summary().getByText('Memenuhi syarat final')).toBeVisible();
  await expect(shell.assessmentBar(name)).toContainText('Draf');

  // Confirmed: the status box reads "Final", the next step is printing, and it survives a reload.
  await results.markFinal(true);
  const status = results.summary().locator('.sc-status__badge');
  await expect(status).toHaveText('✓ Final');
  await expect(results.summary().getByRole('link', { name: 'Cetak laporan' })).toHaveAttribute('href', '#/penilaian/cirebon-2025/laporan');
  await expect(shell.assessmentBar(name)).toContainText('Final');
  await page.reload();
  await expect(status).toHaveText('✓ Final');

  // The same bar on every screen of the assessment, the current one marked.
  for (const [hash, current] of [['', 'Kuesioner'], ['/rencana', 'Rencana'], ['/opd', 'OPD']] as const) {
    await page.goto(`./#/penilaian/${EVIDENCED.id}${hash}`);
    await shell.expectBarCurrent(name, current);
  }
  await expectNoAxeViolations(page);
});
