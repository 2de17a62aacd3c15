// @vitest-environment node
/**
 * Opt-in profile of the import pipeline at national scale (no timing asserts: machines are noisy).
 * BENCH_IMPORT=1 npx vitest run src/domain/exchange/import-timing.test.ts
 * Builds the file `scripts/bench-scale.mjs` imports (514 regions × 5 periods = 2,570 complete
 * assessments, 185,040 answers) and times each step of `parseImport` and the plan.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { checkContent } from './check-content';
import { nodeSha256Hex, testCatalog } from './exchange-test-data';
import { integrityInput } from './integrity';
import { parseImport } from './parse-import';
import { DEFAULT_DECISIONS, planImport, resolveImport } from './plan-import';
import { restoreAssessment } from './restore';
import { envelopeSchema } from './schema';

const PERIODS = [2022, 2023, 2024, 2025, 2026];

/** The same deterministic file as scripts/bench-scale.mjs (levels from a fixed LCG). */
async function nationalFile(): Promise<string> {
  const catalog = testCatalog();
  const dims = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'];
  const indicators = dims.flatMap((d) => [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => `${d}.${e}.${i}`))).sort();
  let k = 42;
  const assessments = [];
  const regions = [...catalog.byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const region of regions) {
    for (const period of PERIODS) {
      const at = `${period}-06-01T00:00:00.000Z`;
      const answers: Record<string, { level: number }> = {};
      for (const id of indicators) {
        k = (k * 1103515245 + 12345) % 2147483648;
        answers[id] = { level: k % 6 };
      }
      assessments.push({
        id: `scale-${region.code}-${period}`, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
        region: { code: region.code, name: region.name, type: region.type, provinceCode: region.provinceCode, provinceName: catalog.provinceByCode.get(region.provinceCode)?.name ?? '' },
        period, status: 'final', createdAt: at, updatedAt: at, answers,
      });
    }
  }
  const body = { format: 'siap-cerdas.assessments', formatVersion: 1, app: { name: 'Siap Cerdas', version: '0.1.0' }, exportedAt: '2026-11-22T00:00:00.000Z', assessments };
  const hash = await nodeSha256Hex(canonicalJson(body));
  return JSON.stringify({ ...body, integrity: { algorithm: 'SHA-256', hash } });
}

function time<T>(label: string, times: Record<string, number>, run: () => T): T {
  const start = performance.now();
  const result = run();
  times[label] = Math.round(performance.now() - start);
  return result;
}

describe('import pipeline timing (opt-in)', () => {
  it.runIf(process.env['BENCH_IMPORT'] === '1')('parses and plans 2,570 assessments', { timeout: 300_000 }, async () => {
    const text = await nationalFile();
    const catalog = testCatalog();
    const times: Record<string, number> = {};
    const raw = time('JSON.parse', times, () => JSON.parse(text) as Record<string, unknown>);
    const input = time('canonical JSON', times, () => integrityInput(raw));
    const start = performance.now();
    await nodeSha256Hex(input);
    times['sha256 (node:crypto)'] = Math.round(performance.now() - start);
    const parsed = time('zod safeParse', times, () => envelopeSchema.safeParse(raw));
    if (!parsed.success) throw new Error('invalid file');
    time('checkContent', times, () => checkContent(parsed.data.assessments, catalog));
    const bundles = time('restore', times, () => parsed.data.assessments.map(restoreAssessment));
    const plan = time('planImport (scores every row)', times, () => planImport(bundles, []));
    time('resolveImport', times, () => resolveImport(plan, DEFAULT_DECISIONS, () => 'x', '2026-11-22T00:00:00.000Z'));
    const whole = performance.now();
    const result = await parseImport(text, { sha256Hex: nodeSha256Hex, catalog });
    times['parseImport (all of it)'] = Math.round(performance.now() - whole);
    console.table({ ...times, 'file MB': Math.round(text.length / 1e5) / 10 });
    expect(result.ok).toBe(true);
  });
});
