import { pdfPagesText } from '../scripts/pdf-check.mjs';
import { buildAction, putAction, setActionStatus } from '../src/domain/planning/actions';
import type { ActionValues } from '../src/domain/planning/actions';
import { emptyPlan } from '../src/domain/planning/plan';
import type { AssessmentPlan } from '../src/domain/planning/types';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ActionPlanModel } from './page-models/action-plan-page';
import { DataPageModel } from './page-models/data-page';
import { seedFile } from './page-models/planning-page';
import { RawIndexedDb } from './page-models/raw-indexed-db';
import { ReportPageModel, expectPrintedWithin, printToPdf } from './page-models/report-page';

type L = 0 | 1 | 2 | 3 | 4 | 5;
const OUT = 'artifacts/action-print';
const T = '2026-11-01T08:00:00.000Z';
const ids = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].map((e) => `${d}.${e}`));
const act = (id: string, v: Partial<ActionValues> & Pick<ActionValues, 'name' | 'opd'>) =>
  buildAction({ supportingOpds: [], startYear: 2027, endYear: 2027, lifts: [], ...v }, id, T);

/** Six actions over four OPDs and three dimensions (one without an element), no roadmap: the horizon is 2027–2036. */
let plan: AssessmentPlan = [
  act('a1', { name: 'Perwal SPBE', opd: 'Diskominfo', lifts: [{ elementId: 'GOV.1', raiseBy: 0.5 }], startYear: 2027, endYear: 2029, supportingOpds: ['Bappeda'], budgetNote: 'APBD 2027, ± Rp 250 juta', outputIndicator: 'Perwal SPBE ditetapkan' }),
  act('a2', { name: 'Mal pelayanan publik', opd: 'Bappeda', lifts: [{ elementId: 'GOV.2' }], startYear: 2028, endYear: 2031 }),
  act('a3', { name: 'Telemedisin puskesmas', opd: 'Dinas Kesehatan', lifts: [{ elementId: 'LIV.1' }], startYear: 2027, endYear: 2036, supportingOpds: ['Diskominfo'] }),
  act('a4', { name: 'Posyandu digital', opd: 'Dinas Kesehatan', lifts: [{ elementId: 'LIV.2' }], startYear: 2030, endYear: 2031 }),
  act('a5', { name: 'Sosialisasi smart city', opd: 'Diskominfo', startYear: 2027, endYear: 2027 }),
  act('a6', { name: 'Bank sampah digital', opd: 'Dinas Lingkungan Hidup', lifts: [{ elementId: 'ENV.1' }], startYear: 2032, endYear: 2035 }),
].reduce(putAction, emptyPlan('cirebon-2026', T));
plan = setActionStatus(plan, 'a1', 2027, 'selesai', 'Perwal terbit Juni', T);
plan = setActionStatus(plan, 'a1', 2028, 'berjalan', '', T);
plan = setActionStatus(plan, 'a2', 2031, 'ditunda', '', T);
plan = setActionStatus(plan, 'a4', 2030, 'dibatalkan', '', T);

const SEED = {
  id: 'cirebon-2026', regionCode: '32.74', period: 2026, status: 'final' as const, updatedAt: T, plan,
  elements: Object.fromEntries(ids.map((id) => [id, [2, 2, 2, 2] as [L, L, L, L]])),
};
const YEARS = Array.from({ length: 10 }, (_, i) => 2027 + i);
const flat = (text: string) => text.replace(/\s+/g, ' ');

test.use({ timezoneId: 'Asia/Jakarta' });

