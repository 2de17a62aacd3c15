// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAction } from '../planning/actions';
import { adoptionActions } from './adopt';

const ctx = { years: { first: 2027, last: 2036 }, elementIds: new Set(['GOV.1', 'GOV.2', 'ECO.1']), indicatorIds: new Set<string>() };
const visit = { hostName: 'Kota Cirebon', hostCode: '32.74', visitDate: '2019-03-25' };
const names = { 'GOV.1': 'Adopsi: Mal pelayanan publik', 'ECO.1': 'Adopsi: Pasar digital' };

describe('adoptionActions', () => {
  it('turns each marked practice into one action with its source, in element order', () => {
    const result = adoptionActions({
      'ECO.1': { ownerOpd: 'Disdag', targetYear: '2027', note: '', quickWin: true },
      'GOV.1': { ownerOpd: 'DPMPTSP', targetYear: ' 2028 ', note: ' Mulai dari kecamatan ', quickWin: false },
    }, ['GOV.1', 'GOV.2', 'ECO.1'], names, visit, ctx);
    expect(result).toEqual({
      ok: true,
      actions: [
        { name: 'Adopsi: Mal pelayanan publik', description: 'Mulai dari kecamatan', opd: 'DPMPTSP', lifts: [{ elementId: 'GOV.1' }], startYear: 2028, endYear: 2028, quickWin: false,
          source: { kind: 'studi-banding', hostName: 'Kota Cirebon', hostCode: '32.74', visitDate: '2019-03-25', elementId: 'GOV.1' } },
        { name: 'Adopsi: Pasar digital', opd: 'Disdag', lifts: [{ elementId: 'ECO.1' }], startYear: 2027, endYear: 2027, quickWin: true,
          source: { kind: 'studi-banding', hostName: 'Kota Cirebon', hostCode: '32.74', visitDate: '2019-03-25', elementId: 'ECO.1' } },
      ],
    });
    if (!result.ok) throw new Error('refused');
    const action = buildAction(result.actions[0]!, 'sb-1', '2026-03-26T00:00:00.000Z');
    expect(action).toMatchObject({ id: 'sb-1', opd: 'DPMPTSP', quickWin: false, source: { hostName: 'Kota Cirebon', elementId: 'GOV.1' } });
  });

  it('refuses all when the date is missing, an owner is blank or a year is outside the plan', () => {
    const result = adoptionActions({
      'GOV.1': { ownerOpd: ' ', targetYear: '2028', note: '', quickWin: false },
      'ECO.1': { ownerOpd: 'Disdag', targetYear: '2040', note: '', quickWin: true },
    }, ['GOV.1', 'ECO.1'], names, { ...visit, visitDate: '' }, ctx);
    expect(result).toEqual({ ok: false, dateMissing: true, errors: { 'GOV.1': { opd: 'required' }, 'ECO.1': { startYear: 'year_range', endYear: 'year_range' } } });
  });
});
