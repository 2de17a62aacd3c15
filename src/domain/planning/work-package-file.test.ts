// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../exchange/build-export';
import { makeBundle, nodeSha256Hex, testCatalog } from '../exchange/exchange-test-data';
import { computeIntegrity } from '../exchange/integrity';
import { buildReturnedPackage, openWorkPackage } from './work-package';
import { parseWorkPackage } from './work-package-file';
import { serializeWorkPackage } from './work-package-write';
import { MAX_WORK_PACKAGE_BYTES, WORK_PACKAGE_FORMAT } from './work-package-format';
import type { WorkPackage } from './work-package-format';
import { OPENED_AT, RETURNED_AT, opdAnswers, outgoing } from './work-package-test-data';

type Json = Record<string, unknown>;

async function fileOf(pkg: WorkPackage = outgoing): Promise<Json> {
  return JSON.parse(await serializeWorkPackage(pkg, nodeSha256Hex)) as Json;
}

/** Re-serialises an edited file with a correct hash (a deliberate edit, not damage). */
async function rehashed(file: Json): Promise<string> {
  const { integrity: _old, ...body } = file;
  return JSON.stringify({ ...body, integrity: await computeIntegrity(body, nodeSha256Hex) });
}

async function parse(text: string) {
  return parseWorkPackage(text, nodeSha256Hex);
}

describe('serializeWorkPackage', () => {
  it('writes compact JSON with format, version, direction, answers sorted and an integrity hash', async () => {
    const text = await serializeWorkPackage(outgoing, nodeSha256Hex, { name: 'Siap Cerdas', version: '0.1.0' });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('\n  ');
    const file = JSON.parse(text) as Json;
    expect(file).toMatchObject({
      format: 'siap-cerdas.work-package', formatVersion: 1, app: { name: 'Siap Cerdas', version: '0.1.0' }, direction: 'to_opd',
      packageId: 'wp-1', opd: 'Diskominfo', integrity: { algorithm: 'SHA-256' },
    });
    expect(Object.keys(file['answers'] as Json)).toEqual(['BRD.1.3', 'GOV.1.1', 'GOV.1.2']);
    expect(text).not.toContain('provenance');
    expect(file).not.toHaveProperty('returnedAt');
  });
});

