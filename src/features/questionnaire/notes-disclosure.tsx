import { useState } from 'react';
import type { ReactNode } from 'react';

/**
 * "Catatan & bukti" of a card: a native disclosure (one click, Enter or Space on its summary). Its
 * content is rendered when it is first opened, so a closed one costs the card nothing, and is then
 * kept while the card lives: closing it again does not drop a half-typed evidence form.
 */
export function NotesDisclosure({ open, summary, children }: { open: boolean; summary: ReactNode; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  return (
    <details className="indicator-more" open={open || undefined} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {(opened || open) && children}
    </details>
  );
}
