import type { Instrument, Lang } from '../../domain/instrument/types';

/** The element's name in `lang` (its id if the instrument lacks it). */
export function elementName(instrument: Instrument, elementId: string, lang: Lang): string {
  for (const d of instrument.dimensions) for (const e of d.elements) if (e.id === elementId) return e.name[lang];
  return elementId;
}

export function dimensionName(instrument: Instrument, dimensionId: string, lang: Lang): string {
  return instrument.dimensions.find((d) => d.id === dimensionId)?.name[lang] ?? dimensionId;
}

/** The indicator's question in `lang` ('' if unknown). */
export function indicatorQuestion(instrument: Instrument, indicatorId: string, lang: Lang): string {
  for (const d of instrument.dimensions) for (const e of d.elements) for (const i of e.indicators) if (i.id === indicatorId) return i.question[lang];
  return '';
}
