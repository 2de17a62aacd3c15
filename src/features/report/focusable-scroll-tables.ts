/**
 * Callback ref for a report preview: on narrow screens report tables scroll sideways inside
 * themselves (report.css), so while one does it gets `tabindex="0"` and keyboard users can scroll it
 * (WCAG 2.1.1); it loses it again when it fits. A ResizeObserver on the preview re-checks whenever
 * its size changes (rotation, content arriving). Returns the cleanup React 19 calls on unmount.
 */
export function focusableScrollTables(root: HTMLElement | null): (() => void) | undefined {
  if (!root || typeof ResizeObserver === 'undefined') return undefined;
  const update = () => {
    for (const table of root.querySelectorAll<HTMLTableElement>('table.report-table')) {
      if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
      else table.removeAttribute('tabindex');
    }
  };
  const observer = new ResizeObserver(update);
  observer.observe(root);
  return () => observer.disconnect();
}
