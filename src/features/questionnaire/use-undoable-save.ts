import { useCallback, useMemo, useState } from 'react';
import { emptyAnswer } from '../../domain/assessment/factory';
import type { Answer } from '../../domain/assessment/types';
import { popUndo, pushUndo } from '../../domain/questionnaire/undo-stack';
import type { UndoStack } from '../../domain/questionnaire/undo-stack';
import { nowIso } from '../../lib/clock';
import { useAssessmentStore } from '../../state/assessment-store';

/**
 * Saves answers like any other (store → IndexedDB) and remembers each change made on this screen,
 * so "Urungkan" can store the answer as it was before. The stack starts empty when the screen
 * opens and whenever the answers are re-read from storage (`revision`).
 */
export function useUndoableSave(assessmentId: string, revision: number) {
  const saveAnswer = useAssessmentStore((s) => s.saveAnswer);
  // The stack belongs to one reading of one assessment: another key means an empty stack.
  const key = `${assessmentId}\n${revision}`;
  const [state, setState] = useState<{ readonly key: string; readonly stack: UndoStack }>({ key, stack: [] });
  const stack = useMemo(() => (state.key === key ? state.stack : []), [state, key]);
  const onSave = useCallback(
    (after: Answer) => {
      const before = useAssessmentStore.getState().answers[after.indicatorId];
      setState((s) => ({ key, stack: pushUndo(s.key === key ? s.stack : [], before, after) }));
      void saveAnswer(after, nowIso());
    },
    [saveAnswer, key],
  );
  /** Stores the answer before the last change; returns its indicator id (undefined: nothing to undo). */
  const undo = useCallback((): string | undefined => {
    const popped = popUndo(stack);
    if (!popped) return undefined;
    const { indicatorId, before } = popped.entry;
    setState({ key, stack: popped.rest });
    void saveAnswer(before ?? emptyAnswer(indicatorId), nowIso());
    return indicatorId;
  }, [stack, saveAnswer, key]);
  return { onSave, undo, lastChanged: stack[stack.length - 1]?.indicatorId };
}
