import { useId } from 'react';
import type { ReactNode } from 'react';
import './table.css';

interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
  /** Heading level: 2 for the view's sections (the page h1 is above them), 3 inside those. */
  readonly level?: 2 | 3;
}

/** A titled region: `<section>` named by its heading, so it is a landmark assistive tech can list. */
export function Section({ title, children, className, level = 2 }: SectionProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`sc-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <Heading id={id} className="sc-section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
