import type { Level } from '../instrument/types';
import type { Answer, Evidence } from './types';
import { emptyAnswer } from './factory';

/** Pure edits of one answer. Each returns a new Answer; the input is never mutated. */

/** The answer to edit; a local edit drops `provenance` (the answer is no longer the OPD's as merged). */
function base(answer: Answer | undefined, indicatorId: string): Answer {
  if (!answer) return emptyAnswer(indicatorId);
  const { provenance: _merged, ...rest } = answer;
  return rest;
}

/** Sets a 0–5 level; a previous NA reason is dropped (it no longer applies). */
export function withLevel(answer: Answer | undefined, indicatorId: string, level: Level): Answer {
  const { naReason: _dropped, ...rest } = base(answer, indicatorId);
  return { ...rest, level };
}

/** Marks the indicator "tidak relevan" with its (validated) reason. */
export function withNotApplicable(answer: Answer | undefined, indicatorId: string, reason: string): Answer {
  return { ...base(answer, indicatorId), level: 'NA', naReason: reason };
}

/** Sets or clears the note (blank notes are removed). */
export function withNote(answer: Answer | undefined, indicatorId: string, note: string): Answer {
  const { note: _old, ...rest } = base(answer, indicatorId);
  return note.trim() === '' ? rest : { ...rest, note };
}

export function withEvidenceAdded(answer: Answer | undefined, indicatorId: string, evidence: Evidence): Answer {
  const a = base(answer, indicatorId);
  return { ...a, evidence: [...a.evidence, evidence] };
}

export function withEvidenceRemoved(answer: Answer | undefined, indicatorId: string, evidenceId: string): Answer {
  const a = base(answer, indicatorId);
  return { ...a, evidence: a.evidence.filter((e) => e.id !== evidenceId) };
}

/**
 * "Kosongkan jawaban": back to unanswered (`level: null`, stored like any answer so it overrides an
 * imported value); the NA reason is dropped, the note and evidence are kept.
 */
export function withCleared(answer: Answer | undefined, indicatorId: string): Answer {
  const { naReason: _dropped, ...rest } = base(answer, indicatorId);
  return { ...rest, level: null };
}
