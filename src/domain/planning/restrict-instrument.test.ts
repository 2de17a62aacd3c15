import { describe, expect, it } from 'vitest';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { restrictInstrument } from './restrict-instrument';

describe('restrictInstrument', () => {
  it('keeps only the given indicators, in instrument order, dropping empty elements and dimensions', () => {
    const r = restrictInstrument(CURRENT_INSTRUMENT, ['LIV.2.1', 'GOV.1.3', 'GOV.1.1']);
    expect(r.dimensions.map((d) => d.id)).toEqual(['GOV', 'LIV']);
    expect(r.dimensions.flatMap((d) => d.elements.map((e) => e.id))).toEqual(['GOV.1', 'LIV.2']);
    expect(r.dimensions.flatMap((d) => d.elements.flatMap((e) => e.indicators.map((i) => i.id)))).toEqual(['GOV.1.1', 'GOV.1.3', 'LIV.2.1']);
    expect(r.rubric).toBe(CURRENT_INSTRUMENT.rubric);
  });

  it('leaves the instrument itself untouched', () => {
    restrictInstrument(CURRENT_INSTRUMENT, ['GOV.1.1']);
    expect(CURRENT_INSTRUMENT.dimensions).toHaveLength(6);
  });
});
