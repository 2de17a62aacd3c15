// @vitest-environment node
/**
 * Size check behind MAX_IMPORT_BYTES: a backup of 514 regions × 5 periods of complete
 * assessments (all 72 indicators answered) must be importable with room to spare. The heavier
 * annotated cases in docs/exchange-format.md were measured with the same builder.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap } from '../assessment/types';
import { listIndicators } from '../instrument/lookup';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import type { Level } from '../instrument/types';
import { buildExport, serializeExport } from './build-export';
import { makeBundle, nodeSha256Hex, testCatalog } from './exchange-test-data';
import { MAX_IMPORT_BYTES } from './format';

function levelsOnly(): AnswerMap {
  const out: Record<string, Answer> = {};
  listIndicators(CURRENT_INSTRUMENT).forEach((indicator, i) => {
    out[indicator.id] = { indicatorId: indicator.id, level: (i % 6) as Level, answeredAt: '2026-03-01T08:15:30.123Z', evidence: [] };
  });
  return out;
}

describe('size of a full national backup', () => {
  it('514 regions × 5 periods of complete assessments fit the import limit', async () => {
    const answers = levelsOnly();
    const bundles = testCatalog().regions.flatMap((r) =>
      [2022, 2023, 2024, 2025, 2026].map((period) => makeBundle({ id: `${crypto.randomUUID()}`, regionCode: r.code, period }, answers)),
    );
    const env = await buildExport({ bundles, catalog: testCatalog(), appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-11-22T03:00:00.000Z', sha256Hex: nodeSha256Hex });
    const bytes = Buffer.byteLength(serializeExport(env), 'utf8');
    expect(env.assessments).toHaveLength(2570);
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(bytes).toBeLessThan(MAX_IMPORT_BYTES / 4);
  }, 60_000);
});
