import { useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { DemoBadge } from './benchmark-section';
import { useIsOverflowing } from './use-overflow';

interface DataTableProps {
  readonly caption: string;
  /** "Data contoh" when the table holds demo data: part of the caption, so it is announced too. */
  readonly badge?: string | undefined;
  readonly className?: string;
  /** `<thead>` and `<tbody>`. */
  readonly children: ReactNode;
}

/**
 * A captioned table that scrolls sideways on narrow screens; while it overflows, the scroll box
 * is a named, focusable region so keyboard users can scroll it (WCAG 2.1.1).
 */
export function DataTable({ caption, badge, className, children }: DataTableProps) {
  const ref = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const isOverflowing = useIsOverflowing(ref);
  const scrollProps = isOverflowing ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {};
  return (
    <div ref={ref} className="table-wrap bm-table-wrap" {...scrollProps}>
      <table className={`bm-table${className ? ` ${className}` : ''}`}>
        <caption id={captionId}>
          {badge ? <DemoBadge label={badge} /> : null} {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
