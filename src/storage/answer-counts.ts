/**
 * Answer counts kept in the `summaries` store, so the assessment list reads one small record per
 * assessment instead of every answer. Counted from the `level` of the effective answers (answer
 * set entries overlaid by answer records): 0–5 answered, 'NA' not applicable, anything else
 * (null, unreadable) neither. Every write path updates them in the same transaction as the answers.
 */
import type { Answer } from '../domain/assessment/types';

export interface AnswerCounts {
  /** Answers whose level is 0–5. */
  readonly answeredCount: number;
  /** Answers marked 'NA' (tidak relevan). */
  readonly naCount: number;
}

type LevelKind = 'answered' | 'na' | 'none';

/** How a stored `level` counts; tolerant of anything, so a damaged record never breaks counting. */
export function levelKind(level: unknown): LevelKind {
  if (level === 'NA') return 'na';
  return Number.isInteger(level) && (level as number) >= 0 && (level as number) <= 5 ? 'answered' : 'none';
}

function add(counts: AnswerCounts, kind: LevelKind, delta: number): AnswerCounts {
  if (kind === 'answered') return { ...counts, answeredCount: counts.answeredCount + delta };
  if (kind === 'na') return { ...counts, naCount: counts.naCount + delta };
  return counts;
}

/** Counts of a complete list of answers (each indicator once). */
export function countAnswers(answers: readonly Pick<Answer, 'level'>[]): AnswerCounts {
  let answeredCount = 0;
  let naCount = 0;
  for (const { level } of answers) {
    const kind = levelKind(level);
    if (kind === 'answered') answeredCount += 1;
    else if (kind === 'na') naCount += 1;
  }
  return { answeredCount, naCount };
}

/**
 * Counts after one indicator's level changed from `levelBefore` (undefined = no answer yet) to
 * `levelAfter`. Never below zero, so a damaged summary cannot go negative.
 */
export function withChangedLevel(counts: AnswerCounts, levelBefore: unknown, levelAfter: unknown): AnswerCounts {
  const next = add(add(counts, levelKind(levelBefore), -1), levelKind(levelAfter), 1);
  return { answeredCount: Math.max(0, next.answeredCount), naCount: Math.max(0, next.naCount) };
}
