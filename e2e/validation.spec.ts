import { expect, test } from './fixtures';

test.describe('bad input gets a clear message and changes nothing', () => {
  test('new assessment: unknown region code and a year outside 2000–2100', async ({ page, newAssessment, home }) => {
    await newAssessment.goto();
    await newAssessment.searchRegion('99.99');
    await newAssessment.fillPeriod('1999');
    await newAssessment.submit();
    await expect(page.getByText('Kode wilayah tidak dikenal. Pilih salah satu dari 514 kabupaten/kota.')).toBeVisible();
    await expect(page.getByText('Periode harus tahun antara 2000 dan 2100.')).toBeVisible();
    await expect(page.getByLabel('Periode (tahun)')).toHaveAttribute('aria-invalid', 'true');
    await newAssessment.fillPeriod('2101');
    await newAssessment.submit();
    await expect(page.getByText('Periode harus tahun antara 2000 dan 2100.')).toBeVisible();
    await home.goto();
    await expect(page.getByText(/Belum ada penilaian di perangkat ini/)).toBeVisible();
  });

  test('the same region and period twice is refused', async ({ page, newAssessment }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await newAssessment.goto();
    await newAssessment.chooseRegion('kota cirebon', /^Kota Cirebon/);
    await newAssessment.fillPeriod('2026');
    await newAssessment.submit();
    await expect(page.getByText(/Penilaian untuk wilayah dan periode ini sudah ada/)).toBeVisible();
  });

  test('questionnaire: missing N/A reason, over-long note, non-http evidence link', async ({ page, newAssessment, questionnaire }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await questionnaire.goToElement(/^BRD\.1 Pariwisata/);
    await questionnaire.answer('BRD.1.3', 2);

    // "Tidak relevan" without a reason: message shown, the stored level 2 stays.
    await questionnaire.notApplicable('BRD.1.3').check();
    const reason = questionnaire.card('BRD.1.3').getByLabel('Alasan tidak relevan');
    await expect(reason).toBeFocused();
    await expect(questionnaire.card('BRD.1.3').getByText('Wajib diisi.', { exact: true })).toBeVisible();
    await expect(questionnaire.card('BRD.1.3').getByText('Belum tersimpan: perbaiki isian')).toBeVisible();
    await page.reload();
    await expect(questionnaire.level('BRD.1.3', 2)).toBeChecked();

    // A note over 2000 characters: message with the limit, the saved note stays.
    await questionnaire.openNotes('BRD.1.1');
    const note = questionnaire.card('BRD.1.1').getByLabel('Catatan');
    await note.fill('Catatan awal.');
    await questionnaire.expectSaved('BRD.1.1');
    await note.fill('x'.repeat(2001));
    await expect(questionnaire.card('BRD.1.1').getByText('Terlalu panjang: maksimal 2000 karakter (sekarang 2001).')).toBeVisible();
    await page.reload();
    await questionnaire.openNotes('BRD.1.1');
    await expect(questionnaire.card('BRD.1.1').getByLabel('Catatan')).toHaveValue('Catatan awal.');

    // Evidence without a chosen kind (none is preselected) or with a javascript: link is refused;
    // a chosen kind and an https link are accepted.
    const card = questionnaire.card('BRD.1.1');
    await card.getByRole('button', { name: 'Tambah bukti' }).click();
    await expect(card.getByLabel('Jenis bukti')).toHaveValue('');
    await card.getByLabel('Judul dokumen').fill('Perwal Kota Cirebon tentang Branding');
    await card.getByLabel('Tautan (opsional)').fill('javascript:alert(1)');
    await card.getByRole('button', { name: 'Simpan bukti' }).click();
    await expect(card.getByText('Pilih jenis bukti.')).toBeVisible();
    await expect(card.getByText('Tautan harus diawali http:// atau https://.')).toBeVisible();
    await expect(card.getByText('Belum ada bukti.')).toBeVisible();
    await card.getByLabel('Jenis bukti').selectOption('regulasi');
    await card.getByLabel('Tautan (opsional)').fill('https://jdih.cirebonkota.go.id/perwal-branding');
    await card.getByRole('button', { name: 'Simpan bukti' }).click();
    await expect(card.getByRole('listitem')).toContainText('Perwal Kota Cirebon tentang Branding');
    await questionnaire.expectSaved('BRD.1.1');
    await page.reload();
    await expect(questionnaire.card('BRD.1.1').getByRole('listitem')).toContainText('https://jdih.cirebonkota.go.id/perwal-branding');
  });
});
