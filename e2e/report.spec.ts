import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfDarkness, pdfInfo, pdfLargeText, pdfPagesText, pdfWords } from '../scripts/pdf-check.mjs';
import type { PdfWord } from '../scripts/pdf-check.mjs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { NewAssessmentModel } from './page-models/new-assessment-page';
import type { QuestionnaireModel } from './page-models/questionnaire-page';
import { ComparisonPageModel, ReportPageModel } from './page-models/report-page';
import { ResultsModel } from './page-models/results-page';

/** PDFs go outside test-results (Playwright wipes it each run). */
const OUT = 'artifacts/report';
/** Set UPDATE_SAMPLE_REPORT=1 to refresh docs/sample-report.pdf from the demo assessment. */
const UPDATE_SAMPLE = process.env.UPDATE_SAMPLE_REPORT === '1';
const PRINTED_AT = new Date('2026-03-02T09:00:00+07:00');

test.use({ timezoneId: 'Asia/Jakarta' });

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 'NA';
interface EvidenceInput { kind: string; title: string; reference: string; date?: string }

/**
 * Demo assessment of Kota Cirebon 2026 (levels per element, questionnaire order). Hand-computed:
 * GOV = (3.5 + 3 + 3)/3 = 3.1667 · BRD = (2.5 + 2.25 + 2.25)/3 = 2.3333 · ECO = (5/3 + 2.25 + 3)/3
 * = 2.3056 · LIV = (2.25 + 2.75 + 2)/3 = 2.3333 · SOC = (2 + 2.25 + 3.25)/3 = 2.5 (band edge → 3)
 * · ENV = (1.75 + 2.25 + 4/3)/3 = 1.7778. Index = 519/216 = 2.4028 → "2,40", 48,1/100, level 2.
 */
const DEMO: Readonly<Record<string, readonly Level[]>> = {
  'GOV.1': [4, 3, 4, 3], 'GOV.2': [3, 3, 4, 2], 'GOV.3': [4, 3, 3, 2],
  'BRD.1': [3, 3, 2, 2], 'BRD.2': [2, 3, 2, 2], 'BRD.3': [3, 2, 3, 1],
  'ECO.1': [2, 2, 1, 'NA'], 'ECO.2': [3, 2, 2, 2], 'ECO.3': [4, 3, 3, 2],
  'LIV.1': [3, 2, 2, 2], 'LIV.2': [3, 3, 2, 3], 'LIV.3': [2, 3, 2, 1],
  'SOC.1': [2, 2, 3, 1], 'SOC.2': [3, 2, 2, 2], 'SOC.3': [4, 3, 3, 3],
  'ENV.1': [2, 2, 2, 1], 'ENV.2': [3, 2, 2, 2], 'ENV.3': [2, 1, 'NA', 1],
};
const DEMO_DIMENSIONS: readonly [string, string, string][] = [
  ['Smart Governance', '3,17', '63,3'], ['Smart Branding', '2,33', '46,7'], ['Smart Economy', '2,31', '46,1'],
  ['Smart Living', '2,33', '46,7'], ['Smart Society', '2,50', '50,0'], ['Smart Environment', '1,78', '35,6'],
];
const NA_REASONS: Readonly<Record<string, string>> = {
  'ECO.1.4': 'Kota tidak memiliki kawasan industri; kegiatan industri kecil dibina melalui program UMKM.',
  'ENV.3.3': 'Belum ada potensi energi terbarukan skala kota yang layak menurut kajian dinas terkait.',
};
const NOTES: Readonly<Record<string, string>> = {
  'GOV.1.1': 'Perizinan berusaha melalui OSS; administrasi kependudukan daring terhubung dengan Dukcapil.',
  'GOV.3.1': 'Masterplan smart city ditetapkan; dewan smart city rapat dua kali setahun.',
  'SOC.3.1': 'Command center memantau CCTV persimpangan utama; laporan kejadian direkap bulanan.',
};
const EVIDENCE: Readonly<Record<string, EvidenceInput>> = {
  'GOV.1.1': { kind: 'aplikasi_url', title: 'Portal layanan perizinan daring (contoh)', reference: 'Dinas PMPTSP' },
  'GOV.3.1': { kind: 'regulasi', title: 'Peraturan Wali Kota tentang Masterplan Smart City (contoh)', reference: 'Bagian Hukum Setda', date: '2017-11-20' },
  'SOC.3.1': { kind: 'laporan', title: 'Laporan pemantauan command center 2025 (contoh)', reference: 'Diskominfo', date: '2026-01-15' },
};

