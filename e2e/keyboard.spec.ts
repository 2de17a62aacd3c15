import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabUntil(page: Page, matches: (el: { tag: string; type: string; name: string; label: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName ?? '', type: a?.getAttribute('type') ?? '', name: a?.name ?? '', label: a?.getAttribute('aria-label') ?? '', text: a?.textContent?.trim() ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('focus target not reached by Tab');
}

test('one element completed with the keyboard only', async ({ page, questionnaire }) => {
  await page.goto('./#/baru');
  await expect(page.getByLabel('Cari kabupaten/kota')).toBeVisible();
  // Region: type a name, then Tab to the result and select it with the space key.
  await tabUntil(page, (el) => el.tag === 'INPUT' && el.type === 'search');
  await page.keyboard.type('kota cirebon');
  await tabUntil(page, (el) => el.tag === 'INPUT' && el.name.endsWith('-region'));
  await page.keyboard.press('Space');
  await expect(page.getByText(/Wilayah terpilih: Kota Cirebon/)).toBeVisible();
  await tabUntil(page, (el) => el.tag === 'BUTTON' && /Mulai penilaian/.test(el.text));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'GOV.1 Pelayanan publik' })).toBeVisible();

  // Each indicator: Tab into its radio group (focus lands on level 0), arrows move and select.
  const targets: Record<string, number> = { 'GOV.1.1': 3, 'GOV.1.2': 1, 'GOV.1.3': 4, 'GOV.1.4': 0 };
  for (const [id, level] of Object.entries(targets)) {
    await tabUntil(page, (el) => el.name === `level-${id}`);
    if (level === 0) await page.keyboard.press('Space');
    for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
    await expect(questionnaire.level(id, level)).toBeChecked();
    await expect(questionnaire.level(id, level)).toBeFocused();
    await questionnaire.expectSaved(id);
  }
  const nav = page.getByRole('navigation', { name: 'Dimensi dan elemen' });
  await expect(nav.getByRole('link', { name: /^GOV\.1 Pelayanan publik/ })).toContainText('4/4');

  // Move on with the keyboard.
  await tabUntil(page, (el) => /^Elemen berikutnya/.test(el.label));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'GOV.2 Manajemen birokrasi' })).toBeVisible();
  await page.reload();
  await page.goto(page.url().replace(/GOV\.2$/, 'GOV.1'));
  for (const [id, level] of Object.entries(targets)) await expect(questionnaire.level(id, level)).toBeChecked();
});
