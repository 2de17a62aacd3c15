import { expect, expectNoAxeViolations, test } from './fixtures';

test('axe reports no violations on home, new assessment, questionnaire, results, explanation and method', async ({
  page, home, newAssessment, questionnaire, results,
}) => {
  await home.goto();
  await expectNoAxeViolations(page);
  await newAssessment.goto();
  await newAssessment.searchRegion('cirebon');
  await expectNoAxeViolations(page);
  await newAssessment.chooseRegion('kota cirebon', /^Kota Cirebon/);
  await newAssessment.fillPeriod('2026');
  await newAssessment.submit();
  await expect(page.getByRole('heading', { level: 2, name: 'GOV.1 Pelayanan publik' })).toBeVisible();
  await questionnaire.answer('GOV.1.1', 3);
  await questionnaire.openNotes('GOV.1.1');
  await questionnaire.card('GOV.1.1').getByRole('button', { name: 'Tambah bukti' }).click();
  await expectNoAxeViolations(page);
  await questionnaire.goToElement(/^BRD\.1 Pariwisata/);
  await questionnaire.notApplicable('BRD.1.3').check();
  await expectNoAxeViolations(page);
  await results.open();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Lihat cara skor dihitung' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cara skor dihitung');
  await expectNoAxeViolations(page);
  await page.goto('./#/metode');
  await expect(page.getByRole('heading', { level: 1, name: 'Metode penilaian' })).toBeVisible();
  await expectNoAxeViolations(page);
  await home.goto();
  await expectNoAxeViolations(page);
});
