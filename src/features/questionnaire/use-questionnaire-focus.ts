import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Keyboard focus in the questionnaire. With an indicator in the URL (`?indikator=`, from "Yang perlu
 * dilengkapi", "Berikutnya yang belum dijawab" or "Urungkan"), that indicator's question gets focus
 * and is scrolled into view once its card is shown. Otherwise, after moving to another element
 * (pager or side navigation), the element's heading gets focus and the page scrolls to the top,
 * so the next Tab continues with its first question. `focusIndicator` focuses a card on demand.
 */
export function useQuestionnaireFocus(elementId: string | undefined, indicatorId: string | undefined, cardsShown: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | undefined>(undefined);
  const wanted = useRef<string | undefined>(undefined);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (!elementId || !cardsShown) return;
    const target = wanted.current ?? indicatorId;
    wanted.current = undefined;
    const question = target ? document.getElementById(`q-${target}`) : null;
    if (question) {
      question.focus({ preventScroll: true });
      question.scrollIntoView?.({ block: 'center' });
    } else if (shown.current !== undefined && shown.current !== elementId) {
      headingRef.current?.focus({ preventScroll: true });
      window.scrollTo?.(0, 0);
    }
    shown.current = elementId;
  }, [elementId, indicatorId, cardsShown, request]);
  const focusIndicator = useCallback((id: string) => {
    wanted.current = id;
    setRequest((n) => n + 1);
  }, []);
  return { headingRef, focusIndicator };
}