describe('parseWorkPackage', () => {
  it('round-trips a package for the OPD', async () => {
    const result = await parse(await serializeWorkPackage(outgoing, nodeSha256Hex, { name: 'Siap Cerdas', version: '0.1.0' }));
    expect(result).toEqual({ ok: true, pkg: outgoing, app: { name: 'Siap Cerdas', version: '0.1.0' } });
  });

  it('round-trips a returned package (with a byte-order mark and indentation)', async () => {
    const back = buildReturnedPackage(openWorkPackage(outgoing, 'copy-1', OPENED_AT).assessment, opdAnswers, RETURNED_AT);
    if (!back.ok) throw new Error('expected a returned package');
    const pretty = `\uFEFF${JSON.stringify(await fileOf(back.pkg), null, 2)}`;
    expect(await parse(pretty)).toEqual({ ok: true, pkg: back.pkg });
  });

  it.each([
    ['not JSON', 'not json {', [{ code: 'not_json' }]],
    ['an array', '[]', [{ code: 'wrong_format' }]],
    ['another format', JSON.stringify({ format: 'something-else', formatVersion: 1 }), [{ code: 'wrong_format' }]],
    ['a malformed version', JSON.stringify({ format: WORK_PACKAGE_FORMAT, formatVersion: '1' }), [{ code: 'wrong_format' }]],
    ['a newer version', JSON.stringify({ format: WORK_PACKAGE_FORMAT, formatVersion: 2 }), [{ code: 'newer_version', version: 2, supported: 1 }]],
  ])('refuses %s', async (_name, text, errors) => {
    expect(await parse(text)).toEqual({ ok: false, errors });
  });

  it('refuses an assessment export file as wrong_format', async () => {
    const exportText = serializeExport(await buildExport({
      bundles: [makeBundle()], catalog: testCatalog(), appName: 'Siap Cerdas', appVersion: '0.1.0',
      exportedAt: '2026-03-01T08:00:00.000Z', sha256Hex: nodeSha256Hex,
    }));
    expect(await parse(exportText)).toEqual({ ok: false, errors: [{ code: 'wrong_format' }] });
  });

  it('refuses a file larger than the limit before parsing it', async () => {
    expect(await parse(' '.repeat(MAX_WORK_PACKAGE_BYTES + 1))).toEqual({ ok: false, errors: [{ code: 'too_large', limit: MAX_WORK_PACKAGE_BYTES, value: String(MAX_WORK_PACKAGE_BYTES + 1) }] });
  });

  /** The package text with `insert` spliced in after `anchor` (a text edit), re-hashed. */
  async function spliced(anchor: string, insert: string): Promise<string> {
    const text = JSON.stringify(await fileOf());
    if (!text.includes(anchor)) throw new Error(`no ${anchor} in the file`);
    return rehashed(JSON.parse(text.replace(anchor, `${anchor}${insert}`)) as Json);
  }

  it.each<[string, () => Promise<string>, unknown]>([
    ['a __proto__ answer key', () => spliced('"answers":{', '"__proto__":{"level":3},'), { code: 'forbidden_key', field: 'answers.__proto__', value: '__proto__' }],
    ['10,000 nested arrays', async () => `{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, { code: 'too_deep', limit: 32, field: `x${'[0]'.repeat(31)}` }],
    ['1e999', async () => (await rehashed(await fileOf())).replace('"formatVersion":1', '"formatVersion":1,"n":1e999'), { code: 'non_finite_number', field: 'n' }],
  ])('refuses %s with the reader error, never throwing', async (_what, make, expected) => {
    expect(await parse(await make())).toEqual({ ok: false, errors: [expected] });
  });

  it('names the rule a level breaks, once, and a link without host', async () => {
    const file = await fileOf();
    const answers = file['answers'] as Record<string, Json>;
    answers['GOV.1.1'] = { ...answers['GOV.1.1'], level: 1e308 };
    answers['GOV.1.2'] = { ...answers['GOV.1.2'], level: 2.5 };
    const result = await parse(await rehashed(file));
    expect(result.ok ? [] : result.errors.map((e) => (e.code === 'invalid' ? [e.reason, e.detail] : e.code))).toEqual([
      ['level_out_of_range', 'answers.GOV.1.1.level: 1e+308'],
      ['level_not_integer', 'answers.GOV.1.2.level: 2.5'],
    ]);
  });

  it('refuses a file without integrity', async () => {
    const { integrity: _dropped, ...file } = await fileOf();
    expect(await parse(JSON.stringify(file))).toEqual({ ok: false, errors: [{ code: 'integrity_missing' }] });
  });

  it('refuses a file edited by hand (hash mismatch)', async () => {
    const text = (await serializeWorkPackage(outgoing, nodeSha256Hex)).replace('"level":2', '"level":4');
    expect(await parse(text)).toEqual({ ok: false, errors: [{ code: 'hash_mismatch' }] });
  });

  it('lists schema problems with field, reason and indicator, next to a hash mismatch', async () => {
    const file = await fileOf();
    const answers = file['answers'] as Record<string, Json>;
    const edited = { ...file, answers: { ...answers, 'GOV.1.1': { ...answers['GOV.1.1'], level: 7 } }, opd: '' };
    const result = await parse(JSON.stringify(edited));
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'hash_mismatch' },
        { code: 'invalid', reason: 'invalid_value', field: 'opd', detail: 'opd: ' },
        { code: 'invalid', reason: 'level_out_of_range', field: 'answers.GOV.1.1.level', detail: 'answers.GOV.1.1.level: 7', indicatorId: 'GOV.1.1' },
      ],
    });
  });

  it('reports the limit of a text that is too long', async () => {
    const file = await fileOf();
    const answers = file['answers'] as Record<string, Json>;
    const result = await parse(await rehashed({ ...file, answers: { ...answers, 'GOV.1.2': { level: 3, note: 'x'.repeat(2001) } } }));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid', reason: 'too_long', field: 'answers.GOV.1.2.note', indicatorId: 'GOV.1.2', limit: 2000 }] });
  });

  it('refuses an unknown instrument version', async () => {
    const file = await fileOf();
    const result = await parse(await rehashed({ ...file, source: { ...(file['source'] as Json), instrumentVersion: 'gmsc-2030.1' } }));
    expect(result).toEqual({ ok: false, errors: [{ code: 'unknown_instrument', value: 'gmsc-2030.1' }] });
  });

  it('refuses an unknown weight profile', async () => {
    const file = await fileOf();
    const result = await parse(await rehashed({ ...file, source: { ...(file['source'] as Json), weightProfileId: 'ahp-v9' } }));
    expect(result).toEqual({ ok: false, errors: [{ code: 'unknown_weight_profile', value: 'ahp-v9' }] });
  });

  it('refuses indicator ids the instrument does not have, in the list or in the answers', async () => {
    const file = await fileOf();
    const edited = {
      ...file,
      indicatorIds: [...(file['indicatorIds'] as string[]), 'GOV.9.9'],
      answers: { ...(file['answers'] as Json), 'ABC.1.1': { level: 1 } },
    };
    expect(await parse(await rehashed(edited))).toEqual({ ok: false, errors: [{ code: 'unknown_indicator', indicatorIds: ['GOV.9.9', 'ABC.1.1'] }] });
  });

  it('refuses a malformed answer key, a repeated indicator, a bad NA and a bad link', async () => {
    const file = await fileOf();
    const answers = file['answers'] as Record<string, Json>;
    const edited = {
      ...file,
      indicatorIds: ['GOV.1.1', 'GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'],
      answers: {
        ...answers,
        'BRD.1.3': { level: 'NA', naReason: '  ' },
        'GOV.1.2': { level: 'NA', naReason: 'tidak relevan' },
        'GOV.1.3': { level: 1, evidence: [{ id: 'e', kind: 'foto', title: 'Foto', reference: '', url: 'ftp://x' }] },
      },
    };
    expect((await parse(await rehashed(edited)))).toEqual({
      ok: false,
      errors: [
        { code: 'invalid', reason: 'duplicate_id', field: 'indicatorIds', detail: 'indicatorIds: GOV.1.1' },
        { code: 'invalid', reason: 'na_reason_missing', field: 'answers.BRD.1.3.naReason', detail: 'answers.BRD.1.3.naReason', indicatorId: 'BRD.1.3' },
        { code: 'invalid', reason: 'na_not_allowed', field: 'answers.GOV.1.2.level', detail: 'answers.GOV.1.2.level: NA', indicatorId: 'GOV.1.2' },
        { code: 'invalid', reason: 'url_invalid', field: 'answers.GOV.1.3.evidence[0].url', detail: 'answers.GOV.1.3.evidence[0].url: ftp://x', indicatorId: 'GOV.1.3' },
      ],
    });
    const badKey = { ...file, answers: { ...answers, 'gov-1': { level: 1 } } };
    expect(await parse(await rehashed(badKey))).toEqual({ ok: false, errors: [{ code: 'unknown_indicator', indicatorIds: ['gov-1'] }] });
  });

  it('refuses a returned package without returnedAt, and an empty indicator list', async () => {
    const file = await fileOf();
    expect(await parse(await rehashed({ ...file, direction: 'to_coordinator' }))).toEqual({
      ok: false, errors: [{ code: 'invalid', reason: 'missing_value', field: 'returnedAt', detail: 'returnedAt' }],
    });
    expect(await parse(await rehashed({ ...file, indicatorIds: [], answers: {} }))).toMatchObject({
      ok: false, errors: [{ code: 'invalid', reason: 'invalid_value', field: 'indicatorIds' }],
    });
  });
});
