import { findDimension, findElement, findIndicator } from '../../domain/instrument/lookup';
import type { Instrument, Lang } from '../../domain/instrument/types';

/** The element's name in `lang` (its id if the instrument lacks it). */
export function elementName(instrument: Instrument, elementId: string, lang: Lang): string {
  return findElement(instrument, elementId)?.name[lang] ?? elementId;
}

export function dimensionName(instrument: Instrument, dimensionId: string, lang: Lang): string {
  return findDimension(instrument, dimensionId)?.name[lang] ?? dimensionId;
}

/** The indicator's question in `lang` ('' if unknown). */
export function indicatorQuestion(instrument: Instrument, indicatorId: string, lang: Lang): string {
  return findIndicator(instrument, indicatorId)?.question[lang] ?? '';
}
