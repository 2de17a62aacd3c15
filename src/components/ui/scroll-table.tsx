import { useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsOverflowing } from './use-is-overflowing';
import './table.css';

interface ScrollTableProps {
  readonly caption: string;
  /** Keep the caption for assistive tech only (when a visible heading already names the table). */
  readonly isCaptionHidden?: boolean;
  readonly className?: string;
  /** `<thead>` and `<tbody>`. */
  readonly children: ReactNode;
}

/**
 * A captioned table that scrolls sideways on narrow screens, inside its own box (table.css: edge
 * shadows, first column sticky). While it actually overflows, a hint says so and the scroll
 * container becomes a named, focusable region so keyboard users can scroll it (WCAG 2.1.1).
 */
export function ScrollTable({ caption, isCaptionHidden = false, className, children }: ScrollTableProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const isOverflowing = useIsOverflowing(ref);
  const captionId = useId();
  const scrollProps = isOverflowing ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {};
  // A visible caption is drawn outside the scroll box (a <caption> would scroll and be clipped);
  // the real <caption> stays for assistive tech, so the visible copy is aria-hidden.
  return (
    <div className="sc-table-block">
      {isCaptionHidden ? null : (
        <p className="sc-table-title" aria-hidden="true">
          {caption}
        </p>
      )}
      {isOverflowing ? <p className="sc-table-hint">{t('table.scrollHint')}</p> : null}
      <div ref={ref} className="sc-table-wrap" {...scrollProps}>
        <table className={`sc-table${className ? ` ${className}` : ''}`}>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}
