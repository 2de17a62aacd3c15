import { useTranslation } from 'react-i18next';
import { getInstrument } from '../../domain/instrument/registry';
import { gapMap } from '../../domain/visit/gap-map';
import { registerNamespace } from '../../i18n';
import { nowIso } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { useSharedContent, useVisitSides } from '../../state/visit-sides';
import { EMPTY_VISIT, useVisitStore, visitKey } from '../../state/visit-store';
import { focusableScrollTables } from './focusable-scroll-tables';
import { PageRules, Sheet } from './print-frame';
import { ApprovalBlock } from './report-cover';
import { registerReportText } from './register-report-text';
import { ReportToolbar } from './report-toolbar';
import { useDocumentTitle } from './use-document-title';
import { useReportText } from './use-report-text';
import { visitReportText } from './visit-report-text';
import { VisitGapSheet, VisitPracticesSheet } from './visit-report-sheets';
import './report.css';

registerReportText();
registerNamespace('visitReport', visitReportText);

/** `#/studi-banding/laporan?kami=<id>&tuan=<side>`: the printable Laporan studi banding (A4/F4). */
export default function VisitReportPage({ ours, other }: { ours: string; other: string }) {
  const lang = useSettingsStore((s) => s.lang);
  const paper = useSettingsStore((s) => s.paper);
  const text = useReportText(lang);
  const { t } = useTranslation('visitReport');
  const catalog = useRegionsStore((s) => s.catalog);
  const { status, sides } = useVisitSides();
  const our = sides.find((s) => s.kind === 'assessment' && s.id === ours);
  const host = sides.find((s) => s.key === other);
  const visit = useVisitStore((s) => s.visits[visitKey(ours, other)]) ?? EMPTY_VISIT;
  const shared = useSharedContent(host);
  const name = (code: string) => catalog?.byCode.get(code)?.name ?? code;
  const visitor = our ? name(our.regionCode) : '';
  const hostName = host ? name(host.regionCode) : '';
  useDocumentTitle(our && host ? `${t('title')} — ${visitor} · ${hostName}` : null);
  const instrument = our && host && our.instrumentVersion === host.instrumentVersion ? getInstrument(our.instrumentVersion) : undefined;
  if (status === 'loading' || (instrument && shared === null)) return <p className="page" role="status">{t('loading')}</p>;
  if (!our || !host || !instrument || !shared) {
    return <section className="page"><h1 tabIndex={-1}>{t('notFound')}</h1><a href={hrefs.visit()}>{t('back')}</a></section>;
  }
  const gap = gapMap(instrument, our.elements, host.elements);
  const date = visit.date ? text.date(`${visit.date}T12:00:00`) : t('none');
  const source = t('source', { host: hostName, date });
  const rows: readonly [string, string][] = [
    [t('visitor'), `${visitor} (${our.regionCode}), ${our.period}`],
    [t('host'), `${hostName} (${host.regionCode}), ${host.period}`],
    [t('date'), date],
    [t('printedAt'), text.date(nowIso())],
  ];
  return (
    <div className="report-screen" ref={focusableScrollTables}>
      <ReportToolbar text={text}>
        <a className="btn" href={hrefs.visit(ours, other)}>{t('back')}</a>
      </ReportToolbar>
      <article className="report-root" data-paper={paper} lang={lang}>
        <PageRules paper={paper} before={text.t('pageOf.before')} middle={text.t('pageOf.middle')} brand={t('title')} header={`${visitor} — ${hostName}`} />
        <Sheet className="report-cover" labelledBy="visit-report-title">
          <p className="report-cover__brand">{text.t('brand')}</p>
          <h1 id="visit-report-title" className="report-cover__title" tabIndex={-1}>
            {t('title')}
            <span className="report-cover__region">{visitor} · {hostName}</span>
          </h1>
          <dl className="report-cover__meta">
            {rows.map(([label, value]) => <div key={label} className="report-cover__row"><dt>{label}</dt><dd>{value}</dd></div>)}
            <div className="report-cover__row"><dt>{t('delegation')}</dt><dd>{visit.delegation.trim() ? visit.delegation.split('\n').filter((l) => l.trim()).join(', ') : t('none')}</dd></div>
          </dl>
          <p>{t('purpose')}</p>
          <ApprovalBlock text={text} />
        </Sheet>
        <VisitGapSheet gap={gap} instrument={instrument} lang={lang} visitor={visitor} host={hostName} text={text} />
        <VisitPracticesSheet gap={gap} instrument={instrument} lang={lang} visit={visit} shared={shared} source={source} text={text} />
        <Sheet labelledBy="visit-report-lessons">
          <h2 id="visit-report-lessons">{t('lessonsTitle')}</h2>
          <h3>{t('lessons')}</h3>
          <p className="visit-report-pre">{visit.lessons.trim() || t('none')}</p>
          <h3>{t('questions')}</h3>
          <p className="visit-report-pre">{visit.questions?.trim() || t('none')}</p>
        </Sheet>
      </article>
    </div>
  );
}
