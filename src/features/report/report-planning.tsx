import type { ReportPlanning, ReportQuickWin, ReportRoadmap } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

const TOLERANCE = 1e-9;

/** "+0,80", "terpenuhi" (met exactly), "−0,50 · di bawah skor saat ini" (flagged), or "—". */
function gapText(gap: number | null, text: ReportText): string {
  if (gap === null) return '—';
  if (gap < -TOLERANCE) return text.t('planning.below', { gap: text.score5(gap) });
  return gap <= TOLERANCE ? text.t('planning.met') : `+${text.score5(gap)}`;
}

/** One target cell per year; "menunggu skor" where there is none. */
function targetCells(years: readonly number[], targets: readonly number[], text: ReportText) {
  return years.map((y, i) => <td key={y} className="num">{targets[i] === undefined ? text.t('planning.waiting') : text.score5(targets[i])}</td>);
}

/** An invalid element's partial score is printed as "—" with its flag, never as a number. */
function currentText(current: number | null, isValid: boolean, text: ReportText): string {
  return current !== null && !isValid ? text.t('planning.invalid', { flag: text.t('planning.invalidFlag') }) : text.score5(current);
}

/** The elements whose score moved since the targets were made (nothing when none did). */
function BaselineNote({ roadmap, text }: { roadmap: ReportRoadmap; text: ReportText }) {
  const { t } = text;
  if (roadmap.baselineChanges.length === 0) return null;
  const score = (v: number | null | undefined) => (v === null || v === undefined ? t('planning.noScore') : text.score5(v));
  return (
    <div className="report-note" data-testid="report-baseline-note">
      <h4>{t('planning.baselineHeading')}</h4>
      {roadmap.baselineAt === null ? <p>{t('planning.baselineUnrecorded')}</p> : (
        <>
          <p>{t('planning.baselineIntro', { date: text.date(roadmap.baselineAt) })}</p>
          <ul>
            {roadmap.baselineChanges.map((c) => (
              <li key={c.elementId}>{t('planning.baselineChange', { element: `${c.elementId} ${c.name}`, from: score(c.recorded), to: score(c.current) })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
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
          {targetCells(roadmap.years, roadmap.index.targets, text)}
          <td className="num">{gapText(roadmap.index.finalGap, text)}</td>
        </tr>
        {roadmap.dimensions.flatMap((d) => [
          <tr key={d.dimensionId} className="report-roadmap__dimension">
            <th scope="row">{d.name}</th>
            <td className="num">{text.score5(d.current)}</td>
            {targetCells(roadmap.years, d.targets, text)}
            <td className="num">{gapText(d.finalGap, text)}</td>
          </tr>,
          ...d.elements.map((e) => (
            <tr key={e.elementId} data-element={e.elementId}>
              <th scope="row" className="report-roadmap__element">{e.elementId} {e.name}</th>
              <td className="num">{currentText(e.current, e.isValid, text)}</td>
              {targetCells(roadmap.years, e.targets, text)}
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
          <BaselineNote roadmap={r} text={text} />
          <RoadmapTable roadmap={r} text={text} />
        </>
      ) : <p>{t('planning.noRoadmap')}</p>}
      <h3>{t('planning.quickWinsTitle')}</h3>
      {planning.quickWins.length > 0 ? <QuickWinTable quickWins={planning.quickWins} text={text} /> : <p>{t('planning.noQuickWins')}</p>}
    </Sheet>
  );
}
