// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from './build-export';
import { makeBundle, nodeSha256Hex, testCatalog } from './exchange-test-data';
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import { checkIntegrity } from './integrity';
import { parseImport } from './parse-import';

const params = {
  catalog: testCatalog(),
  appName: 'Siap Cerdas',
  appVersion: '0.1.0',
  exportedAt: '2026-11-22T03:00:00.000Z',
  sha256Hex: nodeSha256Hex,
};

describe('buildExport', () => {
  it('writes the envelope, region info, answers by indicator id and informational scores', async () => {
    const env = await buildExport({ ...params, bundles: [makeBundle()] });
    expect(env).toMatchObject({ format: FORMAT_NAME, formatVersion: FORMAT_VERSION, app: { name: 'Siap Cerdas', version: '0.1.0' }, exportedAt: params.exportedAt });
    const [a] = env.assessments;
    expect(a?.region).toEqual({ code: '32.74', name: 'Kota Cirebon', type: 'kota', provinceCode: '32', provinceName: 'Jawa Barat' });
    expect(a).toMatchObject({ instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', period: 2026, status: 'draft', team: 'Tim Smart City' });
    expect(Object.keys(a?.answers ?? {})).toHaveLength(72);
    expect(a?.answers['BRD.1.3']).toEqual({ level: 'NA', naReason: 'Tidak ada destinasi berbayar.' });
    expect(a?.answers['GOV.1.1']?.evidence?.[0]?.url).toBe('https://jdih.example.go.id/107');
    expect(a?.scores?.index).toBeGreaterThan(0);
    expect(Object.keys(a?.scores?.elements ?? {})).toHaveLength(18);
    expect(await checkIntegrity(JSON.parse(serializeExport(env)) as Record<string, unknown>, nodeSha256Hex)).toBe('ok');
  });

  it('sorts assessments by region code then period, whatever the input order', async () => {
    const env = await buildExport({
      ...params,
      bundles: [makeBundle({ id: 'b', period: 2027 }), makeBundle({ id: 'c', regionCode: '11.01' }), makeBundle({ id: 'a', period: 2025 })],
    });
    expect(env.assessments.map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });

  it('round-trips: importing the file gives the same assessment and answers', async () => {
    const bundle = makeBundle();
    const text = serializeExport(await buildExport({ ...params, bundles: [bundle] }));
    const result = await parseImport(text, { sha256Hex: nodeSha256Hex, catalog: testCatalog() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.bundles;
    expect(imported?.assessment).toEqual(bundle.assessment);
    expect(Object.fromEntries((imported?.answers ?? []).map((a) => [a.indicatorId, a]))).toEqual(bundle.answers);
  });
});
