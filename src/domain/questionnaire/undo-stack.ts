/**
 * The questionnaire's undo stack: the answers as they were before each change made on the screen,
 * newest last. Pure and immutable; the screen keeps it while it is open.
 */
import type { Answer } from '../assessment/types';

/** How many changes can be undone; older ones are dropped. */
const UNDO_LIMIT = 20;

export interface UndoEntry {
  readonly indicatorId: string;
  /** The answer before the change; undefined = the indicator had no answer. */
  readonly before: Answer | undefined;
  /** The answer the change produced (kept to tell a text edit from a level change). */
  readonly after: Answer;
}

export type UndoStack = readonly UndoEntry[];

function sameEvidence(a: Answer, b: Answer): boolean {
  return a.evidence.length === b.evidence.length && a.evidence.every((e, i) => e.id === b.evidence[i]?.id);
}

/** A change of the note or NA reason only (what typing does, one save per keystroke). */
function isTextEdit(before: Answer | undefined, after: Answer): boolean {
  return before !== undefined && before.level === after.level && sameEvidence(before, after);
}

/**
 * Returns the stack with the change `before` → `after` of one indicator on top, at most
 * `limit` entries (the oldest dropped). Typing merges: a text edit (note or NA reason) of the
 * indicator changed last merges into that entry when it was a text edit too or set "Tidak relevan",
 * so one undo takes back a whole note or reason, not one character. Saving the very answer that is
 * there ("Coba simpan lagi" after a failed write) changes nothing and is not recorded.
 */
export function pushUndo(stack: UndoStack, before: Answer | undefined, after: Answer, limit = UNDO_LIMIT): UndoStack {
  if (before === after) return stack;
  const top = stack[stack.length - 1];
  const merges =
    top !== undefined &&
    top.indicatorId === after.indicatorId &&
    isTextEdit(before, after) &&
    (isTextEdit(top.before, top.after) || (top.after.level === 'NA' && top.before?.level !== 'NA'));
  const next = merges ? [...stack.slice(0, -1), { ...top, after }] : [...stack, { indicatorId: after.indicatorId, before, after }];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/** The change to take back (the newest) and the stack without it; undefined when empty. */
export function popUndo(stack: UndoStack): { readonly entry: UndoEntry; readonly rest: UndoStack } | undefined {
  const entry = stack[stack.length - 1];
  return entry ? { entry, rest: stack.slice(0, -1) } : undefined;
}
