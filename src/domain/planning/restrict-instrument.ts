import type { Instrument } from '../instrument/types';

/**
 * The instrument as an OPD's work-package copy shows it: only `indicatorIds`, keeping instrument
 * order; elements and dimensions left without indicators are dropped. The rubric is unchanged.
 * Used by the questionnaire so navigation, paging and progress cover only the OPD's indicators.
 */
export function restrictInstrument(instrument: Instrument, indicatorIds: readonly string[]): Instrument {
  const keep = new Set(indicatorIds);
  const dimensions = instrument.dimensions
    .map((d) => ({
      ...d,
      elements: d.elements
        .map((e) => ({ ...e, indicators: e.indicators.filter((i) => keep.has(i.id)) }))
        .filter((e) => e.indicators.length > 0),
    }))
    .filter((d) => d.elements.length > 0);
  return { ...instrument, dimensions };
}
