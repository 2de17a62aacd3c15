import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { useSettingsStore } from '../../state/settings-store';
import { focusableScrollTables } from './focusable-scroll-tables';
import { OpdPlanDocument } from './opd-plan-document';
import { registerReportText } from './register-report-text';
import { ReportDocument } from './report-document';
import { ReportToolbar } from './report-toolbar';
import { useDocumentTitle } from './use-document-title';
import { useReportModel } from './use-report-model';
import { useReportText } from './use-report-text';
import './report.css';

// The report text ships with this lazy route, not in the first bundle.
registerReportText();

/** Printable report (A4 or F4) of one assessment (`#/penilaian/<id>/laporan`). */
export default function ReportPage({ id }: { id: string }) {
  return <ReportScreen id={id} kind="report" />;
}

/** Printable "Rencana aksi per OPD" (A4 or F4) of one assessment's plan (`#/penilaian/<id>/aksi-opd`), in this chunk. */
export function OpdPlanPage({ id }: { id: string }) {
  return <ReportScreen id={id} kind="opd" />;
}

function ReportScreen({ id, kind }: { id: string; kind: 'report' | 'opd' }) {
  const lang = useSettingsStore((s) => s.lang);
  const paper = useSettingsStore((s) => s.paper);
  const text = useReportText(lang);
  const state = useReportModel(id);
  const meta = state.status === 'ready' ? state.model.meta : null;
  const isOpd = kind === 'opd';
  useDocumentTitle(meta ? `${text.t(isOpd ? 'actions.opdTitle' : 'title')} — ${meta.region.name ?? meta.region.code} ${meta.period}` : null);
  if (state.status === 'loading') return <p className="page" role="status">{text.t('state.loading')}</p>;
  if (state.status !== 'ready') return <Fallback reason={state.status} />;
  const { model } = state;
  return (
    <div className="report-screen" ref={focusableScrollTables}>
      <ReportToolbar text={text}>
        {isOpd ? <a className="btn" href={hrefs.actions(id)}>{text.t('actions.back')}</a> : (
          <>
            <a className="btn" href={hrefs.results(id)}>{text.t('toolbar.back')}</a>
            {model.planning?.actionPlan ? <a className="btn" href={hrefs.opdActionPlan(id)}>{text.t('actions.opdTitle')}</a> : null}
          </>
        )}
      </ReportToolbar>
      {isOpd ? <OpdPlanDocument model={model} paper={paper} /> : <ReportDocument model={model} paper={paper} />}
    </div>
  );
}

function Fallback({ reason }: { reason: 'not_found' | 'error' | 'unknown_instrument' }) {
  const { t } = useTranslation();
  const message = { not_found: 'assessmentNotFound', error: 'storage.unavailable', unknown_instrument: 'unknownInstrument' }[reason];
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t(message)}</h1>
      <a href={hrefs.home()}>{t('backHome')}</a>
    </section>
  );
}
