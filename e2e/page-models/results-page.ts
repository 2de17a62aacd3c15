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

  /** The results summary (headline, figures, status box and its next step). */
  summary(): Locator {
    return this.page.getByRole('region', { name: /^(Ringkasan hasil|Results summary)$/ });
  }

  /** "Tandai final": asks first; `confirm` answers the dialog. */
  async markFinal(confirm: boolean): Promise<void> {
    await this.page.getByRole('button', { name: /^(Tandai final|Mark final)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /Tandai penilaian ini final\?|Mark this assessment final\?/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: confirm ? /^(Ya, tandai final|Yes, mark final)$/ : /^(Batal|Cancel)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** The table alternative of the radar chart. */
  dimensionTable(): Locator {
    return this.page.getByRole('table').first();
  }
}
