import type { ReportModel } from '../../domain/report/types';
import type { PaperSize } from '../../state/settings-store';
import { DraftWatermark, PageRules } from './print-frame';
import { ReportActionTimelineSheet } from './report-actions';
import { ReportBenchmarkSheet } from './report-benchmark';
import { ReportCover } from './report-cover';
import { ReportDimensionSheet } from './report-dimension';
import { ReportMethodSheet } from './report-method';
import { ReportPlanningSheet } from './report-planning';
import { ReportStrengthsSheet } from './report-strengths';
import { ReportSummarySheet } from './report-summary';
import { useReportText } from './use-report-text';

/**
 * The printable assessment report: a pure function of its model. Cover (with approval block),
 * summary, one sheet per dimension, strengths and gaps, the plan with its action timeline and
 * per-dimension action tables, the benchmark when peer data exists, and
 * the method appendix. Each sheet starts a new page of the chosen paper in print.
 */
export function ReportDocument({ model, paper }: { model: ReportModel; paper: PaperSize }) {
  const text = useReportText(model.meta.lang);
  const { t } = text;
  const { meta } = model;
  return (
    <article className="report-root" data-paper={paper} lang={meta.lang} data-status={meta.status}>
      <PageRules paper={paper} before={t('pageOf.before')} middle={t('pageOf.middle')} brand={t('title')}
        header={`${meta.region.name ?? meta.region.code} — ${meta.period}`} />
      {meta.isDraft ? <DraftWatermark text={t('watermark')} /> : null}
      <ReportCover meta={meta} text={text} />
      <ReportSummarySheet summary={model.summary} text={text} />
      {model.dimensions.map((d) => <ReportDimensionSheet key={d.id} dimension={d} text={text} />)}
      <ReportStrengthsSheet strengths={model.strengths} gaps={model.gaps} text={text} />
      {model.planning ? <ReportPlanningSheet planning={model.planning} text={text} /> : null}
      {model.planning?.actionPlan ? <ReportActionTimelineSheet plan={model.planning.actionPlan} text={text} /> : null}
      {model.benchmark ? <ReportBenchmarkSheet benchmark={model.benchmark} text={text} /> : null}
      <ReportMethodSheet bands={model.bands} text={text} />
    </article>
  );
}
