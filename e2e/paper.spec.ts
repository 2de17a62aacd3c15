import { pdfPagesText } from '../scripts/pdf-check.mjs';
import { expect, test } from './fixtures';
import { BenchmarkPageModel } from './page-models/benchmark-page';
import type { SeedAssessment } from './page-models/benchmark-page';
import { ComparisonPageModel, ReportPageModel, expectPrintedWithin } from './page-models/report-page';

/**
 * Both reports printed on A4 (210 × 297 mm) and F4/Folio (215 × 330 mm), the paper chosen on the
 * print screen and remembered. On every page nothing is inked in the outer margin band, and where a
 * full-width table or box is printed its right border is really there: a long dark vertical line just
 * inside the right text edge (15 mm margins), at its full width rather than the sliver a margin clip leaves. PDFs go to artifacts/paper for review.
 */
const OUT = 'artifacts/paper';
const PAPERS = [
  { choice: 'f4', label: /^F4/, widthMm: 215, heightMm: 330 },
  { choice: 'a4', label: /^A4/, widthMm: 210, heightMm: 297 },
] as const;

const SEEDS: readonly SeedAssessment[] = [
  { id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'final', updatedAt: '2026-03-10T08:00:00.000Z', levels: [3, 2, 3, 2, 4, 1] },
  { id: 'bandung-2026', regionCode: '32.73', period: 2026, status: 'final', updatedAt: '2026-03-11T08:00:00.000Z', levels: [4, 3, 3, 4, 3, 2] },
  { id: 'bogor-2026', regionCode: '32.71', period: 2026, status: 'final', updatedAt: '2026-03-12T08:00:00.000Z', levels: [2, 2, 1, 3, 2, 2] },
];

test.use({ timezoneId: 'Asia/Jakarta' });

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
