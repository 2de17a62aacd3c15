// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../instrument/registry';
import { searchIndicators } from './search-indicators';

const instrument = getInstrument('gmsc-2026.1');
const opds: Record<string, string> = { 'GOV.1.2': 'Dinas Kesehatan', 'ENV.3.1': 'Diskominfo' };
const ids = (query: string) => (instrument ? searchIndicators(instrument, query, (id) => opds[id] ?? null).map((i) => i.id) : []);

describe('searchIndicators', () => {
  it('finds by code (any case), by OPD, and nothing for a blank query', () => {
    expect(ids('gov.1.2')).toEqual(['GOV.1.2']);
    expect(ids('ENV.3')).toEqual(['ENV.3.1', 'ENV.3.2', 'ENV.3.3', 'ENV.3.4']);
    expect(ids('dinas  KESEHATAN')).toEqual(['GOV.1.2']);
    expect(ids('diskominfo env')).toEqual(['ENV.3.1']);
    expect(ids('   ')).toEqual([]);
  });

  it('finds a question by a word in Indonesian and in English, ignoring case', () => {
    // "kependudukan" and "civil-registration" occur only in GOV.1.1 (either language).
    expect(ids('Kependudukan')).toEqual(['GOV.1.1']);
    expect(ids('civil-registration')).toEqual(['GOV.1.1']);
    // Several words must all match: "mal" alone is in more questions than GOV.1.2.
    expect(ids('mal pelayanan terpadu')).toEqual(['GOV.1.2']);
    expect(ids('zzzz-nothing')).toEqual([]);
  });
});
