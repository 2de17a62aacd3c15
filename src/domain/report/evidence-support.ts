/**
 * The evidence-supported score (assessment-model.md §6.3): each answer capped at the highest
 * level whose evidence is present. The evidence rule names what each level expects; the mapping
 * below reads it as "the highest level a piece of evidence of this kind can support".
 */
import type { Answer, AnswerMap, Evidence, EvidenceKind } from '../assessment/types';
import type { DimensionId, IndicatorDef, Instrument, Level, WeightProfile } from '../instrument/types';
import { readAnswer } from '../scoring/aggregate';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/types';

/**
 * Highest level each evidence kind can support (§6.3 evidence rule):
 * - `foto`, `aplikasi_url`, `lainnya` → 1: a trace (photo, pilot link, anything else) shows that
 *   something exists, not that it is planned, established or measured;
 * - `dokumen_rencana` → 2: a plan or budget line (DPA/Renja);
 * - `sk`, `regulasi`, `sop` → 3: an establishing document (Perda/Perbup/SK/SOP/standard); an SK
 *   also covers level 2's assignment letter;
 * - `data` → 4: monitoring output (dashboard data, statistics, integration proof);
 * - `laporan` → 5: a report is the only kind that can carry an evaluation showing improvement or
 *   replication. The kind alone cannot tell an activity report from an evaluation, so this is an
 *   upper bound that a reviewer still reads.
 *
 * Persisted evidence kinds are keys here: a new kind must be added with its level.
 */
export const EVIDENCE_SUPPORT_LEVEL: Readonly<Record<EvidenceKind, Level>> = {
  foto: 1,
  aplikasi_url: 1,
  lainnya: 1,
  dokumen_rencana: 2,
  sk: 3,
  regulasi: 3,
  sop: 3,
  data: 4,
  laporan: 5,
};

/** Level an evidence item can support; an unknown kind (legacy or imported data) supports 1. */
export function evidenceSupportLevel(evidence: Pick<Evidence, 'kind'>): Level {
  return Object.hasOwn(EVIDENCE_SUPPORT_LEVEL, evidence.kind) ? EVIDENCE_SUPPORT_LEVEL[evidence.kind] : 1;
}

/**
 * Returns the level an answer's evidence supports: min(claimed level, highest level any of its
 * evidence can support), 0 when it has no evidence. Returns null for answers without a 0–5 level
 * (unanswered, "Tidak relevan"), which the evidence rule does not touch.
 */
export function supportedLevel(answer: Pick<Answer, 'level' | 'evidence'>): Level | null {
  const { level } = answer;
  if (typeof level !== 'number') return null;
  const best = answer.evidence.reduce<Level>((max, e) => {
    const l = evidenceSupportLevel(e);
    return l > max ? l : max;
  }, 0);
  return best < level ? best : level;
}

/**
 * Returns a copy of the answer map in which every 0–5 level is replaced by its evidence-supported
 * level; NA, unanswered and malformed answers are kept as they are. Scoring this map with
 * `scoreAssessment` gives the evidence-supported scores shown beside the claimed ones.
 */
function evidenceSupportedAnswers(answers: AnswerMap): AnswerMap {
  const out: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    const supported = isScorableLevel(answer.level) ? supportedLevel(answer) : null;
    out[id] = supported === null ? answer : { ...answer, level: supported };
  }
  return out;
}

function isScorableLevel(level: unknown): level is Level {
  return typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 5;
}

/**
 * The evidence-supported scores (§6.3): `scoreAssessment` over the same answers with every level
 * capped by `evidenceSupportedAnswers`. The printed report and the results screen both use this,
 * so the figure is the same wherever it is shown.
 */
export function scoreEvidenceSupported(instrument: Instrument, weights: WeightProfile, answers: AnswerMap): ScoreResult {
  return scoreAssessment(instrument, weights, evidenceSupportedAnswers(answers));
}

/** One answer whose level is above what its evidence supports. */
export interface EvidenceCap {
  readonly indicatorId: string;
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  /** The level the team chose (1–5). */
  readonly level: Level;
  /** The level its evidence supports (0 without evidence), always below `level`. */
  readonly supported: Level;
}

/**
 * The cap on one indicator's answer: its chosen level and the lower level its evidence supports,
 * or null when the answer is not a valid 0–5 level (as scoring reads it) or its evidence supports it.
 */
export function evidenceCapOf(indicator: IndicatorDef, answers: AnswerMap): { readonly level: Level; readonly supported: Level } | null {
  const reading = readAnswer(indicator, answers);
  const answer = answers[indicator.id];
  if (reading.status !== 'answered' || !answer) return null;
  const supported = supportedLevel({ level: reading.value, evidence: answer.evidence });
  return supported !== null && supported < reading.value ? { level: reading.value, supported } : null;
}

/** The answers the evidence-supported score caps, in instrument order (`evidenceCapOf` of each). */
export function evidenceCaps(instrument: Instrument, answers: AnswerMap): EvidenceCap[] {
  const caps: EvidenceCap[] = [];
  for (const dimension of instrument.dimensions) {
    for (const element of dimension.elements) {
      for (const indicator of element.indicators) {
        const cap = evidenceCapOf(indicator, answers);
        if (cap) caps.push({ indicatorId: indicator.id, elementId: element.id, dimensionId: dimension.id, ...cap });
      }
    }
  }
  return caps;
}
