import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ConflictChoice = 'mine' | 'theirs' | 'both';
const CHOICE_LABEL: Readonly<Record<ConflictChoice, RegExp>> = {
  mine: /^(Pertahankan milik saya|Keep mine)$/,
  theirs: /^(Ambil dari berkas|Take the file’s)$/,
  both: /^(Simpan keduanya|Keep both)$/,
};

/** A downloaded file: its suggested name and content. */
export interface Downloaded {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

async function download(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  const path = await d.path();
  return { name: d.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** `#/data`: export, import and restore. */
export class DataPageModel {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/data');
    await expect(this.page.getByRole('heading', { level: 1, name: /Ekspor, impor, dan cadangan|Export, import and backup/ })).toBeVisible();
  }

  /** Exports only the assessments whose checkbox label matches. */
  async chooseAssessments(...labels: RegExp[]): Promise<void> {
    await this.page.getByRole('radio', { name: /^(Pilih penilaian|Choose assessments)$/ }).check();
    for (const label of labels) await this.page.getByRole('checkbox', { name: label }).check();
  }

  downloadJson(): Promise<Downloaded> {
    return download(this.page, () => this.page.getByRole('button', { name: /^(Unduh JSON|Download JSON)$/ }).click());
  }

  downloadCsv(): Promise<Downloaded> {
    return download(this.page, () => this.page.getByRole('button', { name: /^(Unduh CSV skor|Download scores CSV)$/ }).click());
  }

  fileInput(): Locator {
    return this.page.getByLabel(/^(Berkas JSON Siap Cerdas|Siap Cerdas JSON file)$/);
  }

  async pickFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput().setInputFiles(file);
  }

  /** The list of reasons a file was refused. */
  errors(): Locator {
    return this.page.getByRole('alert');
  }

  preview(): Locator {
    return this.page.getByRole('table', { name: /Penilaian dalam berkas|Assessments in the file/ });
  }

  previewRow(region: string, period: number): Locator {
    return this.preview().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${region}`) }) })
      .filter({ has: this.page.getByRole('cell', { name: String(period), exact: true }) });
  }

  async decide(region: string, period: number, choice: ConflictChoice): Promise<void> {
    await this.page.getByRole('group', { name: new RegExp(`(Pilihan untuk|Choice for) ${region} ${period}`) })
      .getByRole('radio', { name: CHOICE_LABEL[choice] }).check();
  }

  /** Presses "Impor" and waits for the summary. */
  async importNow(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^(Impor|Import)$/ }).click();
    const summary = this.page.getByText(/^(Impor selesai|Import finished)/);
    await expect(summary).toBeVisible();
    return summary;
  }

  /** Imports a file through the UI: pick it, wait for the preview, decide conflicts, press "Impor". */
  async importFile(
    file: string | { name: string; mimeType: string; buffer: Buffer },
    decisions: readonly { region: string; period: number; choice: ConflictChoice }[] = [],
  ): Promise<Locator> {
    await this.pickFile(file);
    await expect(this.preview()).toBeVisible();
    for (const d of decisions) await this.decide(d.region, d.period, d.choice);
    return this.importNow();
  }
}

/** The backup panel on the home screen. */
export class BackupPanelModel {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: /^(Cadangan data|Data backup)$/ });
  }

  reminder(): Locator {
    return this.panel().getByTestId('backup-reminder');
  }

  backupNow(): Promise<Downloaded> {
    return download(this.page, () => this.panel().getByRole('button', { name: /^(Cadangkan sekarang|Back up now)$/ }).click());
  }
}
