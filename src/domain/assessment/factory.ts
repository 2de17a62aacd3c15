import type { Instrument, WeightProfile } from '../instrument/types';
import type { Answer, AnswerMap, Assessment, Evidence, EvidenceKind } from './types';
import type { EvidenceDraft } from './validation';

export interface CreateAssessmentParams {
  readonly id: string;
  readonly regionCode: string;
  readonly period: number;
  readonly team?: string;
  readonly contact?: string;
  readonly now: string;
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
}

/** Builds a new draft assessment; optional texts are trimmed and omitted when blank. */
export function createAssessment(p: CreateAssessmentParams): Assessment {
  const team = p.team?.trim();
  const contact = p.contact?.trim();
  return {
    id: p.id,
    regionCode: p.regionCode.trim(),
    period: p.period,
    instrumentVersion: p.instrument.version,
    weightProfileId: p.weights.id,
    status: 'draft',
    ...(team ? { team } : {}),
    ...(contact ? { contact } : {}),
    createdAt: p.now,
    updatedAt: p.now,
  };
}

/**
 * Starts the next period from an earlier assessment: same region, team and instrument, a new id
 * and period, status draft, and a copy of every answer (levels, reasons, notes, evidence), so the
 * team only updates what changed.
 */
export function duplicateAssessment(
  source: Assessment,
  answers: AnswerMap,
  p: { id: string; period: number; now: string },
): { assessment: Assessment; answers: Answer[] } {
  const assessment: Assessment = {
    ...source,
    id: p.id,
    period: p.period,
    status: 'draft',
    createdAt: p.now,
    updatedAt: p.now,
  };
  return { assessment, answers: Object.values(answers).map((a) => ({ ...a, evidence: [...a.evidence] })) };
}

/** The empty answer for an indicator. */
export function emptyAnswer(indicatorId: string): Answer {
  return { indicatorId, level: null, evidence: [] };
}

/** Turns a validated evidence form into an Evidence record, dropping blank optional fields. */
export function evidenceFromDraft(id: string, d: EvidenceDraft): Evidence {
  const opt = (k: 'url' | 'date' | 'ownerOpd') => (d[k].trim() ? { [k]: d[k].trim() } : {});
  return {
    id,
    kind: d.kind as EvidenceKind,
    title: d.title.trim(),
    reference: d.reference.trim(),
    ...opt('url'),
    ...opt('date'),
    ...opt('ownerOpd'),
  };
}
