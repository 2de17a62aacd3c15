import type { Answer, Evidence, EvidenceKind } from '../src/domain/assessment/types';
import { listIndicators } from '../src/domain/instrument/lookup';
import { getInstrument } from '../src/domain/instrument/registry';
import { EVIDENCE_SUPPORT_LEVEL } from '../src/domain/report/evidence-support';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DataPageModel } from './page-models/data-page';
import { assessmentFile, WhatsLeftModel } from './page-models/whats-left-page';

const ID = 'cirebon-guidance';
const ev = (kind: EvidenceKind, n: number): Evidence => ({ id: `ev-${n}`, kind, title: `Bukti ${kind} ${n}`, reference: `No. ${n}` });
const ans = (indicatorId: string, level: Answer['level'], extra: Partial<Answer> = {}): Answer => ({ indicatorId, level, evidence: [], ...extra });
const NA_REASON = 'Daerah ini tidak memiliki destinasi wisata bahari';

/** The seeded draft: GOV.1–GOV.2 answered (some above their evidence), BRD.1.1 at 0, BRD.1.3 NA, the rest empty. */
const SEED: readonly Answer[] = [
  ans('GOV.1.1', 0), ans('GOV.1.2', 3, { evidence: [ev('sk', 1)], note: 'SK MPP 2024' }), ans('GOV.1.3', 4, { evidence: [ev('sk', 2)] }),
  ans('GOV.1.4', 2), ans('GOV.2.1', 3, { evidence: [ev('foto', 3), ev('data', 4)] }), ans('GOV.2.2', 5, { evidence: [ev('laporan', 5)] }),
  ans('GOV.2.3', 1, { evidence: [ev('foto', 6)] }), ans('GOV.2.4', 2, { evidence: [ev('aplikasi_url', 7)] }),
  ans('BRD.1.1', 0), ans('BRD.1.3', 'NA', { naReason: NA_REASON }),
];

const instrument = getInstrument('gmsc-2026.1');
const ORDER = instrument ? listIndicators(instrument).map((i) => i.id) : [];
const seeded = new Map(SEED.map((a) => [a.indicatorId, a]));
/** Computed here from the seed: the kind each indicator is listed with (none = complete and supported). */
function expectedKind(id: string): string | undefined {
  const a = seeded.get(id);
  if (!a || a.level === null) return 'unanswered';
  if (a.level === 'NA') return 'not_applicable';
  const supported = Math.max(0, ...a.evidence.map((e) => EVIDENCE_SUPPORT_LEVEL[e.kind]));
  return supported < a.level ? 'above_evidence' : undefined;
}
const EXPECTED = ORDER.flatMap((id): [string, string][] => {
  const kind = expectedKind(id);
  return kind ? [[id, kind]] : [];
});
const UNANSWERED = EXPECTED.filter(([, k]) => k === 'unanswered').map(([id]) => id);

