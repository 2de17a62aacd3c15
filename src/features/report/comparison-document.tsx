import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import {
  SERIES_PAINTS, comparisonRadarAxes, comparisonRadarSeries, dimensionBarSeries, dimensionCategories,
} from '../../charts/grouped-bar-data';
import { RadarChart } from '../../charts/radar-chart';
import type { ComparisonEntry, ComparisonModel } from '../../domain/report/build-comparison-model';
import type { PaperSize } from '../../state/settings-store';
import { DraftWatermark, PageRules, Sheet } from './print-frame';
import type { ReportText } from './use-report-text';
import { useReportText } from './use-report-text';

type Props = { model: ComparisonModel; text: ReportText };

function RegionsTable({ model, text }: Props) {
  const { t } = text;
  return (
    <table className="report-table">
      <caption>{t('comparison.regionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('comparison.col.region')}</th>
          <th scope="col">{t('comparison.col.province')}</th>
          <th scope="col">{t('comparison.col.status')}</th>
          <th scope="col" className="num">{t('comparison.col.index')}</th>
          <th scope="col" className="num">{t('comparison.col.index100')}</th>
          <th scope="col">{t('comparison.col.level')}</th>
          <th scope="col" className="num">{t('comparison.col.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {model.entries.map((e) => (
          <tr key={e.key} data-entry={e.key}>
            <th scope="row">{e.label}</th>
            <td>{e.region.provinceName ?? '—'}</td>
            <td>{t(`common:status.${e.isDraft ? 'draft' : 'final'}`)}</td>
            <td className="num">
              {text.score5(e.index)}
              {e.isFinalEligible ? null : <span className="report-provisional"> ({t('common:provisional').toLowerCase()})</span>}
            </td>
            <td className="num">{text.score100(e.index)}</td>
            <td>{text.level(e.level)}</td>
            <td className="num">{text.percent(e.coverage)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rows (dimensions or elements) × one column per compared assessment, 0–5 scores. */
function ScoreMatrix({ caption, rows, entries, pick, text, rowHeader }: {
  caption: string;
  rows: readonly { readonly id: string; readonly name: string }[];
  entries: readonly ComparisonEntry[];
  pick: (e: ComparisonEntry, rowId: string) => number | null;
  text: ReportText;
  rowHeader: string;
}) {
  return (
    <table className="report-table report-table--matrix">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {entries.map((e) => <th key={e.key} scope="col" className="num">{e.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            {entries.map((e) => <td key={e.key} className="num">{text.score5(pick(e, r.id))}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** True when some compared assessment has no score on some dimension (drawn at 0 / not drawn). */
function hasMissingDimension(model: ComparisonModel): boolean {
  return model.entries.some((e) => model.dimensions.some((d) => (e.dimensions[d.id] ?? null) === null));
}

function OverviewSheet({ model, text }: Props) {
  const { t } = text;
  return (
    <Sheet className="report-comparison" labelledBy="comparison-title">
      <p className="report-cover__brand">{t('brand')}</p>
      <h1 id="comparison-title" className="report-comparison__title" tabIndex={-1}>{t('comparison.title')}</h1>
      <p className="report-muted">{t('comparison.printedAt', { date: text.date(model.printedAt) })}</p>
      <p>{t('comparison.intro', { count: model.entries.length })}</p>
      {model.isSameBasis ? null : <p className="report-notice">{t('comparison.differentBasis')}</p>}
      {model.hasDraft ? <p className="report-notice">{t('comparison.draftNote')}</p> : null}
      <RegionsTable model={model} text={text} />
      <div className="report-charts">
        <GroupedBarChart categories={dimensionCategories(model)} series={dimensionBarSeries(model)} width={660} height={290}
          title={t('comparison.barsTitle')} {...(hasMissingDimension(model) ? { note: t('comparison.barsNote') } : {})} />
      </div>
      <p className="report-disclaimer">{t('method.disclaimer')}</p>
    </Sheet>
  );
}

/**
 * The printable comparison of two to six assessments: overview with the index table and grouped
 * bars, the radar with the dimension table, and the element table. Pure function of its model.
 */
export function ComparisonDocument({ model, paper }: { model: ComparisonModel; paper: PaperSize }) {
  const text = useReportText(model.lang);
  const { t } = text;
  const elements = model.elements.map((e) => ({ id: e.id, name: `${e.id} ${e.name}` }));
  return (
    <article className="report-root" data-paper={paper} lang={model.lang} data-status={model.hasDraft ? 'draft' : 'final'}>
      <PageRules paper={paper} before={t('pageOf.before')} middle={t('pageOf.middle')} header={t('comparison.title')} brand="Siap Cerdas" />
      {model.hasDraft ? <DraftWatermark text={t('watermark')} /> : null}
      <OverviewSheet model={model} text={text} />
      <Sheet labelledBy="comparison-dimensions">
        <h2 id="comparison-dimensions">{t('comparison.dimensionsHeading')}</h2>
        <div className="report-charts" data-testid="comparison-radar">
          <RadarChart axes={comparisonRadarAxes(model)} series={comparisonRadarSeries(model)} paints={SERIES_PAINTS}
            width={440} height={360} outerRadius="72%" title={t('comparison.radarTitle')}
            {...(hasMissingDimension(model) ? { note: t('comparison.radarNote') } : {})} />
        </div>
        <ScoreMatrix caption={t('comparison.dimensionsCaption')} rows={model.dimensions} entries={model.entries}
          pick={(e, id) => e.dimensions[id] ?? null} text={text} rowHeader={t('col.dimension')} />
      </Sheet>
      <Sheet labelledBy="comparison-elements">
        <h2 id="comparison-elements">{t('comparison.elementsHeading')}</h2>
        <ScoreMatrix caption={t('comparison.elementsCaption')} rows={elements} entries={model.entries}
          pick={(e, id) => e.elements[id] ?? null} text={text} rowHeader={t('col.element')} />
        <ul className="report-formulas">
          {(['element', 'dimension', 'index'] as const).map((k) => <li key={k}>{t(`method.${k}`)}</li>)}
        </ul>
      </Sheet>
    </article>
  );
}
