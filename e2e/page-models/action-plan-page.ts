import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The action plan screen `#/penilaian/<id>/aksi` (issue 16), by roles and labels. */
export class ActionPlanModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${id}/aksi`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Rencana aksi:/ })).toBeVisible();
  }

  /** Fills the "Tambah aksi" form (blank fields left as they are; no OPD = the form's fixed OPD) and saves it. */
  async add(a: { name: string; opd?: string; element?: string; start: number; end: number; supporting?: string; budget?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Tambah aksi' });
    await form.getByLabel('Nama program / kegiatan').fill(a.name);
    if (a.opd !== undefined) await form.getByLabel('OPD penanggung jawab').fill(a.opd);
    await form.getByLabel(/^OPD pendukung/).fill(a.supporting ?? '');
    await form.getByLabel('Elemen yang ditingkatkan').selectOption(a.element ? { value: a.element } : { value: '' });
    await form.getByLabel('Tahun mulai').fill(String(a.start));
    await form.getByLabel('Tahun selesai').fill(String(a.end));
    await form.getByLabel(/^Catatan anggaran/).fill(a.budget ?? '');
    await form.getByRole('button', { name: 'Simpan aksi' }).click();
  }

  async expectSaved(name: string): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: `Aksi “${name}” tersimpan.` })).toBeVisible();
    await expect(this.page.locator('[data-plan-save="saved"]')).toBeVisible();
  }

  timeline() {
    return this.page.getByRole('table', { name: /^Linimasa aksi per tahun/ });
  }
}