test('what is left lists exactly the seeded gaps, links to each card, and search finds indicators in both languages', async ({ page, questionnaire }) => {
  const data = new DataPageModel(page);
  const left = new WhatsLeftModel(page);
  await data.goto();
  await data.importFile(await assessmentFile(ID, SEED));
  await left.goto(ID);

  // Hand-checked against the computed sets: GOV.1.3 (4 > SK 3), GOV.1.4 (2 > none), GOV.2.1 (3 ≤ data 4: not listed),
  // GOV.2.4 (2 > app 1) above their evidence; BRD.1.3 NA; 62 unanswered.
  expect(EXPECTED.filter(([, k]) => k === 'above_evidence').map(([id]) => id)).toEqual(['GOV.1.3', 'GOV.1.4', 'GOV.2.4']);
  expect(UNANSWERED).toHaveLength(62);
  expect(await left.entries()).toEqual(EXPECTED);
  await expect(page.getByText('62 belum dijawab · 3 di atas dukungan bukti · 1 tidak relevan').first()).toBeVisible();
  await expect(page.locator('li[data-left="BRD.1.3"]')).toContainText(`Tidak relevan: ${NA_REASON}`);
  await expect(page.locator('li[data-left="GOV.1.3"]')).toContainText('Tingkat 4, bukti mendukung tingkat 3');
  await expectNoAxeViolations(page);

  // Each entry opens its indicator: the card's question has focus.
  await left.link('GOV.1.4').click();
  await expect(page).toHaveURL(/#\/penilaian\/cirebon-guidance\/GOV\.1\?indikator=GOV\.1\.4$/);
  await expect(questionnaire.question('GOV.1.4')).toBeFocused();
  await left.goto(ID);
  await left.link('ECO.2.3').click();
  await expect(questionnaire.question('ECO.2.3')).toBeFocused();
  await expect(questionnaire.question('ECO.2.3')).toBeInViewport();

  // Search: a word of a question in Indonesian and in English, and a code.
  await left.goto(ID);
  expect(await left.search('kependudukan')).toEqual(['GOV.1.1']);
  expect(await left.search('civil-registration')).toEqual(['GOV.1.1']);
  expect(await left.search('eco.2.3')).toEqual(['ECO.2.3']);
  await expect(page.getByText('1 indikator cocok')).toBeVisible();
  await expectNoAxeViolations(page);
  await left.link('ECO.2.3').click();
  await expect(questionnaire.question('ECO.2.3')).toBeFocused();
});

test('next unanswered walks the gaps in order; clear and undo are stored and survive a reload', async ({ page, questionnaire }) => {
  const data = new DataPageModel(page);
  await data.goto();
  await data.importFile(await assessmentFile(ID, SEED));
  await page.goto(`./#/penilaian/${ID}/GOV.1`);

  // † marks the indicators that may be "Tidak relevan"; the translation switch is remembered.
  await expect(questionnaire.card('GOV.1.1').locator('.indicator-head')).not.toContainText('†');
  await expect(questionnaire.card('GOV.1.1').getByText(/civil-registration/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Tampilkan terjemahan' }).uncheck();
  await expect(questionnaire.card('GOV.1.1').getByText(/civil-registration/)).toHaveCount(0);

  // "Berikutnya yang belum dijawab": button and Alt+Shift+N, in questionnaire order across elements
  // (GOV.3.1–GOV.3.4, then BRD.1.2 and BRD.1.4: BRD.1.1 is answered, BRD.1.3 is NA).
  for (const [i, id] of UNANSWERED.slice(0, 6).entries()) {
    if (i % 2 === 0) await questionnaire.nextUnanswered();
    else await page.keyboard.press('Alt+Shift+N');
    await expect(questionnaire.question(id)).toBeFocused();
  }
  await expect(page).toHaveURL(new RegExp(`indikator=${UNANSWERED[5]?.replace(/\./g, '\\.')}$`));
  // Inside a text field the shortcut does nothing (it could type a character there).
  await questionnaire.openNotes('BRD.1.4');
  await questionnaire.card('BRD.1.4').getByLabel('Catatan').focus();
  await page.keyboard.press('Alt+Shift+N');
  await expect(questionnaire.card('BRD.1.4').getByLabel('Catatan')).toBeFocused();
  await expect(page).toHaveURL(/indikator=BRD\.1\.4$/);
  await expect(questionnaire.card('BRD.1.3').locator('.indicator-head')).toContainText('†');
  await expectNoAxeViolations(page);

  // Clear a level that came with the import (its note and evidence stay) → reload → still unanswered.
  await page.goto(`./#/penilaian/${ID}/GOV.1`);
  await questionnaire.clear('GOV.1.2');
  await questionnaire.expectSaved('GOV.1.2');
  await questionnaire.expectAllSaved();
  expect(await questionnaire.checkedLevel('GOV.1.2')).toBeNull();
  await page.reload();
  expect(await questionnaire.checkedLevel('GOV.1.2')).toBeNull();
  await expect(questionnaire.card('GOV.1.2').getByText('Bukti sk 1')).toBeVisible();
  await expect(questionnaire.card('GOV.1.2').getByLabel('Catatan')).toHaveValue('SK MPP 2024');
  await expect(page.getByRole('checkbox', { name: 'Tampilkan terjemahan' })).not.toBeChecked();

  // Undo of a level change: 2 → 5, undone → 2, stored.
  await questionnaire.answer('GOV.1.4', 5);
  await questionnaire.undo();
  await expect(questionnaire.level('GOV.1.4', 2)).toBeChecked();
  await questionnaire.expectSaved('GOV.1.4');
  await questionnaire.expectAllSaved();
  await page.reload();
  expect(await questionnaire.checkedLevel('GOV.1.4')).toBe(2);

  // Undo of a clear: GOV.1.3 back to 4.
  await questionnaire.clear('GOV.1.3');
  await questionnaire.expectSaved('GOV.1.3');
  await questionnaire.undo();
  await expect(questionnaire.level('GOV.1.3', 4)).toBeChecked();
  await expect(questionnaire.question('GOV.1.3')).toBeFocused();
  await questionnaire.expectAllSaved();
  await page.reload();
  expect(await questionnaire.checkedLevel('GOV.1.3')).toBe(4);

  // Undo of an NA (on another element: the undo goes back there), and of a change away from NA.
  await page.goto(`./#/penilaian/${ID}/BRD.1`);
  await questionnaire.markNotApplicable('BRD.1.4', 'Tidak ada wisata');
  await questionnaire.answer('BRD.1.3', 1);
  await page.goto(`./#/penilaian/${ID}/GOV.1`);
  await questionnaire.undo();
  await expect(page).toHaveURL(/BRD\.1\?indikator=BRD\.1\.3$/);
  await expect(questionnaire.notApplicable('BRD.1.3')).toBeChecked();
  await expect(questionnaire.card('BRD.1.3').getByLabel('Alasan tidak relevan')).toHaveValue(NA_REASON);
  await questionnaire.undo();
  expect(await questionnaire.checkedLevel('BRD.1.4')).toBeNull();
  await questionnaire.expectSaved('BRD.1.4');
  await questionnaire.expectAllSaved();
  await expect(page.getByRole('button', { name: /^Urungkan/ })).toBeDisabled();
  await page.reload();
  expect(await questionnaire.checkedLevel('BRD.1.4')).toBeNull();
  expect(await questionnaire.checkedLevel('BRD.1.3')).toBe('NA');
  await expect(questionnaire.card('BRD.1.3').getByLabel('Alasan tidak relevan')).toHaveValue(NA_REASON);

  // The panel in the questionnaire counts what is left after all this: GOV.1.2 cleared (+1 unanswered).
  await page.getByText('Yang perlu dilengkapi', { exact: true }).click();
  await expect(page.getByText('63 belum dijawab · 3 di atas dukungan bukti · 1 tidak relevan').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
