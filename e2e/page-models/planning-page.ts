import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Answer, AnswerMap } from '../../src/domain/assessment/types';
import type { AssessmentPlan } from '../../src/domain/planning/types';
import { buildExport, serializeExport } from '../../src/domain/exchange/build-export';
import { computeIntegrity } from '../../src/domain/exchange/integrity';
import { buildReturnedPackage, openWorkPackage } from '../../src/domain/planning/work-package';
import { parseWorkPackage } from '../../src/domain/planning/work-package-file';
import { serializeWorkPackage } from '../../src/domain/planning/work-package-write';
import { parseRegionCatalog } from '../../src/domain/regions/parse-catalog';
import type { ExchangeFile } from './benchmark-page';

type Level = 0 | 1 | 2 | 3 | 4 | 5;

/** One assessment to import: four levels per element id (`GOV.1` → GOV.1.1 … GOV.1.4). */
export interface PlannedSeed {
  readonly id: string;
  readonly regionCode: string;
  readonly period: number;
  readonly status: 'draft' | 'final';
  readonly updatedAt: string;
  readonly elements: Readonly<Record<string, readonly [Level, Level, Level, Level]>>;
  /** The assessment's plan (roadmap, actions); its `assessmentId` is the seed's id. */
  readonly plan?: Omit<AssessmentPlan, 'assessmentId'>;
}

export const sha256 = async (text: string): Promise<string> => createHash('sha256').update(text, 'utf8').digest('hex');

/** An exchange file (docs/exchange-format.md) holding `seeds`, built with the app's own `buildExport`. */
export async function seedFile(name: string, seeds: readonly PlannedSeed[]): Promise<ExchangeFile> {
  const catalog = parseRegionCatalog(JSON.parse(readFileSync('src/domain/regions/regions-data.json', 'utf8')));
  const bundles = seeds.map((s) => {
    const answers: AnswerMap = Object.fromEntries(
      Object.entries(s.elements).flatMap(([elementId, levels]) =>
        levels.map((level, i): [string, Answer] => [`${elementId}.${i + 1}`, { indicatorId: `${elementId}.${i + 1}`, level, evidence: [] }])),
    );
    const assessment = {
      id: s.id, regionCode: s.regionCode, period: s.period, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
      status: s.status, createdAt: s.updatedAt, updatedAt: s.updatedAt,
    };
    return { assessment, answers, ...(s.plan ? { plan: { ...s.plan, assessmentId: s.id } } : {}) };
  });
  const envelope = await buildExport({ bundles, catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-11-01T08:00:00.000Z', sha256Hex: sha256 });
  return { name, mimeType: 'application/json', buffer: Buffer.from(serializeExport(envelope)) };
}

/** Applies `edit` to a package file and signs it again, as a hand-edit with the right hash would be. */
export async function resigned(text: string, edit: (pkg: Record<string, unknown>) => Record<string, unknown>, name: string) {
  const { integrity: _old, ...body } = JSON.parse(text) as Record<string, unknown>;
  const edited = edit(body);
  const integrity = await computeIntegrity(edited, sha256);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...edited, integrity })) };
}

/** A downloaded file: its suggested name and content. */
export interface Downloaded {
  readonly name: string;
  readonly text: string;
}

export async function downloadOf(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

/**
 * What the OPD sends back for an outgoing package file, built with the app's own functions (as the
 * OPD's app does after "Ekspor paket untuk dikirim kembali"): its answers are the package's,
 * overlaid by `changes` (indicator id → level, answered at `answeredAt`).
 */
export async function returnedPackageFile(outgoingText: string, changes: Readonly<Record<string, Level>>, answeredAt: string) {
  const parsed = await parseWorkPackage(outgoingText, sha256);
  if (!parsed.ok || parsed.pkg.direction !== 'to_opd') throw new Error('not an outgoing package');
  const outgoing = parsed.pkg;
  const copy = openWorkPackage(outgoing, 'opd-copy', answeredAt);
  const answers: Record<string, Answer> = { ...outgoing.answers };
  for (const [id, level] of Object.entries(changes)) answers[id] = { indicatorId: id, level, evidence: [], answeredAt };
  const back = buildReturnedPackage(copy.assessment, answers, answeredAt);
  if (!back.ok) throw new Error('not a package copy');
  return { name: 'paket-kembali.json', mimeType: 'application/json', buffer: Buffer.from(await serializeWorkPackage(back.pkg, sha256)) };
}

/** The read-only banner and takeover shared with the questionnaire (one editing tab per assessment). */
export function lockBanner(page: Page): Locator {
  return page.getByTestId('read-only-banner');
}

export async function takeOver(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Ambil alih di tab ini|Take over in this tab)$/ }).click();
}

