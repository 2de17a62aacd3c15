import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pdfInfo, pdfPagesText } from '../scripts/pdf-check.mjs';
import { computeIntegrity } from '../src/domain/exchange/integrity';
import { expect, test } from './fixtures';
import { DataPageModel } from './page-models/data-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';
import { printToPdf } from './page-models/report-page';
import { VisitPageModel } from './page-models/visit-page';

const NOTE = 'Catatan internal tuan rumah: anggaran belum disetujui';
const ELEMENTS = ['GOV.1', 'GOV.2', 'GOV.3', 'BRD.1', 'BRD.2', 'BRD.3', 'ECO.1', 'ECO.2', 'ECO.3', 'LIV.1', 'LIV.2', 'LIV.3', 'SOC.1', 'SOC.2', 'SOC.3', 'ENV.1', 'ENV.2', 'ENV.3'];
const sha = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An exchange file of one assessment: every indicator at `base`, except the elements in `levels`. */
async function exchangeFile(id: string, region: { code: string; name: string; type: string; provinceCode: string; provinceName: string }, levels: Readonly<Record<string, number>>, extra: Record<string, unknown> = {}) {
  const answers = Object.fromEntries(ELEMENTS.flatMap((e) => [1, 2, 3, 4].map((i) => [`${e}.${i}`, { level: levels[e] ?? 2 }])));
  Object.assign(answers, extra);
  const body = {
    format: 'siap-cerdas.assessments', formatVersion: 1, app: { name: 'Siap Cerdas', version: 'test' }, exportedAt: '2026-03-01T00:00:00.000Z',
    assessments: [{ id, region, period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'final',
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', answers }],
  };
  const text = JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha) });
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
}

test.use({ timezoneId: 'Asia/Jakarta' });

