import { useCallback, useState } from 'react';
import { findIndicator } from '../../domain/instrument/lookup';
import type { Instrument } from '../../domain/instrument/types';
import { nextUnanswered } from '../../domain/questionnaire/whats-left';
import { hrefs, navigate } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { useQuestionnaireFocus } from './use-questionnaire-focus';
import { useUndoableSave } from './use-undoable-save';

interface ActionsInput {
  readonly id: string;
  readonly elementId: string | undefined;
  readonly indicatorId: string | undefined;
  readonly instrument: Instrument | undefined;
  readonly revision: number;
  /** The indicator cards are on screen (loaded, edit lock settled). */
  readonly cardsShown: boolean;
}

/**
 * The questionnaire's moves: save with undo, "Urungkan", "Berikutnya yang belum dijawab", and the
 * focus that goes with them (see `useQuestionnaireFocus`). `restored` counts undos per indicator,
 * for the card keys: a restored card drops what was typed and shows the answer as stored again.
 */
export function useQuestionnaireActions({ id, elementId, indicatorId, instrument, revision, cardsShown }: ActionsInput) {
  const { onSave, undo, lastChanged } = useUndoableSave(id, revision);
  const [restored, setRestored] = useState<Readonly<Record<string, number>>>({});
  const { headingRef, focusIndicator } = useQuestionnaireFocus(elementId, indicatorId, cardsShown);
  const goToIndicator = useCallback((target: string) => {
    const indicator = instrument && findIndicator(instrument, target);
    if (indicator) navigate(hrefs.questionnaire(id, indicator.elementId, indicator.id));
    focusIndicator(target);
  }, [instrument, id, focusIndicator]);
  const onNextUnanswered = useCallback(() => {
    if (!instrument) return false;
    // From the focused card, else the indicator in the URL, else the start of the element on screen.
    const focused = document.activeElement?.closest<HTMLElement>('[data-indicator]')?.dataset['indicator'];
    // The answers at the moment of the click (read, not subscribed: a save does not re-render the tools).
    const { answers } = useAssessmentStore.getState();
    const next = nextUnanswered(instrument, answers, { afterIndicatorId: focused ?? indicatorId, fromElementId: elementId });
    if (next) goToIndicator(next.id);
    return next !== undefined;
  }, [instrument, indicatorId, elementId, goToIndicator]);
  const onUndo = useCallback(() => {
    const changed = undo();
    if (!changed) return;
    setRestored((r) => ({ ...r, [changed]: (r[changed] ?? 0) + 1 }));
    goToIndicator(changed);
  }, [undo, goToIndicator]);
  return { onSave, onUndo, lastChanged, onNextUnanswered, restored, headingRef };
}