/** `#/penilaian/<id>/rencana`: targets, roadmap, achievement, quick wins. */
export class PlanningPageModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${encodeURIComponent(id)}/rencana`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Rencana|Plan):/ })).toBeVisible();
  }

  /** The target box of an element: the final target, or a year's target. */
  target(elementId: string, year?: number): Locator {
    const escaped = elementId.replace(/\./g, '\\.');
    return year === undefined
      ? this.page.getByRole('textbox', { name: new RegExp(`^(Target akhir|Final target) ${escaped} `) })
      : this.page.getByRole('textbox', { name: new RegExp(`^Target ${escaped} .* (tahun|year) ${year}$`) });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('[data-plan-save="saved"]')).toBeVisible();
  }

  /** "Skor berubah sejak target dibuat": the scores that moved, and recompute / keep. */
  baselineNotice(): Locator {
    return this.page.getByRole('region', { name: /^(Skor berubah sejak target dibuat|Scores changed since the targets were set)$/ });
  }

  async recompute(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Hitung ulang target dari skor hari ini|Recompute targets from today’s scores)$/ }).click();
  }

  async keepTargets(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Pertahankan target|Keep the targets)$/ }).click();
  }

  /** The row of an element in the editable target table. */
  elementRow(elementId: string): Locator {
    return this.elementTable().locator(`tr[data-element="${elementId}"]`);
  }

  async chooseHorizon(years: 5 | 10): Promise<void> {
    await this.page.getByLabel(/^(Jangka waktu masterplan|Masterplan horizon)$/).selectOption(String(years));
  }

  elementTable(): Locator {
    return this.page.getByRole('table', { name: /Target per elemen per tahun|Target per element per year/ });
  }

  dimensionRow(name: string): Locator {
    return this.page.getByRole('table', { name: /Target per dimensi per tahun|Target per dimension per year/ })
      .getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  achievementRow(elementId: string): Locator {
    return this.page.getByRole('table', { name: /^(Capaian|Achievement) / }).getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${elementId.replace(/\./g, '\\.')} `) }) });
  }

  suggestions(): Locator {
    return this.page.getByRole('table', { name: /Saran quick win|Quick-win suggestions/ });
  }
}

/** `#/penilaian/<id>/opd`: assignments, progress per OPD, work packages. */
export class OpdPageModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${encodeURIComponent(id)}/opd`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Kolaborasi OPD|OPD collaboration):/ })).toBeVisible();
  }

  async assignElement(elementId: string, opd: string): Promise<void> {
    await this.page.getByRole('combobox', { name: new RegExp(`^(OPD untuk|OPD for) ${elementId.replace(/\./g, '\\.')} `) }).fill(opd);
  }

  async assignIndicator(indicatorId: string, opd: string): Promise<void> {
    const escaped = indicatorId.replace(/\./g, '\\.');
    const elementId = indicatorId.split('.').slice(0, 2).join('.');
    const summary = this.page.getByText(new RegExp(`^(Atur per indikator|Set per indicator) \\(${elementId.replace(/\./g, '\\.')}\\)$`));
    const box = this.page.getByRole('combobox', { name: new RegExp(`^(OPD untuk|OPD for) ${escaped} `) });
    if (!(await box.isVisible())) await summary.click();
    await box.fill(opd);
  }

  exportPackage(opd: string): Promise<Downloaded> {
    return downloadOf(this.page, () => this.page.getByRole('button', { name: new RegExp(`^(Ekspor paket untuk|Export package for) ${opd}$`) }).click());
  }

  async importReturned(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel(/^(Berkas paket kerja|Work package file)/).setInputFiles(file);
  }

  diffRow(indicatorId: string): Locator {
    return this.page.locator(`tr[data-indicator="${indicatorId}"]`);
  }

  accept(indicatorId: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^(Terima perubahan|Accept change) ${indicatorId.replace(/\./g, '\\.')}$`) });
  }

  refusal(): Locator {
    return this.page.getByRole('alert');
  }

  packageStatus(opd: string): Locator {
    return this.page.getByRole('table', { name: /Paket kerja yang pernah diekspor|Work packages exported/ }).getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: opd, exact: true }) });
  }
}
