/**
 * Strengths and gaps of an assessment: the highest and the lowest scored elements, and for each
 * gap the next level's descriptor as the concrete next step.
 */
import type { AnswerMap } from '../assessment/types';
import type { ElementDef, Instrument, Lang, Level } from '../instrument/types';
import { readAnswer } from '../scoring/aggregate';
import { EDGE_TOLERANCE } from '../scoring/bands';
import type { ElementResult, ScoreResult } from '../scoring/types';
import { levelLabel } from './labels';
import type { GapElement, GapIndicator, RankedElement } from './types';

/** How many elements the report lists as strengths and as gaps. */
export const HIGHLIGHT_COUNT = 3;

interface Candidate {
  readonly order: number;
  readonly def: ElementDef;
  readonly result: ElementResult;
  readonly score: number;
}

/** Valid, scored elements in instrument order: invalid and "tidak dinilai" ones are never ranked. */
function candidatesOf(instrument: Instrument, score: ScoreResult): Candidate[] {
  const defs = new Map(instrument.dimensions.flatMap((d) => d.elements).map((e) => [e.id, e]));
  const results = score.dimensions.flatMap((d) => d.elements);
  return results.flatMap((result, order) => {
    const def = defs.get(result.elementId);
    return def && result.isValid && result.score !== null ? [{ order, def, result, score: result.score }] : [];
  });
}

function ranked(instrument: Instrument, c: Candidate, lang: Lang): RankedElement {
  const dimension = instrument.dimensions.find((d) => d.id === c.def.dimensionId);
  return {
    elementId: c.def.id,
    dimensionId: c.def.dimensionId,
    name: c.def.name[lang],
    dimensionName: dimension?.name[lang] ?? c.def.dimensionId,
    score: c.score,
    level: levelLabel(instrument, c.result.band ?? 0, lang),
  };
}

/**
 * The next whole level an element has not reached on average: ⌊score⌋ + 1, at most 5. A score of
 * 1.75 → 2, 2.0 → 3, 4.5 → 5. Scores a few ulps under a whole number count as that number.
 */
export function nextLevelOf(score: number): Level {
  const next = Math.floor(score + EDGE_TOLERANCE) + 1;
  return Math.min(5, Math.max(1, next)) as Level;
}

function belowTarget(def: ElementDef, answers: AnswerMap, target: Level, lang: Lang): GapIndicator[] {
  return def.indicators
    .flatMap((indicator) => {
      const reading = readAnswer(indicator, answers);
      return reading.status === 'answered' && reading.value < target
        ? [{ indicatorId: indicator.id, question: indicator.question[lang], level: reading.value }]
        : [];
    })
    .sort((a, b) => a.level - b.level);
}

export interface StrengthsAndGaps {
  readonly strengths: readonly RankedElement[];
  readonly gaps: readonly GapElement[];
}

/**
 * Picks the strengths and gaps of a scored assessment.
 *
 * Only valid elements with a score are ranked. Strengths: the {@link HIGHLIGHT_COUNT} highest
 * scores, highest first. Gaps: the {@link HIGHLIGHT_COUNT} lowest scores, lowest first, never an
 * element already listed as a strength and never an element at the maximum (5, nothing to reach).
 * Ties keep instrument order (GOV.1 before GOV.2), so the choice is stable. Each gap carries the
 * next level (⌊score⌋ + 1) with its rubric descriptor, and the answered indicators below it.
 */
export function selectStrengthsAndGaps(
  instrument: Instrument,
  score: ScoreResult,
  answers: AnswerMap,
  lang: Lang,
): StrengthsAndGaps {
  const candidates = candidatesOf(instrument, score);
  const byHighest = [...candidates].sort((a, b) => b.score - a.score || a.order - b.order);
  const strengths = byHighest.slice(0, HIGHLIGHT_COUNT);
  const taken = new Set(strengths.map((c) => c.def.id));
  const gaps = [...candidates]
    .filter((c) => !taken.has(c.def.id) && c.score < 5 - EDGE_TOLERANCE)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, HIGHLIGHT_COUNT);
  return {
    strengths: strengths.map((c) => ranked(instrument, c, lang)),
    gaps: gaps.map((c) => {
      const next = nextLevelOf(c.score);
      return {
        ...ranked(instrument, c, lang),
        nextLevel: levelLabel(instrument, next, lang),
        below: belowTarget(c.def, answers, next, lang),
      };
    }),
  };
}
