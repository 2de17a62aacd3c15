import { useEffect } from 'react';

/**
 * Sets the document title while a report is shown: the browser uses it as the default file name
 * of "Save as PDF" and as the PDF's title. The previous title comes back on unmount.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