function assessmentIdFrom(page: Page): string {
  const id = /#\/penilaian\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return decodeURIComponent(id);
}

async function startAssessment(page: Page, newAssessment: NewAssessmentModel, query: string, option: RegExp, period: number) {
  await newAssessment.goto();
  await newAssessment.chooseRegion(query, option);
  await newAssessment.fillPeriod(String(period));
  await newAssessment.fillTeam('Tim Pelaksana Smart City (demo)');
  await page.getByLabel(/^Narahubung|^Contact person/).fill('Diskominfo — smartcity@contoh.go.id');
  await newAssessment.submit();
  await expect(page.getByRole('heading', { level: 1, name: /Kuesioner|Questionnaire/ })).toBeVisible();
  return assessmentIdFrom(page);
}

async function addEvidence(questionnaire: QuestionnaireModel, id: string, ev: EvidenceInput) {
  await questionnaire.openNotes(id);
  const card = questionnaire.card(id);
  await card.getByRole('button', { name: /Tambah bukti/ }).click();
  await card.getByLabel('Jenis bukti').selectOption(ev.kind);
  await card.getByLabel(/^Judul dokumen/).fill(ev.title);
  await card.getByLabel(/^Nomor dokumen atau lokasi berkas/).fill(ev.reference);
  if (ev.date) await card.getByLabel(/^Tanggal dokumen/).fill(ev.date);
  await card.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(card.getByText(ev.title)).toBeVisible();
  await questionnaire.expectSaved(id);
}

/** Answers every element of `levels` through the questionnaire, in order, with notes and evidence. */
async function answerAll(page: Page, questionnaire: QuestionnaireModel, levels: Readonly<Record<string, readonly Level[]>>, extras = true) {
  const order = Object.keys(DEMO);
  let at = 0; // a new questionnaire opens on the first element (GOV.1)
  for (const elementId of Object.keys(levels)) {
    const name = new RegExp(`^${elementId.replace('.', '\\.')} `);
    const target = order.indexOf(elementId);
    if (target === at + 1) await questionnaire.next();
    else if (target !== at) await questionnaire.goToElement(name);
    at = target;
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    for (const [n, level] of (levels[elementId] ?? []).entries()) {
      const id = `${elementId}.${n + 1}`;
      if (level === 'NA') await questionnaire.markNotApplicable(id, NA_REASONS[id] ?? 'Tidak relevan untuk wilayah ini.');
      else await questionnaire.answer(id, level);
      if (!extras) continue;
      const note = NOTES[id];
      if (note) {
        await questionnaire.openNotes(id);
        await questionnaire.card(id).getByLabel('Catatan').fill(note);
        await questionnaire.expectSaved(id);
      }
      const ev = EVIDENCE[id];
      if (ev) await addEvidence(questionnaire, id, ev);
    }
  }
}

async function markFinal(page: Page, id: string) {
  await page.goto(`./#/penilaian/${id}/hasil`);
  await new ResultsModel(page).markFinal(true);
  await expect(page.getByRole('button', { name: 'Buka kembali sebagai draf' })).toBeVisible();
}

/**
 * Share of non-white pixels in a 16 pt square at the centre of a radar on `page`: midway between
 * its top axis label and the first bottom axis label below it (words right of `maxX` ignored, so a
 * table beside the radar does not count). A drawn, filled polygon gives ≈ 1; grid spokes alone
 * give < 0.1.
 */
function radarCentreInk(file: string, page: number, labels: { top: string; bottom: string; maxX?: number; threshold?: number }): number {
  const words = pdfWords(file, page).filter((w) => w.xMax < (labels.maxX ?? Infinity));
  const byY = (a: PdfWord, b: PdfWord) => a.yMin - b.yMin;
  const top = words.filter((w) => w.text === labels.top).sort(byY)[0];
  const bottom = top && words.filter((w) => w.text === labels.bottom && w.yMin > top.yMax).sort(byY)[0];
  if (!top || !bottom) throw new Error(`radar labels "${labels.top}"/"${labels.bottom}" not found on page ${page}`);
  const cx = (top.xMin + top.xMax) / 2;
  const cy = (top.yMax + bottom.yMin) / 2;
  const box = { x: cx - 8, y: cy - 8, width: 16, height: 16 };
  return pdfDarkness(file, page, { box, dpi: 144, threshold: labels.threshold ?? 230 });
}

