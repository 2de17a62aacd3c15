/**
 * `buildReportModel()`: the printable assessment report as plain data (STYLE.md rule 9). Pure:
 * the print time, the region names and the language are parameters.
 */
import type { AnswerMap, Assessment } from '../assessment/types';
import type { Instrument, Lang, WeightProfile } from '../instrument/types';
import type { AssessmentPlan } from '../planning/types';
import { BAND_EDGES } from '../scoring/bands';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/types';
import { buildBenchmark } from './benchmark';
import type { BenchmarkInput } from './benchmark';
import { scoreEvidenceSupported } from './evidence-support';
import { levelLabel, levelLabelOrNull } from './labels';
import { buildPlanningSection } from './planning-section';
import { buildReportDimensions } from './report-dimensions';
import { selectStrengthsAndGaps } from './strengths-gaps';
import type { BandRange, ReportMeta, ReportModel, ReportRegion, ReportSummary } from './types';

export interface ReportInput {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
  /** The instrument and weight profile the assessment was answered under. */
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
  /** Names resolved by the caller from the region catalogue (null names when unknown). */
  readonly region: ReportRegion;
  /** ISO timestamp printed on the cover. */
  readonly printedAt: string;
  readonly lang: Lang;
  /** Peer positions; omit when there is no peer data (the section is then absent). */
  readonly benchmark?: BenchmarkInput;
  /** The assessment's plan; the planning section is present when it has a roadmap or quick wins. */
  readonly plan?: AssessmentPlan;
}

function metaOf(input: ReportInput): ReportMeta {
  const { assessment: a, instrument, weights, lang } = input;
  return {
    assessmentId: a.id,
    region: input.region,
    period: a.period,
    status: a.status,
    isDraft: a.status !== 'final',
    team: a.team?.trim() || null,
    contact: a.contact?.trim() || null,
    instrumentVersion: a.instrumentVersion,
    instrumentTitle: instrument.title[lang],
    weightProfileId: a.weightProfileId,
    weightProfileName: weights.name[lang],
    printedAt: input.printedAt,
    updatedAt: a.updatedAt,
    lang,
  };
}

function summaryOf(instrument: Instrument, score: ScoreResult, supported: ScoreResult, lang: Lang): ReportSummary {
  return {
    index: score.index,
    level: levelLabelOrNull(instrument, score.band, lang),
    predicate: score.predicate,
    coverage: score.coverage,
    answered: score.answered,
    applicable: score.applicable,
    na: score.na,
    total: score.total,
    conservative: score.conservative,
    evidenceSupported: supported.index,
    isFinalEligible: score.isFinalEligible,
    validDimensions: score.validDimensions,
    dimensions: score.dimensions.map((d) => ({
      dimensionId: d.dimensionId,
      name: instrument.dimensions.find((def) => def.id === d.dimensionId)?.name[lang] ?? d.dimensionId,
      score: d.score,
      conservative: d.conservative,
      evidenceSupported: supported.dimensions.find((s) => s.dimensionId === d.dimensionId)?.score ?? null,
      level: levelLabelOrNull(instrument, d.band, lang),
      isValid: d.isValid,
      answered: d.answered,
      applicable: d.applicable,
    })),
  };
}

/** The band table of the method appendix: level 0 from 0, then the edges of `BAND_EDGES`. */
export function bandRanges(instrument: Instrument, lang: Lang): BandRange[] {
  const starts = [{ band: 0, from: 0 } as const, ...BAND_EDGES];
  return starts.map((edge, i) => ({
    ...levelLabel(instrument, edge.band, lang),
    from: edge.from,
    to: starts[i + 1]?.from ?? null,
  }));
}

/**
 * Builds the report of one assessment in one language.
 *
 * Scores come from `scoreAssessment` with the assessment's own instrument and weights (0–5, full
 * precision; rounding is the view's job). The evidence-supported scores (§6.3) score the same
 * answers with every level capped (`scoreEvidenceSupported`). Strengths and gaps follow
 * `selectStrengthsAndGaps`. `meta.isDraft` is true for every status except `final`, so anything
 * not explicitly final carries the draft watermark. `benchmark` is present only when peer data is
 * passed in, with positions suppressed below 5 peers. `planning` is present when the plan has a
 * roadmap or chosen quick wins (`buildPlanningSection`).
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { instrument, weights, answers, lang } = input;
  const score = scoreAssessment(instrument, weights, answers);
  const supported = scoreEvidenceSupported(instrument, weights, answers);
  const { strengths, gaps } = selectStrengthsAndGaps(instrument, score, answers, lang);
  const planning = buildPlanningSection(instrument, weights, input.plan, score, lang, input.assessment.period);
  return {
    meta: metaOf(input),
    summary: summaryOf(instrument, score, supported, lang),
    dimensions: buildReportDimensions(instrument, score.dimensions, answers, lang),
    strengths,
    gaps,
    bands: bandRanges(instrument, lang),
    ...(input.benchmark ? { benchmark: buildBenchmark(instrument, score.dimensions, input.benchmark, lang) } : {}),
    ...(planning ? { planning } : {}),
  };
}
