import { useMemo } from 'react';
import { getInstrument } from '../../domain/instrument/registry';
import type { Instrument } from '../../domain/instrument/types';
import { bandOf } from '../../domain/scoring/bands';
import { gapMap } from '../../domain/visit/gap-map';
import type { GapMap } from '../../domain/visit/gap-map';
import type { VisitSide } from '../../state/visit-sides';
import { EMPTY_VISIT, useVisitStore, visitKey } from '../../state/visit-store';
import type { VisitRecord } from '../../state/visit-store';
import type { VisitText } from './use-visit-text';

export type VisitComparison =
  | { readonly status: 'other_instrument' }
  | { readonly status: 'ready'; readonly instrument: Instrument; readonly gap: GapMap; readonly key: string; readonly visit: VisitRecord; readonly otherName: string };

/** The gap map of our side against the other, and the visit record the two share. */
export function useVisitComparison(our: VisitSide, other: VisitSide, text: VisitText): VisitComparison {
  const key = visitKey(our.id, other.key);
  const visit = useVisitStore((s) => s.visits[key]) ?? EMPTY_VISIT;
  const instrument = our.instrumentVersion === other.instrumentVersion ? getInstrument(our.instrumentVersion) : undefined;
  const gap = useMemo(() => (instrument ? gapMap(instrument, our.elements, other.elements) : null), [instrument, our.elements, other.elements]);
  if (!instrument || !gap) return { status: 'other_instrument' };
  return { status: 'ready', instrument, gap, key, visit, otherName: text.regionName(other.regionCode) };
}

/** One question per element where the other side is ahead. */
export function suggestedQuestions(gap: GapMap, instrument: Instrument, otherName: string, text: VisitText): string {
  return gap.elements
    .filter((e) => e.status === 'learn' && e.theirs !== null)
    .map((e) => `- ${text.t('question', { name: otherName, level: bandOf(e.theirs ?? 0), element: text.elementName(instrument, e.elementId) })}`)
    .join('\n');
}
