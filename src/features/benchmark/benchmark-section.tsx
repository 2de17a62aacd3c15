import { memo, useId } from 'react';
import type { ReactNode } from 'react';

interface BenchmarkSectionProps {
  readonly title: string;
  /** e.g. "Data contoh": shown beside the heading when the section contains demo data. */
  readonly badge?: string | undefined;
  readonly children: ReactNode;
}

/** A titled card region (`<section>` named by its heading), with an optional demo badge. */
export const BenchmarkSection = memo(function BenchmarkSection({ title, badge, children }: BenchmarkSectionProps) {
  const id = useId();
  return (
    <section className="card bm-section" aria-labelledby={id}>
      <div className="bm-section__head">
        <h2 id={id}>{title}</h2>
        {badge ? <DemoBadge label={badge} /> : null}
      </div>
      {children}
    </section>
  );
});

/** The "Data contoh" marker: dashed outline and text, so it reads without colour. */
export function DemoBadge({ label }: { label: string }) {
  return <span className="bm-demo-badge">{label}</span>;
}
