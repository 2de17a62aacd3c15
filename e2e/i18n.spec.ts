import { expect, test } from './fixtures';

test('the language switch shows English on every screen and survives a reload', async ({ page, newAssessment, questionnaire, results }) => {
  await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
  await questionnaire.answer('GOV.1.1', 3);
  await questionnaire.answer('GOV.1.2', 2);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questionnaire Kota Cirebon — 2026');
  await expect(page.getByRole('heading', { level: 3, name: /How far can licensing and civil-registration services/ })).toBeVisible();
  await expect(questionnaire.level('GOV.1.1', 3)).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Level 3 — Defined/ }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questionnaire Kota Cirebon — 2026');
  await expect(page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' })).toBeVisible();

  await results.open();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kota Cirebon');
  await expect(page.getByRole('heading', { level: 2, name: 'Results summary' })).toBeVisible();
  // English number format: a dot as decimal separator (GOV.1 = (3+2)/2 = 2.50).
  await expect(page.getByText('2.50').first()).toBeVisible();

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart city readiness assessments');
  await expect(page.getByRole('columnheader', { name: 'Region' })).toBeVisible();
  await page.getByRole('link', { name: 'Method', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment method');
  await page.goto('./#/baru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New assessment');
  await expect(page.getByLabel('Search regency/city')).toBeVisible();

  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penilaian baru');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penilaian baru');
});
