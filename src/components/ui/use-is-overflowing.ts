import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether the element is narrower than its content (it scrolls sideways). Updated by a
 * ResizeObserver on the element and its first child; always false where ResizeObserver is
 * missing (jsdom), which only means the scroll region is not made focusable there.
 */
export function useIsOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [isOverflowing, setIsOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setIsOverflowing(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return isOverflowing;
}
