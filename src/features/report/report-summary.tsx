import type { RadarSeries } from '../../charts/chart-data';
import { RadarChart } from '../../charts/radar-chart';
import type { ReportSummary } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

/** Radar series of the summary: recorded, evidence-supported and (when incomplete) conservative. */
function summarySeries(summary: ReportSummary, text: ReportText): RadarSeries[] {
  const pick = (f: (d: ReportSummary['dimensions'][number]) => number | null) =>
    Object.fromEntries(summary.dimensions.map((d) => [d.dimensionId, f(d)]));
  const series: RadarSeries[] = [
    { key: 'score', label: text.t('summary.seriesScore'), values: pick((d) => d.score), style: 'primary' },
    { key: 'evidence', label: text.t('summary.seriesEvidence'), values: pick((d) => d.evidenceSupported), style: 'reference' },
  ];
  if (summary.answered < summary.applicable) {
    series.push({ key: 'conservative', label: text.t('summary.seriesConservative'), values: pick((d) => d.conservative), style: 'dashed' });
  }
  return series;
}

function Kpis({ summary, text }: { summary: ReportSummary; text: ReportText }) {
  const { t } = text;
  return (
    <div className="report-kpis">
      <div className="report-kpi report-kpi--index">
        <p className="report-kpi__label">{t(summary.isFinalEligible ? 'summary.index' : 'summary.indexProvisional')}</p>
        <p className="report-kpi__value" data-testid="report-index">{text.score5(summary.index)}</p>
        <p className="report-kpi__sub">{t('summary.scale5')} · <span data-testid="report-index100">{text.score100(summary.index)}</span> {t('summary.scale100')}</p>
      </div>
      <div className="report-kpi report-kpi--level">
        <p className="report-kpi__label">{t('summary.level')}</p>
        <p className="report-kpi__value report-kpi__value--text" data-testid="report-level">{text.level(summary.level)}</p>
        <p className="report-kpi__sub">{summary.level?.descriptor ?? t('summary.noIndex')}</p>
        {summary.predicate ? <p className="report-kpi__sub">{t('summary.predicate')}: {t(`predicate.${summary.predicate}`)}</p> : null}
      </div>
      <div className="report-kpi">
        <p className="report-kpi__label">{t('summary.coverage')}</p>
        <p className="report-kpi__value">{text.percent(summary.coverage)}</p>
        <p className="report-kpi__sub">
          {t('summary.coverageValue', { answered: summary.answered, applicable: summary.applicable, percent: text.percent(summary.coverage) })}
          {summary.na > 0 ? ` · ${t('summary.naCount', { count: summary.na })}` : ''}
        </p>
      </div>
      <div className="report-kpi">
        <p className="report-kpi__label">{t('summary.conservative')}</p>
        <p className="report-kpi__value">{text.score5(summary.conservative)}</p>
        <p className="report-kpi__sub">{t('summary.conservativeHint')}</p>
      </div>
      <div className="report-kpi">
        <p className="report-kpi__label">{t('summary.evidence')}</p>
        <p className="report-kpi__value" data-testid="report-evidence-index">{text.score5(summary.evidenceSupported)}</p>
        <p className="report-kpi__sub">{t('summary.evidenceHint')}</p>
      </div>
    </div>
  );
}

function DimensionScores({ summary, text }: { summary: ReportSummary; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table report-table--dims">
      <caption>{t('summary.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.dimension')}</th>
          <th scope="col" className="num">{t('col.score5')}</th>
          <th scope="col" className="num">{t('col.score100')}</th>
          <th scope="col">{t('col.level')}</th>
          <th scope="col" className="num">{t('col.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.dimensions.map((d) => (
          <tr key={d.dimensionId} data-dimension={d.dimensionId}>
            <th scope="row">{d.name}</th>
            <td className="num">{text.score5(d.score)}</td>
            <td className="num">{text.score100(d.score)}</td>
            <td>{text.level(d.level)}</td>
            <td className="num">{text.score5(d.evidenceSupported)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Summary page: headline numbers, then the radar with the dimension table beside it. */
export function ReportSummarySheet({ summary, text }: { summary: ReportSummary; text: ReportText }) {
  const { t } = text;
  const axes = summary.dimensions.map((d) => ({ key: d.dimensionId, label: d.name }));
  const hasMissing = summary.dimensions.some((d) => d.score === null);
  return (
    <Sheet className="report-summary" labelledBy="report-summary-title">
      <h2 id="report-summary-title">{t('summary.heading')}</h2>
      <Kpis summary={summary} text={text} />
      {summary.isFinalEligible ? null : <p className="report-notice">{t('summary.notFinalEligible')}</p>}
      <div className="report-profile">
        <div className="report-profile__chart" data-testid="report-radar">
          <RadarChart axes={axes} series={summarySeries(summary, text)} width={360} height={330} outerRadius="64%"
            title={t('summary.radarTitle')} {...(hasMissing ? { note: t('summary.radarNote') } : {})} />
        </div>
        <div className="report-profile__table">
          <DimensionScores summary={summary} text={text} />
        </div>
      </div>
    </Sheet>
  );
}
