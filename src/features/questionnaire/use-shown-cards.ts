import { startTransition, useEffect, useState } from 'react';
import type { ElementDef } from '../../domain/instrument/types';

/**
 * How many of an element's cards to render. A card (rubric, note, evidence) is the costly part of
 * the page, and React renders a store update or a route change in one synchronous task: so an
 * element first renders its cards up to the first one (or up to the indicator in the URL, which
 * gets focus), and the others in a transition right after, in the next tasks, interruptible and in
 * slices. Every card shown is the real, interactive card (docs/performance.md).
 */
export function useShownCards(element: ElementDef, indicatorId: string | undefined): { count: number; all: boolean } {
  const [complete, setComplete] = useState<string | null>(null);
  const all = complete === element.id;
  useEffect(() => {
    if (!all) startTransition(() => setComplete(element.id));
  }, [all, element.id]);
  const total = element.indicators.length;
  if (all) return { count: total, all };
  const focused = element.indicators.findIndex((i) => i.id === indicatorId);
  return { count: Math.min(total, Math.max(1, focused + 1)), all: total <= 1 };
}

/**
 * False on the screen's first render, true from a transition right after it (and then for as long as
 * the screen stays mounted): for a part that may follow the first question, such as the side list of
 * elements (≈ 120 elements to render, style and lay out before the first question otherwise).
 */
export function useAfterFirstRender(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}
