import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** What the app shell shows on every screen: storage banners, the update prompt, the storage panel. */
export class AppShellModel {
  constructor(private readonly page: Page) {}

  /** Waits until the service worker has precached the app and controls this page. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
  }

  storageErrorBanner(): Locator {
    return this.page.getByTestId('storage-error');
  }

  updatePrompt(): Locator {
    return this.page.getByTestId('update-prompt');
  }

  async acceptUpdate(): Promise<void> {
    await this.updatePrompt().getByRole('button', { name: /^(Muat ulang sekarang|Reload now)$/ }).click();
  }

  async postponeUpdate(): Promise<void> {
    await this.updatePrompt().getByRole('button', { name: /^(Nanti|Later)$/ }).click();
  }

  /** The assessment bar (Kuesioner · Hasil · Rencana · OPD · Laporan) of "Kota Cirebon 2026". */
  assessmentBar(name: string): Locator {
    return this.page.getByRole('navigation', { name: new RegExp(`^(Penilaian|Assessment) ${name}$`) });
  }

  /** Checks the bar marks `current` (its link text) as the current page and nothing else. */
  async expectBarCurrent(name: string, current: string): Promise<void> {
    const bar = this.assessmentBar(name);
    await expect(bar.locator('a[aria-current="page"]')).toHaveText(current);
    await expect(bar.getByRole('link')).toHaveText(['Kuesioner', 'Hasil', 'Rencana', 'OPD', 'Laporan']);
  }

  storagePanel(): Locator {
    return this.page.getByRole('region', { name: /^(Penyimpanan di perangkat ini|Storage on this device)$/ });
  }

  /** `granted`, `denied`, `notAsked` or `unsupported`, as the storage panel shows it. */
  async expectPersistence(state: 'granted' | 'denied' | 'notAsked' | 'unsupported'): Promise<void> {
    await expect(this.storagePanel().locator(`[data-persistence="${state}"]`)).toBeVisible();
  }
}
