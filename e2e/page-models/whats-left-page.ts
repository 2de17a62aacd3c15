import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Answer } from '../../src/domain/assessment/types';
import { buildExport, serializeExport } from '../../src/domain/exchange/build-export';
import { parseRegionCatalog } from '../../src/domain/regions/parse-catalog';
import type { ExchangeFile } from './benchmark-page';
import { sha256 } from './planning-page';

/** An exchange file with one draft assessment of Kota Cirebon 2026 holding exactly `answers`. */
export async function assessmentFile(id: string, answers: readonly Answer[]): Promise<ExchangeFile> {
  const catalog = parseRegionCatalog(JSON.parse(readFileSync('src/domain/regions/regions-data.json', 'utf8')));
  const at = '2026-11-01T08:00:00.000Z';
  const assessment = {
    id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
    status: 'draft' as const, createdAt: at, updatedAt: at,
  };
  const bundles = [{ assessment, answers: Object.fromEntries(answers.map((a) => [a.indicatorId, a])) }];
  const envelope = await buildExport({ bundles, catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: at, sha256Hex: sha256 });
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(serializeExport(envelope)) };
}

/** `#/penilaian/<id>/lengkapi`: what is left to complete, and the indicator search. */
export class WhatsLeftModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`./#/penilaian/${encodeURIComponent(id)}/lengkapi`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Yang perlu dilengkapi|What is left)/ })).toBeVisible();
  }

  /** Every listed indicator with its kind (`unanswered`, `above_evidence`, `not_applicable`), in list order. */
  entries(): Promise<[string, string][]> {
    return this.page.locator('li[data-left]').evaluateAll((items) =>
      items.map((li): [string, string] => [(li as HTMLElement).dataset['left'] ?? '', (li as HTMLElement).dataset['kind'] ?? '']));
  }

  link(indicatorId: string): Locator {
    return this.page.locator(`li[data-left="${indicatorId}"]`).getByRole('link');
  }

  /** Types a search and returns the ids found, in order. */
  async search(query: string): Promise<string[]> {
    await this.page.getByLabel(/^(Cari indikator|Search indicators)$/).fill(query);
    const results = this.page.getByRole('region', { name: /^(Hasil pencarian|Search results)$/ });
    await expect(results.getByRole('status')).toBeVisible();
    return results.locator('li[data-left]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['left'] ?? ''));
  }
}
