import type { ReactNode } from 'react';
import type { ReportText } from './use-report-text';

/**
 * Screen-only actions above a report: print through the browser's own dialog (`window.print()`,
 * which also offers "Save as PDF"); nothing is uploaded. Hidden in print.
 */
export function ReportToolbar({ text, children }: { text: ReportText; children?: ReactNode }) {
  const { t } = text;
  return (
    <div className="report-toolbar" role="group" aria-label={t('toolbar.label')}>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
          </svg>
          {t('toolbar.print')}
        </button>
        {children}
      </div>
      <p className="report-toolbar__hint">{t('toolbar.hint')} {t('toolbar.local')}</p>
    </div>
  );
}
