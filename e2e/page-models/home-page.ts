import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class HomePageModel {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async startNewAssessment(): Promise<void> {
    await this.page.getByRole('link', { name: /Penilaian baru|New assessment/ }).first().click();
  }

  row(regionName: string, period: number): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${regionName}`) }) })
      .filter({ has: this.page.getByRole('cell', { name: String(period), exact: true }) });
  }

  async open(regionName: string, period: number): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`^(Buka penilaian|Open assessment) ${regionName} ${period}$`) }).click();
  }

  async delete(regionName: string, period: number): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^(Hapus penilaian|Delete assessment) ${regionName} ${period}$`) }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: /Ya, hapus|Yes, delete/ }).click();
  }
}