test('host exports a visit package; the visitor imports it, sees the gap map, adopts two practices and prints the report', async ({ browser }) => {
  test.setTimeout(90_000);
  // Host laptop: Kota Cirebon, ahead on GOV.1 (5) and GOV.2 (4), behind on GOV.3 (2 vs the visitor's 4).
  const hostContext = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
  const host = await hostContext.newPage();
  await new DataPageModel(host).goto();
  await new DataPageModel(host).importFile(await exchangeFile('a-cirebon', { code: '32.74', name: 'Kota Cirebon', type: 'kota', provinceCode: '32', provinceName: 'Jawa Barat' }, { 'GOV.1': 5, 'GOV.2': 4 }, {
    'GOV.1.1': { level: 5, note: NOTE, evidence: [
      { id: 'ev-a', kind: 'aplikasi_url', title: 'Aplikasi perizinan daring', reference: 'DPMPTSP', url: 'https://perizinan.contoh.go.id/' },
      { id: 'ev-b', kind: 'sop', title: 'SOP pelayanan terpadu', reference: 'Bagian Organisasi' },
      { id: 'ev-c', kind: 'lainnya', title: 'Draf internal tidak dibagikan', reference: '-' },
    ] },
  }));
  const hostVisit = new VisitPageModel(host);
  await hostVisit.gotoExport('a-cirebon');
  await host.getByRole('checkbox', { name: 'Aplikasi perizinan daring' }).check();
  await host.getByRole('checkbox', { name: 'SOP pelayanan terpadu' }).check();
  await host.getByLabel('Praktik baik GOV.1').fill('Mal pelayanan publik dengan satu aplikasi perizinan.');
  await expect(hostVisit.preview()).toContainText('Mal pelayanan publik dengan satu aplikasi perizinan.');
  await expect(hostVisit.preview()).toContainText('https://perizinan.contoh.go.id/');
  await expect(hostVisit.preview()).not.toContainText('Draf internal');
  await expect(hostVisit.preview()).not.toContainText(NOTE);
  const [download] = await Promise.all([host.waitForEvent('download'), host.getByRole('button', { name: 'Unduh paket studi banding' }).click()]);
  const packageText = readFileSync(await download.path(), 'utf8');
  expect(packageText).not.toContain(NOTE);
  expect(packageText).not.toContain('Draf internal');
  expect(packageText).toContain('SOP pelayanan terpadu');
  await hostContext.close();

  // Visitor laptop: Kabupaten Demak, level 2 everywhere but GOV.3 (4).
  const visitorContext = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
  const visitor = await visitorContext.newPage();
  await new DataPageModel(visitor).goto();
  await new DataPageModel(visitor).importFile(await exchangeFile('a-demak', { code: '33.21', name: 'Kabupaten Demak', type: 'kabupaten', provinceCode: '33', provinceName: 'Jawa Tengah' }, { 'GOV.3': 4 }));
  const visit = new VisitPageModel(visitor);
  await visit.gotoWorkspace('a-demak');
  // A tampered package is refused and changes nothing.
  await visit.openPackage({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(packageText.replace('"GOV.1.2":5', '"GOV.1.2":1')) });
  await expect(visitor.getByRole('alert')).toContainText('telah diubah atau rusak');
  await visit.openPackage({ name: 'paket.json', mimeType: 'application/json', buffer: Buffer.from(packageText) });
  await expect(visitor.getByText('Paket Kota Cirebon 2026 dibuka')).toBeVisible();
  // Hand computation: GOV.1 5 − 2 = +3 and GOV.2 4 − 2 = +2 (learn), GOV.3 2 − 4 = −2 (share), 15 equal.
  await expect(visit.gapCounts()).toHaveText('Pelajari di sini: 2 · Bagikan: 1 · Setara: 15 · Tidak dihitung: 0');
  await expect(visit.gapRow('GOV.1').locator('td')).toHaveText(['2,00', '5,00', '+3,00', /^Pelajari di sini/]);
  await expect(visit.gapRow('GOV.2')).toContainText('+2,00');
  await expect(visit.gapRow('GOV.3')).toContainText(/[−-]2,00/);
  const card = visit.card('GOV.1');
  await expect(card).toContainText('Mal pelayanan publik dengan satu aplikasi perizinan.');
  await expect(card.getByRole('link', { name: 'tautan' })).toHaveAttribute('href', 'https://perizinan.contoh.go.id/');
  await expect(visitor.locator('body')).not.toContainText(NOTE);
  await visit.adopt('GOV.1', 'DPMPTSP Demak');
  await visit.adopt('GOV.2', 'Diskominfo Demak');
  await visitor.getByLabel('Tanggal kunjungan').fill('2026-03-25');
  await visitor.getByLabel('Anggota delegasi').fill('Bupati Demak\nKepala Diskominfo');
  // What the delegation types is in IndexedDB once "✓ Tersimpan" shows: a reload keeps it all.
  const LESSONS = 'Izin usaha terbit dalam 3 hari kerja.';
  await visit.typeLessons(LESSONS);
  await visitor.reload();
  await expect(visit.lessons()).toHaveValue(LESSONS);
  const workspaceUrl = visitor.url();
  await expect(visitor.getByLabel('Anggota delegasi')).toHaveValue('Bupati Demak\nKepala Diskominfo');
  await visitor.getByRole('button', { name: 'Tambahkan 2 praktik ke rencana' }).click();
  await expect(visitor.getByText('2 praktik ditambahkan ke rencana')).toBeVisible();
  const plans = await new RawIndexedDb(visitor).getAll('plans');
  const actions = (plans.find((p) => p['assessmentId'] === 'a-demak')?.['actions'] ?? []) as { opd: string; source?: Record<string, string> }[];
  expect(actions.map((a) => [a.opd, a.source?.['hostName'], a.source?.['visitDate'], a.source?.['elementId']])).toEqual([
    ['DPMPTSP Demak', 'Kota Cirebon', '2026-03-25', 'GOV.1'], ['Diskominfo Demak', 'Kota Cirebon', '2026-03-25', 'GOV.2'],
  ]);

  await visitor.getByRole('link', { name: 'Laporan studi banding (cetak)' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Laporan studi banding');
  const file = 'artifacts/studi-banding/visit-report.pdf';
  await printToPdf(visitor, file);
  const pages = pdfPagesText(file);
  const { pages: count } = pdfInfo(file);
  for (const [i, text] of pages.entries()) expect(text, `page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${count}`);
  const all = pages.join('\n').replace(/\s+/g, ' ');
  for (const word of ['Kabupaten Demak', 'Kota Cirebon', '25 Maret 2026', 'Bupati Demak', '+3,00', 'Pelajari di sini', 'DPMPTSP Demak', 'Diskominfo Demak',
    'Diadopsi dari Kota Cirebon, studi banding 25 Maret 2026', 'Mal pelayanan publik']) expect(all).toContain(word);
  expect(all).not.toContain(NOTE);
  // The same report on F4 (215 × 330 mm), numbered on every page too.
  await visitor.getByLabel('Ukuran kertas').selectOption('f4');
  const f4 = 'artifacts/studi-banding/visit-report-f4.pdf';
  await printToPdf(visitor, f4);
  const f4Info = pdfInfo(f4);
  expect([Math.round(f4Info.width), Math.round(f4Info.height)]).toEqual([609, 935]);
  for (const [i, text] of pdfPagesText(f4).entries()) expect(text, `F4 page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${f4Info.pages}`);

  // A full backup carries the workspace: restored on a fresh laptop, the package and the lessons are there.
  await new DataPageModel(visitor).goto();
  const backup = await new DataPageModel(visitor).downloadJson();
  const freshContext = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
  const fresh = await freshContext.newPage();
  await new DataPageModel(fresh).goto();
  await new DataPageModel(fresh).importFile({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await fresh.goto(workspaceUrl);
  await expect(new VisitPageModel(fresh).lessons()).toHaveValue(LESSONS);
  await expect(new VisitPageModel(fresh).card('GOV.1')).toContainText('Mal pelayanan publik dengan satu aplikasi perizinan.');
  await freshContext.close();
  await visitorContext.close();
});
