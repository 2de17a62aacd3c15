/**
 * The host's side: the visit package of one assessment, holding only what the host chose
 * (`VisitChoices`). Notes, evidence not ticked, team and anything else stay on the device.
 */
import type { AnswerMap, AnswerValue, Assessment } from '../assessment/types';
import type { Instrument } from '../instrument/types';
import { elementOrder } from '../instrument/lookup';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import { summarizeScore } from '../benchmark/summarize-score';
import { scoreAssessment } from '../scoring/score-assessment';
import type { SharedElement, SharedEvidence, Shares, VisitPackage } from './visit-format';

export interface VisitChoices {
  readonly shares: Shares;
  /** Practice text per element id (used when `shares.practice`; blank = none). */
  readonly practices: Readonly<Record<string, string>>;
  /** Responsible OPD per element id (used when `shares.opd`; blank = none). */
  readonly opds: Readonly<Record<string, string>>;
  /** Chosen evidence items, as `evidenceKey(indicatorId, evidenceId)` (used when `shares.evidence`). */
  readonly evidence: readonly string[];
  readonly contact: string;
}

/** The key of one evidence item in `VisitChoices.evidence`. */
export const evidenceKey = (indicatorId: string, evidenceId: string) => `${indicatorId}#${evidenceId}`;

function sharedElement(ids: readonly string[], answers: AnswerMap, elementId: string, choices: VisitChoices): SharedElement {
  const chosen = new Set(choices.evidence);
  const practice = choices.practices[elementId]?.trim() ?? '';
  const opd = choices.opds[elementId]?.trim() ?? '';
  const evidence: SharedEvidence[] = ids.flatMap((id) => (answers[id]?.evidence ?? [])
    .filter((e) => chosen.has(evidenceKey(id, e.id)))
    .map((e) => ({
      kind: e.kind, title: e.title,
      ...(e.reference.trim() ? { reference: e.reference.trim() } : {}),
      ...(e.url ? { url: e.url } : {}),
      ...(e.date ? { date: e.date } : {}),
    })));
  const notes = ids.flatMap((id) => (answers[id]?.note?.trim() ? [answers[id].note.trim()] : []));
  return {
    ...(choices.shares.practice && practice ? { practice } : {}),
    ...(choices.shares.opd && opd ? { opd } : {}),
    ...(choices.shares.evidence && evidence.length > 0 ? { evidence } : {}),
    ...(choices.shares.notes && notes.length > 0 ? { notes } : {}),
  };
}

export interface BuildVisitInput {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
  readonly instrument: Instrument;
  readonly choices: VisitChoices;
  readonly regionName?: string;
  readonly packageId: string;
  readonly now: string;
}

/** The package exactly as it will be written (the export screen shows this object). */
export function buildVisitPackage({ assessment, answers, instrument, choices, regionName, packageId, now }: BuildVisitInput): VisitPackage {
  const levels: Record<string, AnswerValue> = {};
  const elements: Record<string, SharedElement> = {};
  for (const element of elementOrder(instrument)) {
    const ids = element.indicators.map((i) => i.id);
    for (const id of ids) {
      const level = answers[id]?.level;
      if (level !== undefined && level !== null) levels[id] = level;
    }
    const shared = sharedElement(ids, answers, element.id, choices);
    if (Object.keys(shared).length > 0) elements[element.id] = shared;
  }
  const contact = choices.contact.trim();
  return {
    packageId,
    exportedAt: now,
    host: {
      regionCode: assessment.regionCode,
      ...(regionName !== undefined ? { regionName } : {}),
      period: assessment.period,
      instrumentVersion: assessment.instrumentVersion,
      weightProfileId: assessment.weightProfileId,
    },
    shares: choices.shares,
    ...(choices.shares.contact && contact ? { contact } : {}),
    levels,
    elements,
  };
}

/**
 * The element scores of a package (null = not valid), recomputed from its levels with its own
 * instrument and weight profile, as every import does; null when this app knows neither.
 */
export function packageElementScores(pkg: VisitPackage): Readonly<Record<string, number | null>> | null {
  const instrument = getInstrument(pkg.host.instrumentVersion);
  const weights = getWeightProfile(pkg.host.weightProfileId);
  if (!instrument || !weights) return null;
  const answers: AnswerMap = Object.fromEntries(Object.entries(pkg.levels).map(([indicatorId, level]) => [indicatorId, { indicatorId, level, evidence: [] }]));
  return summarizeScore(scoreAssessment(instrument, weights, answers)).elements;
}
