import type { ElementResult } from '../../domain/scoring/types';

/** Notes shown beside an element score (§6.5, §6.7, §6.10). */
export type ElementFlag = 'notRated' | 'invalid' | 'narrow';

/**
 * Returns the notes for an element: `notRated` ("tidak dinilai") when no indicator is applicable,
 * `invalid` ("tidak valid") when it has applicable indicators but coverage below 50 %, `narrow`
 * ("basis sempit") when it is valid on fewer than 3 applicable indicators.
 */
export function elementFlags(element: ElementResult): ElementFlag[] {
  if (element.applicable === 0) return ['notRated'];
  if (!element.isValid) return ['invalid'];
  return element.isNarrowBasis ? ['narrow'] : [];
}
