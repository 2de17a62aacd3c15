// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument } from '../../test/instrument-fixture';
import {
  assignedOpds, indicatorsOfOpd, normalizeOpdName, opdKey, opdOfIndicator, opdProgress, opdSuggestions,
} from './opd';

const instrument = buildInstrument({ naAllowed: ['GOV.1.4'] });

/**
 * GOV.1 → Diskominfo, but GOV.1.4 → Bappeda; GOV.2 → " diskominfo " (same OPD, other spelling);
 * GOV.3.2 → Dinas Kesehatan; ECO.1 → a blank entry (= unassigned). Everything else unassigned.
 */
const assignments = {
  'GOV.1': 'Diskominfo',
  'GOV.1.4': 'Bappeda',
  'GOV.2': '  diskominfo ',
  'GOV.3.2': 'Dinas   Kesehatan',
  'ECO.1': '   ',
};

describe('OPD names', () => {
  it.each([
    ['  Dinas   Kesehatan ', 'Dinas Kesehatan'],
    ['Diskominfo', 'Diskominfo'],
    ['\tBappeda\n', 'Bappeda'],
    ['   ', ''],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizeOpdName(raw)).toBe(expected);
  });

  it('groups case-insensitively', () => {
    expect(opdKey(' DISKOMINFO')).toBe(opdKey('diskominfo '));
  });
});

describe('opdOfIndicator', () => {
  it.each([
    ['GOV.1.1', 'Diskominfo'], // element entry
    ['GOV.1.4', 'Bappeda'], // indicator entry overrides the element
    ['GOV.2.3', 'diskominfo'], // trimmed
    ['GOV.3.2', 'Dinas Kesehatan'],
    ['GOV.3.1', null],
    ['ECO.1.1', null], // a blank entry is unassigned
  ])('%s → %s', (id, opd) => {
    expect(opdOfIndicator(assignments, id)).toBe(opd);
  });

  it('falls back to the element when the indicator entry is blank', () => {
    expect(opdOfIndicator({ 'GOV.1': 'Diskominfo', 'GOV.1.1': ' ' }, 'GOV.1.1')).toBe('Diskominfo');
  });
});

describe('indicatorsOfOpd', () => {
  it('lists the OPD indicators in instrument order, whatever the spelling', () => {
    const ids = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.2.1', 'GOV.2.2', 'GOV.2.3', 'GOV.2.4'];
    expect(indicatorsOfOpd(instrument, assignments, 'Diskominfo')).toEqual(ids);
    expect(indicatorsOfOpd(instrument, assignments, ' DISKOMINFO ')).toEqual(ids);
    expect(indicatorsOfOpd(instrument, assignments, 'Bappeda')).toEqual(['GOV.1.4']);
    expect(indicatorsOfOpd(instrument, assignments, '')).toEqual([]);
  });
});

describe('opdProgress', () => {
  // Diskominfo: GOV.1.1 = 3, GOV.1.2 = 0 (answered), GOV.2.1 = null; Bappeda: GOV.1.4 NA with a reason;
  // Dinas Kesehatan: GOV.3.2 NA not allowed there (counts as unanswered); unassigned: ENV.3.4 = 5.
  const answers = answersFrom({ 'GOV.1.1': 3, 'GOV.1.2': 0, 'GOV.2.1': null, 'GOV.1.4': 'NA', 'GOV.3.2': 'NA', 'ENV.3.4': 5 });
  const rows = opdProgress(instrument, assignments, answers);

  it('counts per OPD, sorted by name, with the unassigned bucket last', () => {
    expect(rows).toEqual([
      { opd: 'Bappeda', total: 1, answered: 0, na: 1, unanswered: 0 },
      { opd: 'Dinas Kesehatan', total: 1, answered: 0, na: 0, unanswered: 1 },
      { opd: 'Diskominfo', total: 7, answered: 2, na: 0, unanswered: 5 },
      { opd: null, total: 63, answered: 1, na: 0, unanswered: 62 },
    ]);
  });

  it('keeps the first spelling met in instrument order', () => {
    const r = opdProgress(instrument, { 'GOV.1': 'DISKOMINFO', 'GOV.2': 'Diskominfo' }, {});
    expect(r[0]).toMatchObject({ opd: 'DISKOMINFO', total: 8 });
  });

  it('sorts with Indonesian collation, ignoring case', () => {
    const r = opdProgress(instrument, { 'GOV.1': 'dinas Pendidikan', 'GOV.2': 'Bappeda', 'GOV.3': 'Dinas Kesehatan', 'BRD.1': 'Diskominfo' }, {});
    expect(r.map((x) => x.opd)).toEqual(['Bappeda', 'Dinas Kesehatan', 'dinas Pendidikan', 'Diskominfo', null]);
  });

  it('has no unassigned bucket when every indicator has an OPD', () => {
    const every = Object.fromEntries(instrument.dimensions.flatMap((d) => d.elements.map((e) => [e.id, `OPD ${d.id}`] as const)));
    expect(opdProgress(instrument, every, {}).map((r) => r.opd)).toEqual(['OPD BRD', 'OPD ECO', 'OPD ENV', 'OPD GOV', 'OPD LIV', 'OPD SOC']);
  });
});

describe('assignedOpds and opdSuggestions', () => {
  it('lists the OPDs that have indicators', () => {
    expect(assignedOpds(instrument, assignments)).toEqual(['Bappeda', 'Dinas Kesehatan', 'Diskominfo']);
  });

  it('suggests used names first, then the standard list without duplicates', () => {
    expect(opdSuggestions(['diskominfo', 'Satpol PP', ' Satpol  pp'])).toEqual([
      'diskominfo', 'Satpol PP',
      'Bappeda', 'Dinas Kesehatan', 'Dinas Lingkungan Hidup', 'Dinas Pariwisata', 'Dinas Pendidikan', 'Dinas Perhubungan',
    ]);
  });
});
