import { pdfDarkness, pdfInfo, pdfLongestVerticalLine, pdfPagesText } from '../scripts/pdf-check.mjs';
import { expect, test } from './fixtures';
import { BenchmarkPageModel } from './page-models/benchmark-page';
import type { SeedAssessment } from './page-models/benchmark-page';
import { ComparisonPageModel, ReportPageModel } from './page-models/report-page';

/**
 * Both reports printed on A4 (210 × 297 mm) and F4/Folio (215 × 330 mm), the paper chosen on the
 * print screen and remembered. On every page nothing is inked in the outer margin band, and where a
 * full-width table or box is printed its right border is really there: a long dark vertical line just
 * inside the right text edge (15 mm margins), at its full width rather than the sliver a margin clip leaves. PDFs go to artifacts/paper for review.
 */
const OUT = 'artifacts/paper';
const PT_PER_MM = 72 / 25.4;
const MARGIN_SIDE_MM = 15;
const PAPERS = [
  { choice: 'f4', label: /^F4/, widthMm: 215, heightMm: 330 },
  { choice: 'a4', label: /^A4/, widthMm: 210, heightMm: 297 },
] as const;
type Paper = (typeof PAPERS)[number];

const SEEDS: readonly SeedAssessment[] = [
  { id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'final', updatedAt: '2026-03-10T08:00:00.000Z', levels: [3, 2, 3, 2, 4, 1] },
  { id: 'bandung-2026', regionCode: '32.73', period: 2026, status: 'final', updatedAt: '2026-03-11T08:00:00.000Z', levels: [4, 3, 3, 4, 3, 2] },
  { id: 'bogor-2026', regionCode: '32.71', period: 2026, status: 'final', updatedAt: '2026-03-12T08:00:00.000Z', levels: [2, 2, 1, 3, 2, 2] },
];

test.use({ timezoneId: 'Asia/Jakarta' });

/**
 * The printed pages of `file` on `paper`: page size; no ink within 12 mm of the left and right edges
 * nor 5 mm of the top and bottom (the running header and page number sit further in); and on each of
 * `bordered` (1-based pages) a vertical line of at least 8 mm within 2 mm inside the right text edge.
 */
function expectPrintedWithin(file: string, paper: Paper, bordered: readonly number[]): void {
  const info = pdfInfo(file);
  const [width, height] = [paper.widthMm * PT_PER_MM, paper.heightMm * PT_PER_MM];
  expect(info.pages, `${file}: pages`).toBeGreaterThan(0);
  expect(info.width, `${file}: page width`).toBeCloseTo(width, 0);
  expect(info.height, `${file}: page height`).toBeCloseTo(height, 0);
  const side = 12 * PT_PER_MM;
  const end = 5 * PT_PER_MM;
  const bands = {
    left: { x: 0, y: 0, width: side, height },
    right: { x: width - side, y: 0, width: side, height },
    top: { x: 0, y: 0, width, height: end },
    bottom: { x: 0, y: height - end, width, height: end },
  };
  const textRight = width - MARGIN_SIDE_MM * PT_PER_MM;
  for (let page = 1; page <= info.pages; page++) {
    for (const [name, box] of Object.entries(bands)) {
      expect(pdfDarkness(file, page, { box, dpi: 72 }), `${file} page ${page}: ink in the ${name} margin band`).toBe(0);
    }
    if (!bordered.includes(page)) continue;
    // 288 dpi: a 1 px (0.75 pt) grey border is 3 pixels wide; the margin clip would leave at most one.
    const line = pdfLongestVerticalLine(file, page, { box: { x: textRight - 2 * PT_PER_MM, y: 0, width: 2 * PT_PER_MM, height }, dpi: 288 });
    expect(line.run, `${file} page ${page}: right border just inside the text edge (${textRight.toFixed(1)} pt)`).toBeGreaterThan(8 * PT_PER_MM);
    expect(line.width, `${file} page ${page}: right border at ${line.x.toFixed(1)} pt drawn in full, not a clipped sliver`).toBeGreaterThanOrEqual(0.5);
  }
}

test('both reports print on A4 and F4 with the chosen paper remembered, nothing clipped at the right', async ({ page }) => {
  test.setTimeout(120_000);
  await new BenchmarkPageModel(page).seed(SEEDS);
  const report = new ReportPageModel(page);
  const comparison = new ComparisonPageModel(page);
  for (const paper of PAPERS) {
    await report.goto('cirebon-2026');
    await report.paperSize().selectOption(paper.choice);
    await expect.poll(() => page.locator('style[data-report-page-rules]').evaluate((el) => el.textContent))
      .toContain(`size: ${paper.widthMm}mm ${paper.heightMm}mm;`);
    const file = `${OUT}/report-${paper.choice}.pdf`;
    await report.savePdf(file);
    const pages = pdfPagesText(file);
    // Cover, summary, six dimensions, strengths and gaps, benchmark (three peers), method: every one
    // has a full-width bordered table or box.
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expectPrintedWithin(file, paper, pages.map((_, i) => i + 1));

    // The choice is remembered: the comparison (and a reload) opens with the same paper.
    await comparison.goto(SEEDS.map((s) => s.id));
    await expect(report.paperSize().locator('option:checked')).toHaveText(paper.label);
    await page.reload();
    await expect(comparison.heading()).toBeVisible();
    await expect(report.paperSize().locator('option:checked')).toHaveText(paper.label);
    const compared = `${OUT}/comparison-${paper.choice}.pdf`;
    await comparison.savePdf(compared);
    const comparedPages = pdfPagesText(compared);
    expect(comparedPages.length).toBe(3);
    // Page 1: Tabel 1 (regions) spans the width; page 3: the element score table.
    expectPrintedWithin(compared, paper, [1, 3]);
  }
});
