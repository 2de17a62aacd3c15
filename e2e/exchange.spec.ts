import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { computeIntegrity } from '../src/domain/exchange/integrity';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { BackupPanelModel, DataPageModel } from './page-models/data-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';
import type { NewAssessmentModel } from './page-models/new-assessment-page';
import type { QuestionnaireModel } from './page-models/questionnaire-page';

const sha256Hex = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const NA_REASON = 'Belum ada destinasi berbayar di wilayah kota.';
const NOTE = 'Kalender acara diperbarui tiap bulan; "resmi".';

type Envelope = { assessments: { answers: Record<string, { level: unknown }> }[]; [key: string]: unknown };

/**
 * Kota Cirebon 2026: GOV.1 3, 2, 4, 2 and GOV.2 1, 5 (GOV = (2.75 + 3)/2); BRD.1 3, 2 (with a note),
 * NA (with a reason), 4 and BRD.2 2, 3 (BRD = (3 + 2.5)/2). Index over the two valid dimensions:
 * (2.875 + 2.75)/2 = 2.8125 → "2,81".
 */
async function seedCirebon(page: Page, newAssessment: NewAssessmentModel, questionnaire: QuestionnaireModel): Promise<void> {
  await newAssessment.create('kota cirebon', /^Kota Cirebon \(32\.74\)/, 2026);
  for (const [id, level] of [['GOV.1.1', 3], ['GOV.1.2', 2], ['GOV.1.3', 4], ['GOV.1.4', 2]] as const) await questionnaire.answer(id, level);
  await questionnaire.goToElement(/^GOV\.2 /);
  await questionnaire.answer('GOV.2.1', 1);
  await questionnaire.answer('GOV.2.2', 5);
  await questionnaire.goToElement(/^BRD\.2 /);
  await questionnaire.answer('BRD.2.1', 2);
  await questionnaire.answer('BRD.2.2', 3);
  await questionnaire.goToElement(/^BRD\.1 Pariwisata/);
  await questionnaire.answer('BRD.1.1', 3);
  await questionnaire.answer('BRD.1.2', 2);
  await questionnaire.openNotes('BRD.1.2');
  await questionnaire.card('BRD.1.2').getByLabel('Catatan').fill(NOTE);
  await questionnaire.expectSaved('BRD.1.2');
  await questionnaire.markNotApplicable('BRD.1.3', NA_REASON);
  await questionnaire.answer('BRD.1.4', 4);
  await expect(page.getByTestId('save-summary')).toHaveText(/Semua perubahan tersimpan/);
}

async function indexOnResults(page: Page): Promise<string> {
  await page.getByRole('link', { name: /^(Lihat hasil|See results)/ }).first().click();
  const index = page.getByTestId('index-score5');
  await expect(index).toHaveText('2,81');
  return (await index.textContent()) ?? '';
}

/** A valid exchange file of `count` complete assessments (kabupaten/kota × periods from 2017 on). */
async function largeFile(count: number): Promise<string> {
  const regions = JSON.parse(readFileSync('src/domain/regions/regions-data.json', 'utf8')) as { regencies: [string, string, string][] };
  const ids = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => `${d}.${e}.${i}`)));
  const assessments = Array.from({ length: count }, (_, n) => {
    const [code, name, type] = regions.regencies[n % regions.regencies.length] ?? ['', '', ''];
    const period = 2017 + Math.floor(n / regions.regencies.length);
    const at = `${period}-06-01T00:00:00.000Z`;
    return {
      id: `big-${code}-${period}`, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', period, status: 'final', createdAt: at, updatedAt: at,
      region: { code, name, type: type === 'kota' ? 'kota' : 'kabupaten', provinceCode: code.slice(0, 2), provinceName: '' },
      answers: Object.fromEntries(ids.map((id, i) => [id, { level: (n + i) % 6 }])),
    };
  });
  const body = { format: 'siap-cerdas.assessments', formatVersion: 1, app: { name: 'Siap Cerdas', version: '0.1.0' }, exportedAt: '2026-11-22T00:00:00.000Z', assessments };
  return JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha256Hex) });
}

