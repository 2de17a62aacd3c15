import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Answer, AnswerMap } from '../../src/domain/assessment/types';
import { buildExport, serializeExport } from '../../src/domain/exchange/build-export';
import { parseRegionCatalog } from '../../src/domain/regions/parse-catalog';

const DIMENSIONS = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'] as const;

/** Levels per dimension, in the order GOV, BRD, ECO, LIV, SOC, ENV; null leaves the dimension unanswered. */
type DimensionLevel = number | null;
export type DimensionLevels = readonly [DimensionLevel, DimensionLevel, DimensionLevel, DimensionLevel, DimensionLevel, DimensionLevel];

/** One assessment to seed: every one of its 72 indicators gets its dimension's level. */
export interface SeedAssessment {
  readonly id: string;
  readonly regionCode: string;
  readonly period: number;
  readonly status: 'draft' | 'final';
  readonly updatedAt: string;
  readonly levels: DimensionLevels;
  readonly weightProfileId?: string;
  /** Evidence kinds per indicator id (one item per kind). */
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
}

/** The 72 indicator ids of gmsc-2026.1: `GOV.1.1` … `ENV.3.4`. */
function indicatorIds(): string[] {
  return DIMENSIONS.flatMap((d) => [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => `${d}.${e}.${i}`)));
}

/** Stored records exactly as `src/storage/db.ts` keeps them (record schema version 1). */
function recordsOf(seed: SeedAssessment) {
  const assessment = {
    id: seed.id, regionCode: seed.regionCode, period: seed.period, instrumentVersion: 'gmsc-2026.1',
    weightProfileId: seed.weightProfileId ?? 'equal-v1', status: seed.status as 'draft' | 'final',
    createdAt: seed.updatedAt, updatedAt: seed.updatedAt, schemaVersion: 1,
  };
  const levelOf = (indicatorId: string) => seed.levels[DIMENSIONS.indexOf(indicatorId.slice(0, 3) as (typeof DIMENSIONS)[number])] ?? null;
  const answers = indicatorIds().filter((id) => levelOf(id) !== null).map((indicatorId) => ({
    assessmentId: seed.id, indicatorId, level: levelOf(indicatorId) ?? 0,
    evidence: (seed.evidence?.[indicatorId] ?? []).map((kind, i) => ({ id: `${indicatorId}-${i}`, kind, title: `Bukti ${kind}`, reference: '' })),
    schemaVersion: 1,
  }));
  return { assessment, answers };
}

/** A file to hand to `setInputFiles`. */
export interface ExchangeFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/**
 * A valid exchange file (docs/exchange-format.md) holding `seeds`, built with the app's own pure
 * `buildExport` and SHA-256 from Node's crypto, as another region's Siap Cerdas would export it.
 */
export async function exchangeFile(name: string, seeds: readonly SeedAssessment[]): Promise<ExchangeFile> {
  const catalog = parseRegionCatalog(JSON.parse(readFileSync('src/domain/regions/regions-data.json', 'utf8')));
  const bundles = seeds.map((seed) => {
    const { assessment: { schemaVersion: _v, ...assessment }, answers } = recordsOf(seed);
    const map: AnswerMap = Object.fromEntries(answers.map(({ assessmentId: _a, schemaVersion: _s, ...answer }) => [answer.indicatorId, answer as Answer]));
    return { assessment, answers: map };
  });
  const envelope = await buildExport({
    bundles, catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-03-21T08:00:00.000Z',
    sha256Hex: async (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  });
  return { name, mimeType: 'application/json', buffer: Buffer.from(serializeExport(envelope)) };
}

export class BenchmarkPageModel {
  constructor(private readonly page: Page) {}

  /**
   * Writes assessments and their answers straight into IndexedDB ('siap-cerdas'), as an import
   * would leave them. The app must have opened once so the database exists; reload afterwards.
   */
  async seed(seeds: readonly SeedAssessment[]): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.getByText(/Belum ada penilaian|No assessments/).first()).toBeVisible();
    const records = seeds.map(recordsOf);
    await this.page.evaluate(async (rs) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('siap-cerdas');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['assessments', 'answers'], 'readwrite');
        for (const r of rs) {
          tx.objectStore('assessments').put(r.assessment);
          for (const a of r.answers) tx.objectStore('answers').put(a);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
  }

  async goto(focusId?: string): Promise<void> {
    await this.page.goto(focusId ? `./#/pembanding?fokus=${encodeURIComponent(focusId)}` : './#/pembanding');
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Pembanding|Benchmark)$/ })).toBeVisible();
  }

  /** The summary table: per metric focus score, median, Q1–Q3, rank and percentile. */
  summaryTable(): Locator {
    return this.page.getByRole('table', { name: /Skor fokus dibanding kelompok pembanding|Focus score compared/ });
  }

  /** A row of the summary table by its header ("Indeks", "Smart Governance", …). */
  summaryRow(metric: string): Locator {
    return this.summaryTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: metric, exact: true }) });
  }

  /** The cells of a summary row: [focus, median, Q1–Q3, rank, percentile, (previous)]. */
  async summaryCells(metric: string): Promise<string[]> {
    return (await this.summaryRow(metric).getByRole('cell').allInnerTexts()).map((s) => s.trim());
  }

  notes(): Locator {
    return this.page.getByTestId('selection-notes');
  }

  async chooseGroup(name: RegExp): Promise<void> {
    await this.page.getByRole('group', { name: /^(Kelompok|Group)$/ }).getByRole('radio', { name }).check();
  }

  includeNonFinal(): Locator {
    return this.page.getByRole('checkbox', { name: /Ikutkan draf dan hasil sementara|Include drafts and provisional results/ });
  }

  async setIncludeNonFinal(on: boolean): Promise<void> {
    await this.includeNonFinal().setChecked(on);
  }

  /** The live message of the demo panel ("Data contoh dimuat …"). */
  demoMessage(): Locator {
    return this.page.getByRole('region', { name: /^(Data contoh|Demo data)$/ }).getByRole('status');
  }

  async pickRegion(query: string, name: string): Promise<void> {
    await this.page.getByLabel(/Cari kabupaten\/kota untuk ditambahkan|Search a regency\/city to add/).fill(query);
    await this.page.getByRole('button', { name: new RegExp(`^(Tambah|Add) ${name}$`) }).click();
  }

  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /Muat data contoh|Load demo data/ }).click();
    await expect(this.page.getByRole('button', { name: /Hapus data contoh|Remove demo data/ })).toBeVisible();
  }

  async removeDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /Hapus data contoh|Remove demo data/ }).click();
    await expect(this.page.getByRole('button', { name: /Muat data contoh|Load demo data/ })).toBeVisible();
  }


  /** The result sections (radar+summary, distribution, ranking, bars, trend). */
  sections(): Locator {
    return this.page.locator('section.bm-section');
  }

  /** Every chart (figure) in the view. */
  figures(): Locator {
    return this.page.getByRole('figure');
  }

  rankingTable(): Locator {
    return this.page.getByRole('table', { name: /Wilayah dalam kelompok pembanding|Regions in the peer group/ });
  }

  trendTable(): Locator {
    return this.page.getByRole('table', { name: /Indeks dan skor dimensi per periode|Index and dimension scores per period/ });
  }

  barsTable(): Locator {
    return this.page.getByRole('table', { name: /Skor fokus dan wilayah pilihan|Scores of the focus and the hand-picked/ });
  }
}
