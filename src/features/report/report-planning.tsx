import type { ReportPlanning, ReportQuickWin, ReportRoadmap } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

function gapText(gap: number | null, text: ReportText): string {
  if (gap === null) return '—';
  return gap <= 1e-9 ? text.t('planning.met') : `+${text.score5(gap)}`;
}

function RoadmapTable({ roadmap, text }: { roadmap: ReportRoadmap; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table report-roadmap">
      <caption>{t('planning.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning.element')}</th>
          <th scope="col" className="num">{t('planning.current')}</th>
          {roadmap.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
          <th scope="col" className="num">{t('planning.gap')}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="report-roadmap__index">
          <th scope="row">{t('planning.index')}</th>
          <td className="num">{text.score5(roadmap.index.current)}</td>
          {roadmap.index.targets.map((v, i) => <td key={roadmap.years[i]} className="num">{text.score5(v)}</td>)}
          <td className="num">{gapText(roadmap.index.finalGap, text)}</td>
        </tr>
        {roadmap.dimensions.flatMap((d) => [
          <tr key={d.dimensionId} className="report-roadmap__dimension">
            <th scope="row">{d.name}</th>
            <td className="num">{text.score5(d.current)}</td>
            {d.targets.map((v, i) => <td key={roadmap.years[i]} className="num">{text.score5(v)}</td>)}
            <td className="num">{gapText(d.finalGap, text)}</td>
          </tr>,
          ...d.elements.map((e) => (
            <tr key={e.elementId} data-element={e.elementId}>
              <th scope="row" className="report-roadmap__element">{e.elementId} {e.name}</th>
              <td className="num">{text.score5(e.current)}</td>
              {e.targets.map((v, i) => <td key={roadmap.years[i]} className="num">{text.score5(v)}</td>)}
              <td className="num">{gapText(e.finalGap, text)}</td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}

function QuickWinTable({ quickWins, text }: { quickWins: readonly ReportQuickWin[]; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table">
      <caption>{t('planning.quickWinsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning.element')}</th>
          <th scope="col">{t('planning.aim')}</th>
          <th scope="col">{t('planning.owner')}</th>
          <th scope="col">{t('planning.due')}</th>
          <th scope="col">{t('planning.note')}</th>
        </tr>
      </thead>
      <tbody>
        {quickWins.map((q) => (
          <tr key={q.elementId} data-element={q.elementId}>
            <th scope="row">{q.elementId} {q.elementName}</th>
            <td>{text.level(q.nextLevel)}</td>
            <td>{q.ownerOpd}</td>
            <td>{text.date(`${q.dueDate}T00:00:00`)}</td>
            <td>{q.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The masterplan roadmap (targets per year, gap) and the chosen quick wins with owner and due date. */
export function ReportPlanningSheet({ planning, text }: { planning: ReportPlanning; text: ReportText }) {
  const { t } = text;
  const r = planning.roadmap;
  return (
    <Sheet className="report-planning" labelledBy="report-planning-title">
      <h2 id="report-planning-title">{t('planning.heading')}</h2>
      {r ? (
        <>
          <h3>{t('planning.roadmapTitle', { from: r.years[0], to: r.years[r.years.length - 1] })}</h3>
          <RoadmapTable roadmap={r} text={text} />
        </>
      ) : <p>{t('planning.noRoadmap')}</p>}
      <h3>{t('planning.quickWinsTitle')}</h3>
      {planning.quickWins.length > 0 ? <QuickWinTable quickWins={planning.quickWins} text={text} /> : <p>{t('planning.noQuickWins')}</p>}
    </Sheet>
  );
}
