import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class QuestionnaireModel {
  constructor(private readonly page: Page) {}

  card(indicatorId: string): Locator {
    return this.page.locator(`article[data-indicator="${indicatorId}"]`);
  }

  levelGroup(indicatorId: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`(Tingkat kematangan untuk|Maturity level for) ${indicatorId.replace(/\./g, '\\.')}$`) });
  }

  level(indicatorId: string, level: number): Locator {
    return this.levelGroup(indicatorId).getByRole('radio', { name: new RegExp(`^(Tingkat|Level) ${level} —`) });
  }

  notApplicable(indicatorId: string): Locator {
    return this.levelGroup(indicatorId).getByRole('radio', { name: /Tidak relevan|Not applicable/ });
  }

  async answer(indicatorId: string, level: number): Promise<void> {
    await this.level(indicatorId, level).check();
    await this.expectSaved(indicatorId);
  }

  async markNotApplicable(indicatorId: string, reason: string): Promise<void> {
    await this.notApplicable(indicatorId).check();
    await this.card(indicatorId).getByLabel(/Alasan tidak relevan|Reason it does not apply/).fill(reason);
    await this.expectSaved(indicatorId);
  }

  async expectSaved(indicatorId: string): Promise<void> {
    await expect(this.card(indicatorId).locator('[data-save-status="saved"]')).toBeVisible();
  }

  async openNotes(indicatorId: string): Promise<void> {
    const details = this.card(indicatorId).locator('details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  }

  /** The question heading of a card: what "Yang perlu dilengkapi", "next unanswered" and "Urungkan" focus. */
  question(indicatorId: string): Locator {
    return this.card(indicatorId).getByRole('heading', { level: 3 });
  }

  /** The level (0–5 or 'NA') checked on a card, null when none is. */
  async checkedLevel(indicatorId: string): Promise<number | 'NA' | null> {
    await expect(this.level(indicatorId, 0)).toBeEditable();
    const value = await this.levelGroup(indicatorId).locator('input[type="radio"]:checked').evaluateAll((els) => (els[0] as HTMLInputElement | undefined)?.value ?? null);
    return value === null || value === 'NA' ? value : Number(value);
  }

  async clear(indicatorId: string): Promise<void> {
    await this.card(indicatorId).getByRole('button', { name: new RegExp(`^(Kosongkan jawaban|Clear answer) ${indicatorId.replace(/\./g, '\\.')}$`) }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Urungkan|Undo)/ }).click();
  }

  async nextUnanswered(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Berikutnya yang belum dijawab|Next unanswered)$/ }).click();
  }

  /** The page-level save state says everything is stored. */
  async expectAllSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-summary')).toHaveText(/Semua perubahan tersimpan|All changes saved/);
  }

  async goToElement(name: RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: /Dimensi dan elemen|Dimensions and elements/ }).getByRole('link', { name }).click();
  }

  /** Goes to the next element and waits until its first question shows (the others follow in slices). */
  async next(): Promise<void> {
    const before = new URL(this.page.url()).hash;
    await this.page.getByRole('link', { name: /^(Elemen berikutnya|Next element):/ }).click();
    await this.page.waitForURL((url) => url.hash !== before);
    const element = decodeURIComponent(new URL(this.page.url()).hash.split('/').pop() ?? '');
    await this.page.locator(`article[data-indicator^="${element}."]`).first().waitFor();
  }

  elementHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  /** The banner a tab shows while another tab edits the same assessment. */
  readOnlyBanner(): Locator {
    return this.page.getByTestId('read-only-banner');
  }

  async takeOver(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Ambil alih di tab ini|Take over in this tab)$/ }).click();
  }

  /** This tab holds the edit lock: no banner, the rubric of `indicatorId` accepts input. */
  async expectEditable(indicatorId: string): Promise<void> {
    await expect(this.readOnlyBanner()).toHaveCount(0);
    await expect(this.level(indicatorId, 0)).toBeEnabled();
  }

  /** Another tab edits: the banner shows and the rubric of `indicatorId` is disabled. */
  async expectReadOnly(indicatorId: string): Promise<void> {
    await expect(this.readOnlyBanner()).toContainText(/sedang dibuka di tab lain — hanya baca|open in another tab — read-only/);
    await expect(this.level(indicatorId, 0)).toBeDisabled();
  }

  /** The assessment id of the questionnaire on screen (from `#/penilaian/<id>/<element>`). */
  assessmentId(): string {
    const id = /#\/penilaian\/([^/]+)\//.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not on a questionnaire: ${this.page.url()}`);
    return decodeURIComponent(id);
  }
}
