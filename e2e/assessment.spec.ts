import { expect, test } from './fixtures';

test.describe('assessment core', () => {
  test('create Kota Cirebon 2026, answer an element with one "Tidak relevan", reload and find everything', async ({
    page, newAssessment, questionnaire, home,
  }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon \(32\.74\)/, 2026);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kuesioner Kota Cirebon — 2026');

    // BRD.1 has two indicators that allow "Tidak relevan" (BRD.1.3, BRD.1.4).
    await questionnaire.goToElement(/^BRD\.1 Pariwisata/);
    await expect(page.getByRole('heading', { level: 2, name: 'BRD.1 Pariwisata' })).toBeVisible();
    await questionnaire.answer('BRD.1.1', 3);
    await questionnaire.answer('BRD.1.2', 2);
    await questionnaire.markNotApplicable('BRD.1.3', 'Belum ada destinasi berbayar di wilayah kota.');
    await questionnaire.answer('BRD.1.4', 4);
    await questionnaire.openNotes('BRD.1.2');
    await questionnaire.card('BRD.1.2').getByLabel('Catatan').fill('Kalender acara diperbarui tiap bulan.');
    await questionnaire.expectSaved('BRD.1.2');
    await expect(page.getByTestId('save-summary')).toHaveText(/Semua perubahan tersimpan/);
    const nav = page.getByRole('navigation', { name: 'Dimensi dan elemen' });
    await expect(nav.getByRole('link', { name: /^BRD\.1 Pariwisata/ })).toContainText('4/4');

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'BRD.1 Pariwisata' })).toBeVisible();
    await expect(questionnaire.level('BRD.1.1', 3)).toBeChecked();
    await expect(questionnaire.level('BRD.1.2', 2)).toBeChecked();
    await expect(questionnaire.notApplicable('BRD.1.3')).toBeChecked();
    await expect(questionnaire.card('BRD.1.3').getByLabel('Alasan tidak relevan')).toHaveValue('Belum ada destinasi berbayar di wilayah kota.');
    await expect(questionnaire.level('BRD.1.4', 4)).toBeChecked();
    await expect(questionnaire.card('BRD.1.2').getByLabel('Catatan')).toHaveValue('Kalender acara diperbarui tiap bulan.');

    await home.goto();
    await expect(home.row('Kota Cirebon', 2026)).toContainText('Draf');
    await expect(home.row('Kota Cirebon', 2026).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
  });

  test('all 72 answers with a known pattern give the hand-computed index', async ({ page, newAssessment, questionnaire, results }) => {
    await newAssessment.create('32.74', /^Kota Cirebon/, 2026);
    // Pattern: the p-th indicator in questionnaire order (0-based) gets level p mod 5.
    // Element k holds p = 4k..4k+3, i.e. four of the five residues; the missing one is 4(k+1) mod 5,
    // so E_k = (10 − m_k)/4 and the elements repeat 1.5, 1.75, 2.0, 2.25, 2.5 with period 5.
    // Dimensions (3 elements each): GOV (1.5+1.75+2.0)/3 = 1.75; BRD (2.25+2.5+1.5)/3 = 2.0833…;
    // ECO (1.75+2.0+2.25)/3 = 2.0; LIV (2.5+1.5+1.75)/3 = 1.9166…; SOC (2.0+2.25+2.5)/3 = 2.25;
    // ENV (1.5+1.75+2.0)/3 = 1.75. Index = 11.75/6 = 1.958333… → "1,96", 39,2/100, level 2 Terkelola.
    let p = 0;
    for (let element = 0; element < 18; element++) {
      // Every card of the element, once all four have rendered (the first shows first, the rest in slices).
      await expect(page.locator('article[data-indicator]')).toHaveCount(4);
      const ids = await page.locator('article[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator') ?? ''));
      for (const id of ids) await questionnaire.answer(id, p++ % 5);
      if (element < 17) await questionnaire.next();
    }
    await expect(page.getByRole('progressbar', { name: 'Kemajuan keseluruhan' })).toHaveAttribute('aria-valuenow', '72');
    await results.open();
    await expect(page.getByTestId('index-score5')).toHaveText('1,96');
    await expect(page.getByTestId('index-score100')).toHaveText('39,2');
    await expect(page.getByTestId('index-level')).toContainText('Terkelola');
    const table = page.getByRole('table', { name: /Skor per dimensi/ });
    await expect(table.getByRole('row', { name: /Smart Governance/ })).toContainText('1,75');
    await expect(table.getByRole('row', { name: /Smart Branding/ })).toContainText('2,08');
    await expect(table.getByRole('row', { name: /Smart Society/ })).toContainText('2,25');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  });

  test('duplicate to the next period and delete with confirmation', async ({ page, newAssessment, questionnaire, home }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2025);
    await questionnaire.answer('GOV.1.1', 4);
    await home.goto();
    await page.getByRole('link', { name: 'Salin penilaian Kota Cirebon 2025 ke periode baru' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Salin ke periode baru' })).toBeVisible();
    await expect(page.getByLabel('Periode (tahun)')).toHaveValue('2026');
    await page.getByRole('button', { name: 'Salin dan mulai' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kuesioner Kota Cirebon — 2026');
    await expect(questionnaire.level('GOV.1.1', 4)).toBeChecked();

    await home.goto();
    await expect(home.row('Kota Cirebon', 2025)).toBeVisible();
    await home.delete('Kota Cirebon', 2025);
    await expect(home.row('Kota Cirebon', 2025)).toHaveCount(0);
    await expect(home.row('Kota Cirebon', 2026)).toBeVisible();
    await page.reload();
    await expect(home.row('Kota Cirebon', 2025)).toHaveCount(0);
    await expect(home.row('Kota Cirebon', 2026)).toBeVisible();
  });
});
