import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether the element is wider than its box (it then scrolls sideways). Measured only in the
 * ResizeObserver callback, which runs after layout (also once when observing starts), so it forces
 * no layout while the page renders (reading the widths in the effect did, ≈ 0.25 s at 4× with 514
 * peers). Where ResizeObserver is missing (jsdom) the table is simply not made focusable.
 */
export function useIsOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [isOverflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflowing(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return isOverflowing;
}