/** Share of dark pixels in the band above a figure caption ("Gambar 1.") on `page`. */
function inkAboveCaption(file: string, page: number, captionWord: string, height: number): number {
  const caption = pdfWords(file, page).filter((w) => w.text === captionWord).sort((a, b) => a.yMin - b.yMin)[0];
  if (!caption) throw new Error(`caption "${captionWord}" not found on page ${page}`);
  return pdfDarkness(file, page, { box: { x: 45, y: caption.yMin - height, width: 505, height: height - 30 }, dpi: 72 });
}

test.describe('printable reports', () => {
  test('final demo assessment: A4 report with every value, page numbers, radar and no DRAF', async ({ page, newAssessment, questionnaire }) => {
    test.setTimeout(180_000);
    await page.clock.setFixedTime(PRINTED_AT);
    const id = await startAssessment(page, newAssessment, 'kota cirebon', /^Kota Cirebon \(32\.74\)/, 2026);
    await answerAll(page, questionnaire, DEMO);
    await markFinal(page, id);

    const report = new ReportPageModel(page);
    await report.goto(id);
    await expect(report.region()).toHaveText('Kota Cirebon');
    await expect(report.index()).toHaveText('2,40');
    await expect(page.getByTestId('report-index100')).toHaveText('48,1');
    await expect(page.getByTestId('report-level')).toHaveText('2 · Terkelola');
    for (const [name, score5, score100] of DEMO_DIMENSIONS) {
      await expect(report.dimensionRow(name)).toContainText(score5);
      await expect(report.dimensionRow(name)).toContainText(score100);
    }
    await expect(report.dimensionRow('Smart Society')).toContainText('3 · Terdefinisi');
    await expect(report.watermark()).toHaveCount(0);
    await expect(report.printButton()).toBeVisible();
    await expectNoAxeViolations(page);

    const file = `${OUT}/final-report.pdf`;
    const ms = await report.savePdf(file);
    const info = pdfInfo(file);
    const pages = pdfPagesText(file);
    const summaryLayout = pdfPagesText(file, { layout: true })[1] ?? '';
    console.log(`report PDF: ${info.pages} pages in ${Math.round(ms)} ms`);
    // Cover, summary, six dimensions, strengths and gaps, method appendix.
    expect(info.pages).toBe(10);
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 1} has text`).toMatch(/\w{3,}/);
      expect(pdfDarkness(file, i + 1), `page ${i + 1} has ink`).toBeGreaterThan(0.005);
      expect(text, `page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${info.pages}`);
      expect(text, `page ${i + 1} has no watermark`).not.toMatch(/DRAF/);
      expect(pdfLargeText(file, i + 1), `page ${i + 1} has no large text`).toBe('');
    }
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(pages[0]).toContain('Kota Cirebon');
    expect(pages[0]).toContain('32.74');
    expect(pages[0]).toContain('Jawa Barat');
    expect(pages[0]).toMatch(/Disahkan oleh[\s\S]*NIP[\s\S]*Tanda tangan/);
    expect(pages[0]).toContain('2 Maret 2026');
    expect(pages[1]).toContain('2,40');
    expect(pages[1]).toContain('48,1');
    // The dimension table keeps each name on one line: name, 0–5 and 0–100 read as one row.
    for (const [name, score5, score100] of DEMO_DIMENSIONS) expect(summaryLayout).toMatch(new RegExp(`${name}\\s+${score5}\\s+${score100}`));
    expect(all).toContain('Instrumen ini disusun berdasarkan kerangka Gerakan Menuju Smart City; bukan instrumen resmi.');
    // Each dimension starts its own page (3–8), in order.
    for (const [k, [name, score5]] of DEMO_DIMENSIONS.entries()) expect(pages[k + 2]).toContain(`${name} — ${score5}`);
    expect(pages[8]).toContain('Kekuatan dan kesenjangan');
    expect(pages[9]).toContain('Lampiran: metode penilaian');

    // The radar is drawn: its filled polygon covers the centre, found between the top and bottom
    // axis labels ("Governance", "Living") in the left column of page 2.
    expect(radarCentreInk(file, 2, { top: 'Governance', bottom: 'Living', maxX: 320 })).toBeGreaterThan(0.8);

    if (UPDATE_SAMPLE) {
      mkdirSync('docs', { recursive: true });
      copyFileSync(file, 'docs/sample-report.pdf');
    }
  });
  test('draft report: DRAF watermark and "Halaman X dari Y" on every page, DRAFT and "Page X of Y" in English', async ({ page, newAssessment, questionnaire }) => {
    await page.clock.setFixedTime(PRINTED_AT);
    const id = await startAssessment(page, newAssessment, 'kota bogor', /^Kota Bogor \(32\.71\)/, 2026);
    // Only GOV.1 answered: 3, 2, 4, 2 → E = 2.75 (§6.10); no dimension is valid, so no index.
    await answerAll(page, questionnaire, { 'GOV.1': [3, 2, 4, 2] }, false);

    const report = new ReportPageModel(page);
    await report.goto(id);
    await expect(report.region()).toHaveText('Kota Bogor');
    await expect(report.index()).toHaveText('—');
    await expect(report.watermark()).toHaveText('DRAF');
    await expect(page.getByText('Belum memenuhi syarat status final')).toBeVisible();
    await expectNoAxeViolations(page);

    const file = `${OUT}/draft-report.pdf`;
    await report.savePdf(file);
    const pages = pdfPagesText(file);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const [i, text] of pages.entries()) {
      expect(pdfLargeText(file, i + 1), `page ${i + 1} watermark`).toBe('DRAF');
      expect(text, `page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    }
    expect(pages[2]).toContain('GOV.1 Pelayanan publik — 2,75');
    // No app chrome in print: the header's navigation and the footer are hidden.
    expect(pages.join('\n')).not.toMatch(/Beranda|Lewati ke konten utama|Data tersimpan hanya di perangkat ini/);

    // "Cetak / Simpan PDF" opens the browser's print dialog (stubbed here); nothing is uploaded.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await report.printButton().click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    expect(requests).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(report.heading()).toContainText('Smart City Readiness Report');
    await expect(report.watermark()).toHaveText('DRAFT');
    const english = `${OUT}/draft-report-en.pdf`;
    await report.savePdf(english);
    const enPages = pdfPagesText(english);
    for (const [i, text] of enPages.entries()) {
      expect(pdfLargeText(english, i + 1), `page ${i + 1} watermark`).toBe('DRAFT');
      expect(text, `page ${i + 1} numbered`).toContain(`Page ${i + 1} of ${enPages.length}`);
    }
    expect(enPages[2]).toContain('GOV.1 Public service — 2.75');
    expect(enPages.join(' ').replace(/\s+/g, ' ')).toContain('it is not an official instrument');

    // The @page rules live only while a report is mounted, so other screens print as before.
    await expect(page.locator('style[data-report-page-rules]')).toHaveCount(1);
    await page.getByRole('link', { name: 'Back to results' }).click();
    await expect(page).toHaveURL(/\/hasil$/);
    await expect(page.locator('style[data-report-page-rules]')).toHaveCount(0);
  });

  test('comparison: picker, 2–6 limits, three regions side by side, A4 PDF with bars and radar', async ({ page, newAssessment, questionnaire }) => {
    test.setTimeout(300_000);
    await page.clock.setFixedTime(PRINTED_AT);
    const cirebon = await startAssessment(page, newAssessment, 'kota cirebon', /^Kota Cirebon \(32\.74\)/, 2026);
    await answerAll(page, questionnaire, DEMO, false);
    await markFinal(page, cirebon);
    // Kabupaten Cirebon: the p-th indicator gets p mod 5 (index 1.9583…, see assessment.spec.ts).
    const pattern = Object.fromEntries(Object.keys(DEMO).map((e, k) => [e, [0, 1, 2, 3].map((n) => ((4 * k + n) % 5) as Level)]));
    const kabupaten = await startAssessment(page, newAssessment, 'kabupaten cirebon', /^Kabupaten Cirebon \(32\.09\)/, 2026);
    await answerAll(page, questionnaire, pattern, false);
    // Kota Bandung: elements .1 and .2 of every dimension at 3, elements .3 left empty.
    const partial = Object.fromEntries(Object.keys(DEMO).filter((e) => !e.endsWith('.3')).map((e) => [e, [3, 3, 3, 3] as Level[]]));
    const bandung = await startAssessment(page, newAssessment, 'kota bandung', /^Kota Bandung \(32\.73\)/, 2026);
    await answerAll(page, questionnaire, partial, false);

    const comparison = new ComparisonPageModel(page);
    await comparison.goto([]);
    await expect(comparison.message()).toHaveText(/Pilih sedikitnya 2 penilaian untuk dibandingkan \(sekarang 0\)/);
    await expect(comparison.picker().getByRole('checkbox')).toHaveCount(3);
    await comparison.choice('Kota Cirebon', 2026).check();
    await expect(comparison.message()).toHaveText(/sekarang 1/);
    await comparison.choice('Kabupaten Cirebon', 2026).check();
    await comparison.choice('Kota Bandung', 2026).check();
    await expect(page).toHaveURL(new RegExp(`ids=${cirebon},${kabupaten},${bandung}$`));
    await expect(comparison.message()).toHaveCount(0);
    await expect(comparison.heading()).toHaveText('Laporan Perbandingan Kesiapan Smart City');
    const regions = comparison.regionsTable();
    await expect(regions.getByRole('row', { name: /^Kota Cirebon 2026/ })).toContainText('2,40');
    await expect(regions.getByRole('row', { name: /^Kabupaten Cirebon 2026/ })).toContainText('1,96');
    await expect(regions.getByRole('row', { name: /^Kota Bandung 2026/ })).toContainText('3,00');
    const dims = comparison.dimensionsTable();
    await expect(dims.getByRole('row', { name: /^Smart Governance/ })).toHaveText(/Smart Governance\s*3,17\s*1,75\s*3,00/);
    await expect(dims.getByRole('row', { name: /^Smart Branding/ })).toHaveText(/Smart Branding\s*2,33\s*2,08\s*3,00/);
    await expect(page.getByRole('table', { name: /Skor elemen/ }).getByRole('row', { name: /^GOV\.3/ })).toHaveText(/3,00\s*2,00\s*—/);
    await expectNoAxeViolations(page);

    const file = `${OUT}/comparison.pdf`;
    const ms = await comparison.savePdf(file);
    const pages = pdfPagesText(file);
    console.log(`comparison PDF: ${pages.length} pages in ${Math.round(ms)} ms`);
    expect(pages).toHaveLength(3);
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari 3`);
      // Kabupaten Cirebon is still a draft, so the whole comparison carries the watermark.
      expect(pdfLargeText(file, i + 1), `page ${i + 1} watermark`).toBe('DRAF');
      expect(pdfDarkness(file, i + 1), `page ${i + 1} has ink`).toBeGreaterThan(0.005);
    }
    const layout = pdfPagesText(file, { layout: true });
    expect(layout[0]).toMatch(/Kota Cirebon 2026\s+Jawa Barat\s+Final\s+2,40\s+48,1/);
    expect(layout[0]).toMatch(/Kabupaten Cirebon 2026\s+Jawa Barat\s+Draf\s+1,96\s+39,2/);
    expect(layout[1]).toMatch(/Smart Environment\s+1,78\s+1,75\s+3,00/);
    expect(inkAboveCaption(file, 1, 'Gambar', 260)).toBeGreaterThan(0.05);
    expect(radarCentreInk(file, 2, { top: 'Governance', bottom: 'Living', threshold: 245 })).toBeGreaterThan(0.8);

    await comparison.goto([cirebon, 'tidak-ada']);
    await expect(comparison.message()).toHaveText(/tidak ditemukan di perangkat ini: tidak-ada/);
    await page.getByRole('button', { name: 'Hapus dari perbandingan' }).click();
    await expect(comparison.message()).toHaveText(/sekarang 1/);
    await comparison.goto(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    await expect(comparison.message()).toHaveText(/Paling banyak 6 penilaian dapat dibandingkan \(sekarang 7\)/);
    await expectNoAxeViolations(page);
  });
});

