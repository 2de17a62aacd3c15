import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { pdfDarkness, pdfInfo, pdfLongestVerticalLine } from '../../scripts/pdf-check.mjs';

const PT_PER_MM = 72 / 25.4;
const MARGIN_SIDE_MM = 15;

/** Renders the current page to a PDF as the print route would print (the report's @page size wins); returns the time taken. */
export async function printToPdf(page: Page, path: string): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const started = performance.now();
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const ms = performance.now() - started;
  await page.emulateMedia({ media: 'screen' });
  return ms;
}

/**
 * The printed pages of `file` on `paper`: page size; no ink within 12 mm of the left and right edges
 * nor 5 mm of the top and bottom (the running header and page number sit further in); and on each of
 * `bordered` (1-based pages) a vertical line of at least 8 mm within 2 mm inside the right text edge.
 */
export function expectPrintedWithin(file: string, paper: { readonly widthMm: number; readonly heightMm: number }, bordered: readonly number[]): void {
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

/** The printable assessment report, `#/penilaian/<id>/laporan`. */
export class ReportPageModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${encodeURIComponent(id)}/laporan`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /Laporan Kesiapan Smart City|Smart City Readiness Report/ });
  }

  region(): Locator {
    return this.page.getByTestId('report-region');
  }

  index(): Locator {
    return this.page.getByTestId('report-index');
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: /Cetak \/ Simpan PDF|Print \/ Save as PDF/ });
  }

  /** The paper-size choice of the toolbar (A4 or F4), shared by both reports. */
  paperSize(): Locator {
    return this.page.getByLabel(/^(Ukuran kertas|Paper size)$/);
  }

  watermark(): Locator {
    return this.page.getByTestId('draft-watermark');
  }

  /** The summary table row of one dimension (by its displayed name). */
  dimensionRow(name: string): Locator {
    return this.page.getByRole('table', { name: /Skor per dimensi|Scores by dimension/ }).getByRole('row', { name: new RegExp(`^${name}`) });
  }

  /** Waits for the radar to be drawn, then prints the report to `path`. Returns milliseconds. */
  async savePdf(path: string): Promise<number> {
    await expect(this.page.getByTestId('report-radar').locator('svg.recharts-surface').first()).toBeVisible();
    return printToPdf(this.page, path);
  }
}

/** The comparison report, `#/bandingkan?ids=a,b`. */
export class ComparisonPageModel {
  constructor(private readonly page: Page) {}

  async goto(ids: readonly string[]): Promise<void> {
    await this.page.goto(`./#/bandingkan?ids=${ids.map(encodeURIComponent).join(',')}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  picker(): Locator {
    return this.page.getByRole('group', { name: /Penilaian yang dibandingkan|Assessments to compare/ });
  }

  /** The picker checkbox of one stored assessment, e.g. ("Kota Cirebon", 2026). */
  choice(regionName: string, period: number): Locator {
    return this.picker().getByRole('checkbox', { name: new RegExp(`^${regionName} — ${period}`) });
  }

  message(): Locator {
    return this.page.getByTestId('comparison-message');
  }

  /** Table 1: one row per compared assessment. */
  regionsTable(): Locator {
    return this.page.getByRole('table', { name: /Penilaian yang dibandingkan dan indeksnya|Compared assessments and their index/ });
  }

  dimensionsTable(): Locator {
    return this.page.getByRole('table', { name: /Skor dimensi \(0–5\)|Dimension scores \(0–5\)/ });
  }

  async savePdf(path: string): Promise<number> {
    await expect(this.page.locator('.sc-bars svg.recharts-surface .recharts-bar-rectangle').first()).toBeVisible();
    await expect(this.page.locator('.sc-radar svg.recharts-surface .recharts-radar').first()).toBeVisible();
    return printToPdf(this.page, path);
  }
}
