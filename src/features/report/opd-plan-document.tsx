import type { ReportModel } from '../../domain/report/types';
import type { PaperSize } from '../../state/settings-store';
import { DraftWatermark, PageRules, Sheet } from './print-frame';
import { ReportActionTable } from './report-actions';
import { ApprovalBlock } from './report-cover';
import { useReportText } from './use-report-text';

/**
 * The printable "Rencana aksi per OPD": a cover (identity, the OPDs with how many actions each leads
 * and supports, the approval block), then one sheet per OPD with the actions it leads and those it
 * supports. Same paper, running header, "Halaman X dari Y" and draft watermark as the report.
 */
export function OpdPlanDocument({ model, paper }: { model: ReportModel; paper: PaperSize }) {
  const text = useReportText(model.meta.lang);
  const { t } = text;
  const { meta } = model;
  const plan = model.planning?.actionPlan;
  const region = meta.region.name ?? meta.region.code;
  const title = t('actions.opdTitle');
  const rows: readonly [string, string][] = [
    [t('cover.region'), `${region} (${meta.region.code})`],
    [t('cover.period'), String(meta.period)],
    [t('actions.horizon'), plan ? `${plan.years[0]}–${plan.years[plan.years.length - 1]}` : '—'],
    [t('actions.count'), String(plan?.byDimension.reduce((n, g) => n + g.actions.length, 0) ?? 0)],
    [t('cover.status'), t(`common:status.${meta.status}`)],
    [t('cover.printedAt'), text.date(meta.printedAt)],
  ];
  return (
    <article className="report-root" data-paper={paper} lang={meta.lang} data-status={meta.status}>
      <PageRules paper={paper} before={t('pageOf.before')} middle={t('pageOf.middle')} brand={title} header={`${region} — ${meta.period}`} />
      {meta.isDraft ? <DraftWatermark text={t('watermark')} /> : null}
      <Sheet className="report-cover" labelledBy="opd-plan-title">
        <p className="report-cover__brand">{t('brand')}</p>
        <h1 id="opd-plan-title" className="report-cover__title" tabIndex={-1}>
          {title}
          <span className="report-cover__region">{region}</span>
        </h1>
        <dl className="report-cover__meta">
          {rows.map(([label, value]) => <div key={label} className="report-cover__row"><dt>{label}</dt><dd>{value}</dd></div>)}
        </dl>
        {plan ? (
          <table className="report-table report-table--compact">
            <caption>{t('actions.opdSummary')}</caption>
            <thead><tr><th scope="col">{t('actions.opd')}</th><th scope="col" className="num">{t('actions.leads')}</th><th scope="col" className="num">{t('actions.supports')}</th></tr></thead>
            <tbody>
              {plan.byOpd.map((o) => <tr key={o.opd}><th scope="row">{o.opd}</th><td className="num">{o.lead.length}</td><td className="num">{o.support.length}</td></tr>)}
            </tbody>
          </table>
        ) : <p>{t('actions.none')}</p>}
        <ApprovalBlock text={text} intro={t('actions.approvalIntro')} />
      </Sheet>
      {plan?.byOpd.map((o, i) => (
        <Sheet key={o.opd} labelledBy={`opd-plan-${i}`}>
          <h2 id={`opd-plan-${i}`}>{o.opd}</h2>
          {o.lead.length ? <ReportActionTable caption={t('actions.leadCaption', { opd: o.opd })} actions={o.lead} text={text} variant="lead" /> : null}
          {o.support.length ? <ReportActionTable caption={t('actions.supportCaption', { opd: o.opd })} actions={o.support} text={text} variant="support" /> : null}
        </Sheet>
      ))}
    </article>
  );
}
