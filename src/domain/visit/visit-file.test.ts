// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeAnswers, makeAssessment, nodeSha256Hex, testCatalog } from '../exchange/exchange-test-data';
import { computeIntegrity } from '../exchange/integrity';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import type { VisitChoices } from './build-visit-package';
import { buildVisitPackage, evidenceKey, packageElementScores } from './build-visit-package';
import { parseVisitPackage } from './visit-file';
import { serializeVisitPackage } from './visit-write';

const choices: VisitChoices = {
  shares: { evidence: true, opd: true, practice: true, notes: false, contact: true },
  practices: { 'GOV.1': '  Masterplan disusun bersama Bappeda.  ', 'GOV.2': '' },
  opds: { 'GOV.1': 'Diskominfo' },
  evidence: [evidenceKey('GOV.1.1', 'ev-1')],
  contact: 'Diskominfo Kota Cirebon, 0231-000',
};

const build = (c: VisitChoices = choices) => buildVisitPackage({
  assessment: makeAssessment(), answers: completeAnswers(), instrument: CURRENT_INSTRUMENT, choices: c,
  regionName: 'Kota Cirebon', packageId: 'vp-1', now: '2026-03-25T08:00:00.000Z',
});

/** Changes the parsed file and writes it back with a correct hash (a file made by another tool). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the file freely, as another tool would
type Loose = Record<string, any>;
async function rewrite(text: string, change: (raw: Loose) => void): Promise<string> {
  const raw = JSON.parse(text) as Loose;
  change(raw);
  delete raw['integrity'];
  return JSON.stringify({ ...raw, integrity: await computeIntegrity(raw, nodeSha256Hex) });
}

describe('visit package file', () => {
  it('holds only what the host chose and reads back unchanged', async () => {
    const pkg = build();
    expect(pkg.elements).toEqual({
      'GOV.1': {
        practice: 'Masterplan disusun bersama Bappeda.',
        opd: 'Diskominfo',
        evidence: [{ kind: 'regulasi', title: 'Perbup No. 107 Tahun 2019', reference: 'S:\\SmartCity\\perbup.pdf', url: 'https://jdih.example.go.id/107', date: '2019-12-30' }],
      },
    });
    expect(Object.keys(pkg.levels)).toHaveLength(72);
    const text = await serializeVisitPackage(pkg, nodeSha256Hex, { name: 'Siap Cerdas', version: '1' });
    expect(text).not.toContain('Masterplan "2019"'); // the note stays home
    expect(text).not.toContain('Tim Smart City');
    expect(text).not.toContain('ownerOpd');
    const read = await parseVisitPackage(text, nodeSha256Hex, testCatalog());
    expect(read).toEqual({ ok: true, pkg });
  });

  it('leaves out everything whose kind is not shared', () => {
    const pkg = build({ ...choices, shares: { evidence: false, opd: false, practice: true, notes: false, contact: false } });
    expect(pkg.elements).toEqual({ 'GOV.1': { practice: 'Masterplan disusun bersama Bappeda.' } });
    expect(pkg.contact).toBeUndefined();
    const withNotes = build({ ...choices, shares: { ...choices.shares, notes: true } });
    expect(withNotes.elements['GOV.1']?.notes).toEqual(['Masterplan "2019"; disahkan']);
  });

  it('refuses a tampered file, another instrument, an unknown region, unchosen fields and bad links', async () => {
    const text = await serializeVisitPackage(build(), nodeSha256Hex);
    const catalog = testCatalog();
    const errorsOf = async (t: string) => {
      const r = await parseVisitPackage(t, nodeSha256Hex, catalog);
      return r.ok ? [] : r.errors;
    };
    expect(await errorsOf(text.replace('"GOV.1.2":1', '"GOV.1.2":5'))).toEqual([{ code: 'hash_mismatch' }]);
    expect(await errorsOf(await rewrite(text, (r) => (r['host'].instrumentVersion = 'gmsc-2019.1')))).toEqual([{ code: 'unknown_instrument', value: 'gmsc-2019.1' }]);
    expect(await errorsOf(await rewrite(text, (r) => (r['host'].regionCode = '99.99')))).toEqual([{ code: 'unknown_region', value: '99.99' }]);
    expect(await errorsOf(await rewrite(text, (r) => (r['elements']['GOV.1'].notes = ['rahasia'])))).toEqual([{ code: 'unshared_field', field: 'notes', elementId: 'GOV.1' }]);
    expect(await errorsOf(await rewrite(text, (r) => {
      r['shares'].contact = false;
      r['elements']['GOV.1'].evidence[0].url = 'javascript:alert(1)';
    }))).toEqual([{ code: 'unshared_field', field: 'contact' }, { code: 'bad_link', elementId: 'GOV.1', value: 'javascript:alert(1)' }]);
    expect(await errorsOf(await rewrite(text, (r) => (r['formatVersion'] = 2)))).toEqual([{ code: 'newer_version', version: 2, supported: 1 }]);
    expect(await errorsOf('{"format":"siap-cerdas.export"}')).toEqual([{ code: 'wrong_format' }]);
  });
});

describe('packageElementScores', () => {
  it('recomputes the element scores from the levels alone', () => {
    const scores = packageElementScores(build());
    // completeAnswers: level = position mod 6 (GOV.1.1 set to 3): GOV.1 = (3+1+2+3)/4, GOV.2 = (4+5+0+1)/4.
    expect(scores?.['GOV.1']).toBe(2.25);
    expect(scores?.['GOV.2']).toBe(2.5);
  });
});
