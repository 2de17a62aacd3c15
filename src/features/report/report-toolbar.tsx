import { useId } from 'react';
import type { ReactNode } from 'react';
import type { PaperSize } from '../../state/settings-store';
import { useSettingsStore } from '../../state/settings-store';
import type { ReportText } from './use-report-text';

const PAPERS: readonly PaperSize[] = ['a4', 'f4'];

/**
 * Screen-only actions above a report: the paper it is laid out for (A4 or F4, remembered on this
 * device), and print through the browser's own dialog (`window.print()`, which also offers "Save as
 * PDF"); nothing is uploaded. Hidden in print.
 */
export function ReportToolbar({ text, children }: { text: ReportText; children?: ReactNode }) {
  const { t } = text;
  const paper = useSettingsStore((s) => s.paper);
  const setPaper = useSettingsStore((s) => s.setPaper);
  const paperId = useId();
  return (
    <div className="report-toolbar" role="group" aria-label={t('toolbar.label')}>
      <div className="row">
        <div className="report-toolbar__paper">
          <label htmlFor={paperId}>{t('toolbar.paper')}</label>
          <select id={paperId} value={paper} onChange={(e) => setPaper(e.target.value === 'f4' ? 'f4' : 'a4')}>
            {PAPERS.map((p) => <option key={p} value={p}>{t(`toolbar.paperName.${p}`)}</option>)}
          </select>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
          </svg>
          {t('toolbar.print')}
        </button>
        {children}
      </div>
      <p className="report-toolbar__hint">{t('toolbar.hint', { paper: t(`toolbar.paperName.${paper}`) })} {t('toolbar.local')}</p>
    </div>
  );
}
