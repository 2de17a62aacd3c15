/** The per-dimension part of the report: element scores, every indicator's answer and evidence. */
import type { Answer, AnswerMap } from '../assessment/types';
import type { DimensionDef, ElementDef, IndicatorDef, Instrument, Lang } from '../instrument/types';
import { readAnswer } from '../scoring/aggregate';
import type { DimensionResult, ElementResult } from '../scoring/types';
import { evidenceSupportLevel, supportedLevel } from './evidence-support';
import { levelLabelOrNull } from './labels';
import type { ReportDimension, ReportElement, ReportElementFlag, ReportEvidence, ReportIndicator } from './types';

/**
 * Notes for an element score: `notRated` ("tidak dinilai") when no indicator is applicable,
 * `invalid` when coverage is below 50 %, `narrow` ("basis sempit") when valid on fewer than 3
 * applicable indicators.
 */
export function elementFlagsOf(element: ElementResult): ReportElementFlag[] {
  if (element.applicable === 0) return ['notRated'];
  if (!element.isValid) return ['invalid'];
  return element.isNarrowBasis ? ['narrow'] : [];
}

function answerOf(answers: AnswerMap, id: string): Answer | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function evidenceOf(answer: Answer | undefined): ReportEvidence[] {
  return (answer?.evidence ?? []).map((e) => ({
    kind: e.kind,
    title: e.title,
    reference: e.reference,
    url: textOrNull(e.url),
    date: textOrNull(e.date),
    ownerOpd: textOrNull(e.ownerOpd),
    supportsLevel: evidenceSupportLevel(e),
  }));
}

function indicatorOf(instrument: Instrument, def: IndicatorDef, answers: AnswerMap, lang: Lang): ReportIndicator {
  const answer = answerOf(answers, def.id);
  const reading = readAnswer(def, answers);
  const level = reading.status === 'answered' ? reading.value : null;
  return {
    id: def.id,
    question: def.question[lang],
    layer: def.layer,
    status: reading.status,
    level,
    levelName: level === null ? null : (levelLabelOrNull(instrument, level, lang)?.name ?? null),
    supportedLevel: level === null || !answer ? null : supportedLevel({ level, evidence: answer.evidence }),
    note: textOrNull(answer?.note),
    naReason: reading.status === 'na' ? textOrNull(answer?.naReason) : null,
    evidence: evidenceOf(answer),
  };
}

function elementOf(
  instrument: Instrument,
  def: ElementDef,
  result: ElementResult | undefined,
  answers: AnswerMap,
  lang: Lang,
): ReportElement {
  return {
    id: def.id,
    name: def.name[lang],
    score: result?.score ?? null,
    conservative: result?.conservative ?? null,
    level: levelLabelOrNull(instrument, result?.band ?? null, lang),
    answered: result?.answered ?? 0,
    applicable: result?.applicable ?? 0,
    flags: result ? elementFlagsOf(result) : ['notRated'],
    indicators: def.indicators.map((i) => indicatorOf(instrument, i, answers, lang)),
  };
}

/** Builds the per-dimension sections in instrument order from the definitions and their results. */
export function buildReportDimensions(
  instrument: Instrument,
  results: readonly DimensionResult[],
  answers: AnswerMap,
  lang: Lang,
): ReportDimension[] {
  return instrument.dimensions.map((def: DimensionDef) => {
    const result = results.find((r) => r.dimensionId === def.id);
    const elementResults = new Map((result?.elements ?? []).map((e) => [e.elementId, e]));
    return {
      id: def.id,
      name: def.name[lang],
      goal: def.goal[lang],
      score: result?.score ?? null,
      level: levelLabelOrNull(instrument, result?.band ?? null, lang),
      isValid: result?.isValid ?? false,
      elements: def.elements.map((e) => elementOf(instrument, e, elementResults.get(e.id), answers, lang)),
    };
  });
}
