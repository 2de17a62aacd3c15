/**
 * "Yang perlu dilengkapi": what a team still has to do in the questionnaire, derived from the
 * answers (never stored). Three kinds, each indicator in at most one:
 * - `unanswered`: what scoring and progress count as unanswered (`readAnswer`);
 * - `above_evidence`: a 0–5 level above what its evidence supports, by the rule of the report's
 *   evidence-supported score (`evidenceCapOf`, assessment-model.md §6.3);
 * - `not_applicable`: a valid "Tidak relevan", listed with its reason so the team can review it.
 */
import type { AnswerMap } from '../assessment/types';
import type { DimensionDef, ElementDef, IndicatorDef, Instrument, Level } from '../instrument/types';
import { listIndicators } from '../instrument/lookup';
import { evidenceCapOf } from '../report/evidence-support';
import { readAnswer } from '../scoring/aggregate';

type LeftKind = 'unanswered' | 'above_evidence' | 'not_applicable';

export type LeftEntry =
  | { readonly kind: 'unanswered'; readonly indicator: IndicatorDef }
  | { readonly kind: 'above_evidence'; readonly indicator: IndicatorDef; readonly level: Level; readonly supported: Level }
  | { readonly kind: 'not_applicable'; readonly indicator: IndicatorDef; readonly reason: string };

interface LeftElement {
  readonly element: ElementDef;
  readonly entries: readonly LeftEntry[];
}

interface LeftDimension {
  readonly dimension: DimensionDef;
  readonly elements: readonly LeftElement[];
}

interface WhatsLeft {
  /** Only dimensions and elements with at least one entry, in questionnaire order. */
  readonly dimensions: readonly LeftDimension[];
  readonly counts: Readonly<Record<LeftKind, number>>;
}

/** The entry for one indicator, or null when nothing is left to do on it. */
export function leftEntryOf(indicator: IndicatorDef, answers: AnswerMap): LeftEntry | null {
  const reading = readAnswer(indicator, answers);
  if (reading.status === 'unanswered') return { kind: 'unanswered', indicator };
  if (reading.status === 'na') return { kind: 'not_applicable', indicator, reason: answers[indicator.id]?.naReason?.trim() ?? '' };
  const cap = evidenceCapOf(indicator, answers);
  return cap ? { kind: 'above_evidence', indicator, ...cap } : null;
}

/**
 * Returns what is left per dimension and element (questionnaire order) and how many entries of
 * each kind there are. Answers for ids outside the instrument are ignored.
 */
export function whatsLeft(instrument: Instrument, answers: AnswerMap): WhatsLeft {
  const counts: Record<LeftKind, number> = { unanswered: 0, above_evidence: 0, not_applicable: 0 };
  const dimensions: LeftDimension[] = [];
  for (const dimension of instrument.dimensions) {
    const elements: LeftElement[] = [];
    for (const element of dimension.elements) {
      const entries: LeftEntry[] = [];
      for (const indicator of element.indicators) {
        const entry = leftEntryOf(indicator, answers);
        if (!entry) continue;
        entries.push(entry);
        counts[entry.kind] += 1;
      }
      if (entries.length > 0) elements.push({ element, entries });
    }
    if (elements.length > 0) dimensions.push({ dimension, elements });
  }
  return { dimensions, counts };
}

/**
 * Returns the first unanswered indicator after `afterIndicatorId` in questionnaire order, wrapping
 * around to the start; with `afterIndicatorId` undefined (or unknown), the first one from the
 * start of element `fromElementId` (or of the questionnaire). Undefined when nothing is
 * unanswered except, possibly, the indicator given.
 */
export function nextUnanswered(
  instrument: Instrument,
  answers: AnswerMap,
  position: { readonly afterIndicatorId?: string | undefined; readonly fromElementId?: string | undefined },
): IndicatorDef | undefined {
  const list = listIndicators(instrument);
  const after = position.afterIndicatorId === undefined ? -1 : list.findIndex((i) => i.id === position.afterIndicatorId);
  const start = after >= 0 ? after + 1 : Math.max(0, list.findIndex((i) => i.elementId === position.fromElementId));
  for (let step = 0; step < list.length; step += 1) {
    const indicator = list[(start + step) % list.length];
    if (indicator && indicator.id !== position.afterIndicatorId && readAnswer(indicator, answers).status === 'unanswered') {
      return indicator;
    }
  }
  return undefined;
}
