// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from './build-export';
import { makeBundle, nodeSha256Hex, testCatalog } from './exchange-test-data';
import { FORMAT_VERSION, MAX_IMPORT_BYTES } from './format';
import type { ImportError } from './import-errors';
import { MAX_REPORTED_ERRORS } from './import-errors';
import { computeIntegrity } from './integrity';
import { parseImport } from './parse-import';
import { checkFileSize, readJson } from './read-json';

type Raw = Record<string, unknown> & { assessments: Record<string, unknown>[] };
const ctx = { sha256Hex: nodeSha256Hex, catalog: testCatalog() };

async function exportedRaw(count = 1): Promise<Raw> {
  const bundles = Array.from({ length: count }, (_, i) => makeBundle({ id: `a-${i}`, period: 2020 + i }));
  const env = await buildExport({ bundles, catalog: testCatalog(), appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-11-22T03:00:00.000Z', sha256Hex: nodeSha256Hex });
  return JSON.parse(serializeExport(env)) as Raw;
}

/** Applies `change` to an exported file and re-hashes it, so only the change itself is wrong. */
async function fileWith(change: (raw: Raw) => void, { rehash = true, count = 1 } = {}): Promise<string> {
  const raw = await exportedRaw(count);
  change(raw);
  if (rehash) raw['integrity'] = await computeIntegrity(raw, nodeSha256Hex);
  return JSON.stringify(raw);
}

function answersOf(raw: Raw, index = 0): Record<string, Record<string, unknown>> {
  return raw.assessments[index]?.['answers'] as Record<string, Record<string, unknown>>;
}

async function errorsOf(text: string): Promise<readonly ImportError[]> {
  const result = await parseImport(text, ctx);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('parseImport', () => {
  it('accepts an exported file, with a BOM, and drops unknown members', async () => {
    const text = await fileWith((raw) => {
      raw['futureField'] = { x: 1 };
    });
    const result = await parseImport(`\uFEFF${text}`, ctx);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bundles[0]?.assessment.regionCode).toBe('32.74');
  });

  it.each([
    ['not JSON', 'this is not json {', { code: 'not_json' }],
    ['JSON, not an envelope', '[1, 2, 3]', { code: 'wrong_format' }],
    ['another format', '{"format":"excalidraw","formatVersion":1}', { code: 'wrong_format', value: 'excalidraw' }],
    ['a newer version', `{"format":"siap-cerdas.assessments","formatVersion":${FORMAT_VERSION + 1}}`, { code: 'newer_version', value: String(FORMAT_VERSION + 1), limit: FORMAT_VERSION }],
  ])('rejects %s', async (_what, text, expected) => {
    expect(await errorsOf(text)).toEqual([expected]);
  });

  /** An exported file with `insert` spliced in after `anchor` (text level, so `__proto__` stays a key), re-hashed. */
  async function splicedFile(anchor: string, insert: string): Promise<string> {
    const text = JSON.stringify(await exportedRaw());
    const raw = JSON.parse(text.replace(anchor, `${anchor}${insert}`)) as Record<string, unknown>;
    raw['integrity'] = await computeIntegrity(raw, nodeSha256Hex);
    return JSON.stringify(raw);
  }

  it.each<[string, () => Promise<string>, ImportError]>([
    ['a __proto__ answer key (hash recomputed)', () => splicedFile('"answers":{', '"__proto__":{"level":3},'),
      { code: 'forbidden_key', field: 'assessments[0].answers.__proto__', value: '__proto__' }],
    ['a constructor member', () => splicedFile('"region":{', '"constructor":1,'),
      { code: 'forbidden_key', field: 'assessments[0].region.constructor', value: 'constructor' }],
    ['1e999 as the period', async () => (await fileWith(() => undefined)).replace(/"period":\d+/, '"period":1e999'),
      { code: 'non_finite_number', field: 'assessments[0].period' }],
    ['-1e999 in an unknown member', async () => `{"x":[-1e999],${(await fileWith(() => undefined)).slice(1)}`,
      { code: 'non_finite_number', field: 'x[0]' }],
    ['10,000 nested arrays in an unknown member', async () => `{"extra":${'['.repeat(10_000)}${']'.repeat(10_000)},${(await fileWith(() => undefined)).slice(1)}`,
      { code: 'too_deep', limit: 32, field: 'extra[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]' }],
    ['100,000 nested arrays', async () => `{"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      { code: 'too_deep', limit: 32, field: 'extra[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]' }],
    ['10,000 nested objects as a note', async () => (await fileWith(() => undefined)).replace(/"note":"[^"]*"/, `"note":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
      { code: 'too_deep', limit: 32, field: expect.stringMatching(/^assessments\[0\]\.answers\.GOV\.\d\.\d\.note(\.a)+$/) as unknown as string }],
  ])('refuses %s before anything else, naming where', async (_what, make, expected) => {
    expect(await errorsOf(await make())).toEqual([expected]);
  });

  it('rejects a file over the size limit, stating the limit', async () => {
    const text = await fileWith(() => undefined);
    const result = await parseImport(text, { ...ctx, maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too_large', limit: 1000 }] });
    expect(checkFileSize(MAX_IMPORT_BYTES + 1, MAX_IMPORT_BYTES)).toMatchObject({ code: 'too_large', limit: MAX_IMPORT_BYTES });
    expect(checkFileSize(MAX_IMPORT_BYTES, MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkFileSize(1000, MAX_IMPORT_BYTES)).toBeUndefined();
  });

  it('counts UTF-8 bytes', () => {
    expect(readJson(`"${'aé€😀'.repeat(100)}"`, 1000)).toEqual({ ok: false, error: { code: 'too_large', limit: 1000, value: String(2 + 100 * (1 + 2 + 3 + 4)) } });
  });

  it('detects a level changed without updating the hash, and names the indicator', async () => {
    const text = await fileWith((raw) => {
      answersOf(raw)['GOV.1.2'] = { level: 4, evidence: [] };
    }, { rehash: false });
    expect(await errorsOf(text)).toEqual([{ code: 'hash_mismatch' }]);
  });

  it('rejects a file without integrity', async () => {
    const raw = await exportedRaw();
    delete raw['integrity'];
    const errors = await errorsOf(JSON.stringify(raw));
    expect(errors[0]).toEqual({ code: 'integrity_missing' });
  });

  it.each<[string, (raw: Raw) => void, Partial<ImportError>]>([
    ['unknown instrument', (r) => { r.assessments[0]!['instrumentVersion'] = 'gmsc-2030.1'; }, { code: 'unknown_instrument', value: 'gmsc-2030.1' }],
    ['unknown weight profile', (r) => { r.assessments[0]!['weightProfileId'] = 'ahp-v9'; }, { code: 'unknown_weight_profile', value: 'ahp-v9' }],
    ['unknown indicator id', (r) => { answersOf(r)['GOV.9.9'] = { level: 2, evidence: [] }; }, { code: 'unknown_indicator', value: 'GOV.9.9' }],
    ['malformed indicator id', (r) => { answersOf(r)['gov-1'] = { level: 2, evidence: [] }; }, { code: 'unknown_indicator', value: 'gov-1' }],
    ['level 7', (r) => { answersOf(r)['GOV.1.2']!['level'] = 7; }, { code: 'level_out_of_range', value: '7' }],
    ['level 2.5', (r) => { answersOf(r)['GOV.1.2']!['level'] = 2.5; }, { code: 'level_not_integer', value: '2.5' }],
    ['level 1e308, once', (r) => { answersOf(r)['GOV.1.2']!['level'] = 1e308; }, { code: 'level_out_of_range', value: '1e+308' }],
    ['period 2026.5', (r) => { r.assessments[0]!['period'] = 2026.5; }, { code: 'period_not_integer', value: '2026.5' }],
    ['a link without host', (r) => { ((answersOf(r)['GOV.1.1']!['evidence'] as Record<string, unknown>[])[0]!)['url'] = 'http://'; }, { code: 'url_no_host', value: 'http://' }],
    ['a time without seconds', (r) => { r.assessments[0]!['updatedAt'] = '2026-11-22T03:15Z'; }, { code: 'timestamp_profile', value: '2026-11-22T03:15Z' }],
    ['a time without offset', (r) => { r.assessments[0]!['updatedAt'] = '2026-11-22T03:15:00'; }, { code: 'timestamp_profile' }],
    ['level "3"', (r) => { answersOf(r)['GOV.1.2']!['level'] = '3'; }, { code: 'invalid_value', value: '3' }],
    ['NA without reason', (r) => { answersOf(r)['BRD.1.3'] = { level: 'NA', naReason: '  ', evidence: [] }; }, { code: 'na_reason_missing' }],
    ['NA where not allowed', (r) => { answersOf(r)['GOV.1.2'] = { level: 'NA', naReason: 'x', evidence: [] }; }, { code: 'na_not_allowed' }],
    ['unknown region', (r) => { (r.assessments[0]!['region'] as Record<string, unknown>)['code'] = '99.99'; }, { code: 'unknown_region', value: '99.99' }],
    ['period 1999', (r) => { r.assessments[0]!['period'] = 1999; }, { code: 'period_out_of_range', value: '1999' }],
    ['a note too long', (r) => { answersOf(r)['GOV.1.2']!['note'] = 'x'.repeat(2001); }, { code: 'too_long', limit: 2000 }],
    ['a javascript: link', (r) => { ((answersOf(r)['GOV.1.1']!['evidence'] as Record<string, unknown>[])[0]!)['url'] = 'javascript:alert(1)'; }, { code: 'url_invalid' }],
    ['a bad status', (r) => { r.assessments[0]!['status'] = 'done'; }, { code: 'invalid_value', value: 'done' }],
    ['a missing update time', (r) => { delete r.assessments[0]!['updatedAt']; }, { code: 'missing_value', at: { position: 1, regionCode: '32.74', period: 2020, field: 'updatedAt' } }],
    ['an unknown indicator in a work-package marker', (r) => {
      r.assessments[0]!['workPackage'] = { packageId: 'wp-1', opd: 'Diskominfo', sourceAssessmentId: 'a-0', indicatorIds: ['GOV.9.9'], exportedAt: '2026-03-01T08:00:00.000Z' };
    }, { code: 'unknown_indicator', value: 'GOV.9.9', at: { position: 1, field: 'workPackage.indicatorIds' } }],
    ['provenance without mergedAt', (r) => { answersOf(r)['GOV.1.2']!['provenance'] = { opd: 'Diskominfo', packageId: 'wp-1' }; }, { code: 'missing_value' }],
    ['a roadmap target above 5', (r) => {
      r.assessments[0]!['plan'] = {
        roadmap: { startYear: 2021, horizon: 5, elements: { 'GOV.1': { mode: 'final', finalTarget: 6, yearly: [1, 2, 3, 4, 5] } } },
        quickWins: [], assignments: {}, workPackages: [], updatedAt: '2026-03-01T08:00:00.000Z',
      };
    }, { code: 'invalid_value', value: '6' }],
  ])('rejects %s, naming where', async (_what, change, expected) => {
    const errors = await errorsOf(await fileWith(change));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(expected);
    expect(errors[0]?.at).toMatchObject({ position: 1 });
  });

  it('locates answer errors by region, period, indicator and field', async () => {
    const errors = await errorsOf(await fileWith((r) => {
      answersOf(r)['GOV.1.2']!['level'] = 9;
    }));
    expect(errors[0]?.at).toEqual({ position: 1, regionCode: '32.74', period: 2020, indicatorId: 'GOV.1.2', field: 'level' });
  });

  it.each<[string, (raw: Raw) => void, Partial<ImportError>]>([
    ['the same id twice', (r) => { r.assessments[1]!['id'] = 'a-0'; }, { code: 'duplicate_id', value: 'a-0', firstPosition: 1 }],
    ['the same region and period twice', (r) => { r.assessments[1]!['period'] = 2020; }, { code: 'duplicate_region_period', firstPosition: 1 }],
  ])('rejects %s', async (_what, change, expected) => {
    const errors = await errorsOf(await fileWith(change, { count: 2 }));
    expect(errors).toEqual([expect.objectContaining({ ...expected, at: expect.objectContaining({ position: 2 }) })]);
  });

  it('names envelope fields outside any assessment', async () => {
    const errors = await errorsOf(await fileWith((r) => {
      delete r['app'];
      r['exportedAt'] = 'kemarin';
    }));
    expect(errors).toEqual([
      { code: 'missing_value', field: 'app' },
      { code: 'invalid_value', field: 'exportedAt', value: 'kemarin' },
    ]);
  });

  it('rejects a file without assessments', async () => {
    expect(await errorsOf(await fileWith((r) => { r.assessments = []; }))).toEqual([{ code: 'empty' }]);
  });

  it('lists at most MAX_REPORTED_ERRORS errors and counts the rest', async () => {
    const text = await fileWith((r) => {
      for (const answer of Object.values(answersOf(r))) answer['level'] = 8;
    });
    const result = await parseImport(text, ctx);
    expect(result).toMatchObject({ ok: false, omitted: 72 - MAX_REPORTED_ERRORS });
  });

  it('reports the hash mismatch together with the specific problem', async () => {
    const errors = await errorsOf(await fileWith((r) => {
      answersOf(r)['GOV.1.2']!['level'] = 6;
    }, { rehash: false }));
    expect(errors.map((e) => e.code)).toEqual(['hash_mismatch', 'level_out_of_range']);
  });
});