test('action plan: edit and delete saved actions, then print the plan sheet and "Rencana aksi per OPD" on A4 and F4', async ({ page }) => {
  const data = new DataPageModel(page);
  await data.goto();
  await data.importFile(await seedFile('cirebon.json', [SEED]));
  const actions = new ActionPlanModel(page);
  await actions.goto(SEED.id);
  const raw = new RawIndexedDb(page);
  const stored = async () => ((await raw.getAll('plans')).find((p) => p['assessmentId'] === SEED.id) as unknown as AssessmentPlan).actions;

  // A half-typed new action stays while a saved one is edited.
  await page.getByRole('form', { name: 'Tambah aksi' }).getByLabel('Nama program / kegiatan').fill('Draf belum disimpan');
  await page.getByRole('button', { name: 'Ubah Mal pelayanan publik' }).click();
  const edit = page.getByRole('form', { name: 'Ubah aksi: Mal pelayanan publik' });
  await expect(edit.getByLabel('Nama program / kegiatan')).toBeFocused();
  await expect(edit.getByLabel('OPD penanggung jawab')).toHaveValue('Bappeda');
  await expect(page.getByRole('button', { name: 'Ubah Perwal SPBE' }), 'one edit at a time').toBeDisabled();
  await expect(edit.getByLabel('Tahun selesai')).toHaveValue('2031');
  // Same checks as a new action: an end before the start is refused and nothing changes.
  await edit.getByLabel('Tahun selesai').fill('2027');
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(edit.getByText('Tahun selesai tidak boleh sebelum tahun mulai.')).toBeVisible();
  expect((await stored()).find((a) => a.id === 'a2')).toMatchObject({ name: 'Mal pelayanan publik', endYear: 2031 });
  // Shortening the years says which recorded status goes.
  await edit.getByLabel('Tahun selesai').fill('2030');
  await expect(edit.getByText('Di luar tahun aksi, status ini akan dihapus saat disimpan: 2031 ditunda')).toBeVisible();
  await edit.getByLabel('Nama program / kegiatan').fill('Mal pelayanan publik terpadu');
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Perubahan aksi “Mal pelayanan publik terpadu” tersimpan.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ubah Mal pelayanan publik terpadu' })).toBeFocused();
  await expect(page.getByRole('form', { name: 'Tambah aksi' }).getByLabel('Nama program / kegiatan')).toHaveValue('Draf belum disimpan');
  const edited = (await stored()).find((a) => a.id === 'a2');
  expect(edited).toMatchObject({ name: 'Mal pelayanan publik terpadu', opd: 'Bappeda', startYear: 2028, endYear: 2030, statuses: [], createdAt: T });
  expect(edited?.updatedAt).not.toBe(T);
  await expect(actions.timeline().getByRole('row', { name: /^Mal pelayanan publik terpadu Bappeda/ })).toBeVisible();

  // Delete asks first, naming the statuses that go with it; cancel keeps it, confirm removes it.
  await page.getByRole('button', { name: 'Hapus Posyandu digital' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus aksi?' });
  await expect(dialog).toContainText('“Posyandu digital” (Dinas Kesehatan, 2030–2031) akan dihapus dari rencana aksi. Status tahunan yang tercatat ikut terhapus: 2030 dibatalkan.');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('button', { name: 'Hapus Posyandu digital' })).toBeFocused();
  expect(await stored()).toHaveLength(6);
  await page.getByRole('button', { name: 'Hapus Posyandu digital' }).click();
  await dialog.getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aksi “Posyandu digital” dihapus.' })).toBeVisible();
  await expect(actions.timeline().getByText('Posyandu digital')).toHaveCount(0);
  expect((await stored()).map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a5', 'a6']);
  await expectNoAxeViolations(page);

  const kept = [
    { name: 'Perwal SPBE', opd: 'Diskominfo', years: '2027–2029' },
    { name: 'Mal pelayanan publik terpadu', opd: 'Bappeda', years: '2028–2030' },
    { name: 'Telemedisin puskesmas', opd: 'Dinas Kesehatan', years: '2027–2036' },
    { name: 'Sosialisasi smart city', opd: 'Diskominfo', years: '2027' },
    { name: 'Bank sampah digital', opd: 'Dinas Lingkungan Hidup', years: '2032–2035' },
  ];

  // The report's plan sheet: a timeline page (every action, OPD and year) and a table per dimension.
  const report = new ReportPageModel(page);
  await report.goto(SEED.id);
  await report.paperSize().selectOption('a4');
  const file = `${OUT}/report-a4.pdf`;
  await report.savePdf(file);
  const pages = pdfPagesText(file).map(flat);
  pages.forEach((text, i) => expect(text, `report page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${pages.length}`));
  const timeline = pages.findIndex((p) => p.includes('Rencana aksi: linimasa 2027–2036'));
  expect(timeline, 'timeline page').toBeGreaterThan(0);
  // Ten year columns and the tables stay inside the printable width (right border drawn in full).
  expectPrintedWithin(file, { widthMm: 210, heightMm: 297 }, [timeline + 1, timeline + 2]);
  const gantt = pages[timeline] ?? '';
  expect(gantt).toContain('○ direncanakan · ◐ berjalan · ● selesai · ‖ ditunda · ✕ dibatalkan');
  for (const y of YEARS) expect(gantt).toContain(String(y));
  for (const a of kept) expect(gantt).toMatch(new RegExp(`${a.name} ${a.opd}`));
  for (const group of ['Smart Governance', 'Smart Living', 'Smart Environment', 'Tanpa elemen']) expect(gantt).toContain(group);
  const tables = pages.slice(timeline + 1).join(' ');
  expect(tables).toContain('Rencana aksi per dimensi');
  for (const a of kept) expect(tables).toContain(a.name);
  expect(tables).toContain('2027: selesai (Perwal terbit Juni) · 2028: berjalan · 2029: direncanakan');
  expect(tables).toContain('GOV.1 Pelayanan publik (+0,5)');
  expect(pages.join(' ')).not.toContain('Posyandu digital');

  // "Rencana aksi per OPD": a cover with the approval block, then one page per OPD, on F4 and A4.
  await page.getByRole('link', { name: 'Rencana aksi per OPD' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Rencana aksi per OPD/ })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const paper of [{ choice: 'f4', widthMm: 215, heightMm: 330 }, { choice: 'a4', widthMm: 210, heightMm: 297 }]) {
    await report.paperSize().selectOption(paper.choice);
    const opdFile = `${OUT}/opd-plan-${paper.choice}.pdf`;
    await printToPdf(page, opdFile);
    const opdPages = pdfPagesText(opdFile).map(flat);
    expectPrintedWithin(opdFile, paper, opdPages.map((_, i) => i + 1));
    opdPages.forEach((text, i) => expect(text, `${paper.choice} page ${i + 1} numbered`).toContain(`Halaman ${i + 1} dari ${opdPages.length}`));
    expect(opdPages[0]).toMatch(/Disahkan oleh.*NIP.*Tanda tangan/);
    expect(opdPages[0]).toContain('2027–2036');
    for (const opd of ['Bappeda', 'Dinas Kesehatan', 'Dinas Lingkungan Hidup', 'Diskominfo']) {
      const own = opdPages.find((p) => p.includes(`${opd}: sebagai`)) ?? '';
      expect(own, `${opd} has its page`).not.toBe('');
      for (const a of kept.filter((k) => k.opd === opd)) expect(own).toMatch(new RegExp(`${a.name} (pendukung: \\S+ )?${a.years}`));
    }
    const diskominfo = opdPages.find((p) => p.includes('Diskominfo: sebagai penanggung jawab')) ?? '';
    expect(diskominfo).toContain('APBD 2027, ± Rp 250 juta');
    expect(diskominfo).toContain('Perwal SPBE ditetapkan');
    // Diskominfo supports the telemedicine programme; Bappeda supports Perwal SPBE.
    expect(diskominfo).toContain('Diskominfo: sebagai pendukung Aksi');
    expect(diskominfo).toContain('Telemedisin puskesmas Penanggung jawab: Dinas Kesehatan');
    expect(opdPages.find((p) => p.includes('Bappeda: sebagai pendukung'))).toContain('Perwal SPBE Penanggung jawab: Diskominfo');
  }
});
