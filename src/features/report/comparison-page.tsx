import { hrefs, replaceRoute } from '../../lib/routes';
import { useSettingsStore } from '../../state/settings-store';
import { ComparisonDocument } from './comparison-document';
import { ComparisonPicker } from './comparison-picker';
import { focusableScrollTables } from './focusable-scroll-tables';
import { registerReportText } from './register-report-text';
import { ReportToolbar } from './report-toolbar';
import type { ComparisonState } from './use-comparison';
import { useComparison } from './use-comparison';
import { useDocumentTitle } from './use-document-title';
import type { ReportText } from './use-report-text';
import { useReportText } from './use-report-text';
import './report.css';

// The report text ships with this lazy route, not in the first bundle.
registerReportText();

/** Why no comparison can be drawn, in words; null when there is nothing to say. */
function messageOf(state: ComparisonState, text: ReportText): string | null {
  const { t } = text;
  switch (state.status) {
    case 'invalid':
      return t(`comparison.${state.check.reason === 'too_few' ? 'tooFew' : 'tooMany'}`, { count: state.check.count });
    case 'missing':
      return [
        state.notFound.length > 0 ? t('comparison.notFound', { ids: state.notFound.join(', ') }) : '',
        state.unknownInstrument.length > 0 ? t('comparison.unknownInstrument', { ids: state.unknownInstrument.join(', ') }) : '',
      ].filter(Boolean).join(' ');
    case 'error':
      return t('common:storage.unavailable');
    default:
      return null;
  }
}

/**
 * Comparison report of two to six stored assessments (`#/bandingkan?ids=a,b`), with a picker
 * that rewrites the ids. Fewer than 2 or more than 6 ids, or ids not on this device, give a
 * message instead of a report.
 */
export default function ComparisonPage({ ids }: { ids: readonly string[] }) {
  const lang = useSettingsStore((s) => s.lang);
  const paper = useSettingsStore((s) => s.paper);
  const text = useReportText(lang);
  const state = useComparison(ids);
  useDocumentTitle(state.status === 'ready' ? text.t('comparison.title') : null);
  const message = messageOf(state, text);
  const missing = state.status === 'missing' ? [...state.notFound, ...state.unknownInstrument] : [];
  return (
    <div className="report-screen" ref={focusableScrollTables}>
      {state.status === 'ready' ? null : <h1 className="report-toolbar" tabIndex={-1}>{text.t('comparison.title')}</h1>}
      <ComparisonPicker selected={ids} text={text} />
      {message ? (
        <div className="report-message" role="status" data-testid="comparison-message">
          <p>{message}</p>
          {missing.length > 0 ? (
            <button type="button" className="btn btn-small" onClick={() => replaceRoute(hrefs.compare(ids.filter((id) => !missing.includes(id))))}>
              {text.t('comparison.dropMissing')}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.status === 'loading' ? <p className="report-toolbar" role="status">{text.t('state.loading')}</p> : null}
      {state.status === 'ready' ? (
        <>
          <ReportToolbar text={text} />
          <ComparisonDocument model={state.model} paper={paper} />
        </>
      ) : null}
    </div>
  );
}
