import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ResultsModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${id}/hasil`);
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: /^(Lihat hasil|See results)/ }).first().click();
    await expect(this.page).toHaveURL(/\/hasil$/);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The table alternative of the radar chart. */
  dimensionTable(): Locator {
    return this.page.getByRole('table').first();
  }
}
