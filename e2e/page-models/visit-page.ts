import type { Locator, Page } from '@playwright/test';

/** `#/studi-banding` (workspace) and `#/studi-banding/paket` (the host's export). */
export class VisitPageModel {
  constructor(private readonly page: Page) {}

  async gotoExport(assessmentId: string): Promise<void> {
    await this.page.goto(`./#/studi-banding/paket?dari=${encodeURIComponent(assessmentId)}`);
    await this.page.getByTestId('package-preview').waitFor();
  }

  async gotoWorkspace(assessmentId: string): Promise<void> {
    await this.page.goto(`./#/studi-banding?kami=${encodeURIComponent(assessmentId)}`);
    await this.page.getByLabel(/^Penilaian kami/).waitFor();
  }

  preview(): Locator {
    return this.page.getByTestId('package-preview');
  }

  async openPackage(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel(/^Buka paket studi banding/).setInputFiles(file);
  }

  gapCounts(): Locator {
    return this.page.getByTestId('gap-counts');
  }

  gapRow(elementId: string): Locator {
    return this.page.locator(`tr[data-element="${elementId}"]`);
  }

  card(elementId: string): Locator {
    return this.page.locator(`article.visit-card[data-element="${elementId}"]`);
  }

  lessons(): Locator {
    return this.page.getByLabel('Pelajaran selama kunjungan');
  }

  /** Types the lessons and waits until IndexedDB has them ("✓ Tersimpan"). */
  async typeLessons(text: string): Promise<void> {
    await this.lessons().fill(text);
    await this.page.getByRole('status').filter({ hasText: '✓ Tersimpan' }).waitFor();
  }

  async adopt(elementId: string, owner: string): Promise<void> {
    const card = this.card(elementId);
    await card.getByLabel('Adopsi praktik ini').check();
    await card.getByLabel('OPD pemilik di daerah kami').fill(owner);
  }
}