test.describe('exchange format', () => {
  test('export one assessment, delete it, import the file: same answers, note, NA reason and index', async ({
    page, newAssessment, questionnaire, home,
  }) => {
    await seedCirebon(page, newAssessment, questionnaire);
    const index = await indexOnResults(page);

    const data = new DataPageModel(page);
    await data.goto();
    await data.chooseAssessments(/^Kota Cirebon — 2026/);
    const file = await data.downloadJson();
    expect(file.name).toMatch(/^siap-cerdas-ekspor-\d{4}-\d\d-\d\d\.json$/);
    const envelope = JSON.parse(file.text) as Envelope;
    expect(envelope).toMatchObject({ format: 'siap-cerdas.assessments', formatVersion: 1, integrity: { algorithm: 'SHA-256' } });
    expect(envelope.assessments).toHaveLength(1);

    await home.goto();
    await home.delete('Kota Cirebon', 2026);
    await expect(home.row('Kota Cirebon', 2026)).toHaveCount(0);

    await data.goto();
    await data.pickFile(file.path);
    await expect(data.previewRow('Kota Cirebon', 2026)).toContainText('Baru');
    await expect(data.previewRow('Kota Cirebon', 2026)).toContainText(index);
    await expect(await data.importNow()).toContainText('1 ditambahkan');

    await home.goto();
    await home.open('Kota Cirebon', 2026);
    await questionnaire.goToElement(/^GOV\.1 /);
    await expect(questionnaire.level('GOV.1.1', 3)).toBeChecked();
    await expect(questionnaire.level('GOV.1.3', 4)).toBeChecked();
    await questionnaire.goToElement(/^GOV\.2 /);
    await expect(questionnaire.level('GOV.2.2', 5)).toBeChecked();
    await questionnaire.goToElement(/^BRD\.1 Pariwisata/);
    await expect(questionnaire.level('BRD.1.2', 2)).toBeChecked();
    await expect(questionnaire.notApplicable('BRD.1.3')).toBeChecked();
    await expect(questionnaire.card('BRD.1.3').getByLabel('Alasan tidak relevan')).toHaveValue(NA_REASON);
    await questionnaire.openNotes('BRD.1.2');
    await expect(questionnaire.card('BRD.1.2').getByLabel('Catatan')).toHaveValue(NOTE);
    expect(await indexOnResults(page)).toBe(index);
  });

  test('a changed or non-JSON file is refused with the reason, and nothing changes', async ({ page, newAssessment, questionnaire, home }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await questionnaire.answer('GOV.1.1', 3);
    const data = new DataPageModel(page);
    await data.goto();
    const file = await data.downloadJson();
    await home.goto();
    await home.delete('Kota Cirebon', 2026);

    // One level changed without updating the hash.
    const tampered = JSON.parse(file.text) as Envelope;
    const gov11 = tampered.assessments[0]?.answers['GOV.1.1'];
    if (gov11) gov11.level = 5;
    await data.goto();
    await data.pickFile({ name: 'ubah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(data.errors()).toContainText('Berkas “ubah.json” tidak dapat diimpor. Tidak ada data yang diubah.');
    await expect(data.errors()).toContainText('Kode integritas tidak cocok');
    await expect(data.preview()).toHaveCount(0);

    // A level out of range with a matching hash: the message names the place.
    if (gov11) gov11.level = 7;
    tampered['integrity'] = await computeIntegrity(tampered, sha256Hex);
    await data.pickFile({ name: 'tingkat.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(data.errors()).toContainText('Penilaian ke-1 (Kota Cirebon, 2026), indikator GOV.1.1: tingkat 7 di luar rentang 0–5.');

    await data.pickFile({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan json {') });
    await expect(data.errors()).toContainText('Berkas ini bukan JSON yang valid');

    await home.goto();
    await expect(page.getByText('Belum ada penilaian di perangkat ini.')).toBeVisible();
  });

  test('hostile and damaged files are refused with their own message; nothing changes; the page stays usable', async ({ page, newAssessment, questionnaire }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await questionnaire.answer('GOV.1.1', 3);
    const data = new DataPageModel(page);
    await data.goto();
    const file = await data.downloadJson();
    const raw = new RawIndexedDb(page);
    const before = { assessments: await raw.getAll('assessments'), answers: await raw.getAll('answers') };
    /** The exported text with `from` replaced by `to`, re-hashed (a deliberate edit; `__proto__` stays a member). */
    const edited = async (from: string, to: string) => {
      const { integrity: _old, ...body } = JSON.parse(file.text.replace(from, to)) as Record<string, unknown>;
      return JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha256Hex) });
    };
    const deep = (n: number) => `{"extra":${'['.repeat(n)}${']'.repeat(n)},${file.text.slice(1)}`;
    const cases: [string, string, string][] = [
      ['proto.json', await edited('"answers":{', '"answers":{"__proto__":{"level":3},'),
        'isian bernama “__proto__” pada “assessments[0].answers.__proto__” tidak diperbolehkan'],
      ['array-10000.json', deep(10_000), 'data pada “extra[0]'],
      ['array-100000.json', deep(100_000), 'bersarang lebih dari 32 tingkat'],
      ['catatan-bersarang.json', file.text.replace('"level":3', `"level":3,"note":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
        'data pada “assessments[0].answers.GOV.1.1.note.a.a'],
      ['periode-1e999.json', file.text.replace('"period":2026', '"period":1e999'), 'angka pada “assessments[0].period” terlalu besar untuk disimpan'],
      ['anggota-1e999.json', `{"x":1e999,${file.text.slice(1)}`, 'angka pada “x” terlalu besar untuk disimpan'],
      ['tingkat-2.5.json', await edited('"level":3', '"level":2.5'), 'indikator GOV.1.1: tingkat 2.5 bukan bilangan bulat; isi 0, 1, 2, 3, 4, atau 5.'],
      ['tautan.json', await edited('"level":3', '"level":3,"evidence":[{"id":"e1","kind":"lainnya","title":"Situs","reference":"","url":"http://"}]'),
        'indikator GOV.1.1: tautan bukti “http://” tidak menyebut alamat situs setelah http:// atau https://.'],
    ];
    for (const [name, text, message] of cases) {
      await data.pickFile({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(data.errors(), name).toContainText(`Berkas “${name}” tidak dapat diimpor. Tidak ada data yang diubah.`);
      await expect(data.errors(), name).toContainText(message);
      await expect(data.preview()).toHaveCount(0);
    }
    expect({ assessments: await raw.getAll('assessments'), answers: await raw.getAll('answers') }).toEqual(before);
    expect(errors).toEqual([]);
    await expect(page.getByText('Penyimpanan bermasalah')).toHaveCount(0);
    // The page still works: the untouched file reads into a preview.
    await data.pickFile({ name: 'asli.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(data.preview()).toBeVisible();
  });

  test('a conflict offers keep mine / take theirs / keep both', async ({ page, newAssessment, questionnaire, home }) => {
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await questionnaire.answer('GOV.1.1', 3);
    const data = new DataPageModel(page);
    await data.goto();
    const file = await data.downloadJson();
    await home.goto();
    await home.open('Kota Cirebon', 2026);
    await questionnaire.answer('GOV.1.1', 1);

    await data.goto();
    await data.pickFile(file.path);
    const row = data.previewRow('Kota Cirebon', 2026);
    await expect(row).toContainText('Bentrok');
    await expect(row.getByRole('radio', { name: 'Pertahankan milik saya' })).toBeChecked();
    await expectNoAxeViolations(page);
    await data.decide('Kota Cirebon', 2026, 'theirs');
    await expect(await data.importNow()).toContainText('1 diganti');
    await home.goto();
    await home.open('Kota Cirebon', 2026);
    await expect(questionnaire.level('GOV.1.1', 3)).toBeChecked();

    await data.goto();
    await data.pickFile(file.path);
    await data.decide('Kota Cirebon', 2026, 'both');
    await expect(await data.importNow()).toContainText('1 disimpan sebagai penilaian tambahan');
    await home.goto();
    await expect(home.row('Kota Cirebon', 2026)).toHaveCount(2);
  });

  test('a large file shows its progress, can be cancelled before anything is written, then imports whole', async ({ page }, testInfo) => {
    test.slow();
    const path = testInfo.outputPath('gross-5000.json');
    writeFileSync(path, await largeFile(5000));
    const data = new DataPageModel(page);
    await data.goto();
    await data.pickFile(path);
    const bar = page.getByRole('progressbar', { name: /^(Membaca berkas…|Memeriksa isi berkas…)$/ });
    await expect(bar).toBeVisible();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await expect(bar).toBeHidden();
    await expect(data.preview()).toBeHidden();
    await expect(data.fileInput()).toBeEnabled();

    await data.pickFile(path);
    await expect(data.preview()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/5\.000 penilaian/).first()).toBeVisible();
    // The worker hands the page 50 rows at a time; the rest on request.
    const rows = data.preview().locator('tbody tr');
    await expect(rows).toHaveCount(50);
    await page.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
    await expect(rows).toHaveCount(100);
    await expect(page.getByText('Menampilkan 100 dari 5.000 penilaian dalam berkas; semuanya diimpor.')).toBeVisible();
    await expect(await data.importNow()).toContainText('5.000 ditambahkan');
    const raw = new RawIndexedDb(page);
    await raw.openQuietPage();
    expect(await raw.getAll('assessments')).toHaveLength(5000);
  });

  test('the scores CSV opens as a table: BOM, ";" between fields, decimal comma', async ({ page, newAssessment, questionnaire }) => {
    await seedCirebon(page, newAssessment, questionnaire);
    const index = await indexOnResults(page);
    const data = new DataPageModel(page);
    await data.goto();
    const csv = await data.downloadCsv();
    expect(csv.name).toMatch(/^siap-cerdas-skor-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    const header = (lines[0] ?? '').split(';');
    const row = (lines[1] ?? '').split(';');
    expect(header.slice(0, 9)).toEqual(['kode_wilayah', 'nama_wilayah', 'kode_provinsi', 'provinsi', 'periode', 'status', 'versi_instrumen', 'profil_bobot', 'indeks']);
    expect(header).toHaveLength(34);
    expect(header.at(-1)).toBe('cakupan_persen');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('kode_wilayah')).toBe('32.74');
    expect(cell('nama_wilayah')).toBe('Kota Cirebon');
    expect(cell('provinsi')).toBe('Jawa Barat');
    expect(cell('status')).toBe('Draf');
    expect(cell('indeks')).toBe(index);
    expect(cell('GOV.1')).toBe('2,75');
    expect(cell('BRD.1')).toBe('3,00');
    expect(cell('ECO.1')).toBe('');
  });

  test('the backup reminder appears after a change and disappears after "Cadangkan sekarang"', async ({
    page, newAssessment, questionnaire, home,
  }) => {
    const backup = new BackupPanelModel(page);
    await home.goto();
    await expect(backup.panel()).toContainText('Belum ada penilaian untuk dicadangkan.');
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await home.goto();
    await expect(backup.reminder()).toHaveText('Data di perangkat ini belum pernah dicadangkan.');

    const file = await backup.backupNow();
    expect(file.name).toMatch(/^siap-cerdas-cadangan-\d{4}-\d\d-\d\d\.json$/);
    expect((JSON.parse(file.text) as Envelope).assessments).toHaveLength(1);
    await expect(backup.reminder()).toHaveCount(0);
    await expect(backup.panel()).toContainText('Cadangan terakhir:');

    await home.open('Kota Cirebon', 2026);
    await questionnaire.answer('GOV.1.1', 2);
    await home.goto();
    await expect(backup.reminder()).toContainText('Data berubah sejak cadangan terakhir (');
    await backup.backupNow();
    await expect(backup.reminder()).toHaveCount(0);
    await page.reload();
    await expect(backup.panel()).toContainText('Cadangan terakhir:');
    await expect(backup.reminder()).toHaveCount(0);
  });

  test('axe reports no violations on the data page, empty and with a refused file', async ({ page, newAssessment }) => {
    const data = new DataPageModel(page);
    await data.goto();
    await expectNoAxeViolations(page);
    await newAssessment.create('kota cirebon', /^Kota Cirebon/, 2026);
    await data.goto();
    await data.chooseAssessments(/^Kota Cirebon — 2026/);
    await data.pickFile({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"lain"}') });
    await expect(data.errors()).toContainText('bukan berkas ekspor Siap Cerdas');
    await expectNoAxeViolations(page);
  });
});
