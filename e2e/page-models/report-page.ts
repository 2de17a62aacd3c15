import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

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
