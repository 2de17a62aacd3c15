/**
 * Search over the questionnaire: question text in both languages, indicator code and the OPD
 * responsible for it. Pure; the caller supplies the OPD lookup (the plan's assignments).
 */
import type { IndicatorDef, Instrument } from '../instrument/types';
import { listIndicators } from '../instrument/lookup';

/** Lower case without diacritics, so "kelembagaan" finds "Kelembagaan" and "e" finds "é". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Returns the indicators (questionnaire order) whose code, Indonesian or English question, or
 * responsible OPD (`opdOf`, null = unassigned) contain every word of `query`, ignoring case and
 * diacritics. A blank query matches nothing.
 */
export function searchIndicators(
  instrument: Instrument,
  query: string,
  opdOf: (indicatorId: string) => string | null,
): IndicatorDef[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return listIndicators(instrument).filter((indicator) => {
    const text = fold(`${indicator.id} ${indicator.question.id} ${indicator.question.en} ${opdOf(indicator.id) ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}
