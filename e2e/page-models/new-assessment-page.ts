import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export class NewAssessmentModel {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/baru');
    await expect(this.page.getByRole('heading', { level: 1, name: /Penilaian baru|New assessment/ })).toBeVisible();
  }

  async searchRegion(query: string): Promise<void> {
    await this.page.getByLabel(/Cari kabupaten\/kota|Search regency\/city/).fill(query);
  }

  async chooseRegion(query: string, optionName: RegExp): Promise<void> {
    await this.searchRegion(query);
    await this.page.getByRole('radio', { name: optionName }).check();
  }

  async fillPeriod(period: string): Promise<void> {
    await this.page.getByLabel(/^Periode \(tahun\)|^Period \(year\)/).fill(period);
  }

  async fillTeam(team: string): Promise<void> {
    await this.page.getByLabel(/^Tim penilai|^Assessment team/).fill(team);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /Mulai penilaian|Start assessment|Salin dan mulai|Copy and start/ }).click();
  }

  /** Creates an assessment and waits for the questionnaire to open. */
  async create(query: string, optionName: RegExp, period: number): Promise<void> {
    await this.goto();
    await this.chooseRegion(query, optionName);
    await this.fillPeriod(String(period));
    await this.submit();
    await expect(this.page).toHaveURL(/#\/penilaian\//);
    await expect(this.page.getByRole('heading', { level: 1, name: /Kuesioner|Questionnaire/ })).toBeVisible();
  }
}
