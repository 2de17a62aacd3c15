import type { ReportDimension, ReportElement, ReportIndicator } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

/** An element that is not valid (fewer than half its indicators answered) prints "—", never its partial score. */
const shownScore = (e: ReportElement): number | null => (e.flags.includes('invalid') ? null : e.score);

function ElementScores({ dimension, text }: { dimension: ReportDimension; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table report-table--elements">
      <caption>{t('dimension.elementsCaption', { name: dimension.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.element')}</th>
          <th scope="col" className="num">{t('col.score5')}</th>
          <th scope="col" className="num">{t('col.score100')}</th>
          <th scope="col">{t('col.level')}</th>
          <th scope="col" className="num">{t('col.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {dimension.elements.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              {e.id} {e.name}
              {e.flags.map((f) => <span key={f} className="report-flag">{t(`dimension.flag.${f}`)}</span>)}
            </th>
            <td className="num">{text.score5(shownScore(e))}</td>
            <td className="num">{text.score100(shownScore(e))}</td>
            <td>{shownScore(e) === null ? '—' : text.level(e.level)}</td>
            <td className="num">{`${e.answered}/${e.applicable}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AnswerCells({ indicator, text }: { indicator: ReportIndicator; text: ReportText }) {
  const { t } = text;
  if (indicator.status !== 'answered' || indicator.level === null) {
    const label = indicator.status === 'na' ? t('dimension.na') : t('dimension.unanswered');
    return <td colSpan={2} className="report-answer report-answer--none">{label}</td>;
  }
  const isCapped = indicator.supportedLevel !== null && indicator.supportedLevel < indicator.level;
  return (
    <>
      <td className="report-answer">{`${indicator.level} · ${indicator.levelName ?? ''}`}</td>
      <td className={`num${isCapped ? ' report-capped' : ''}`}>{indicator.supportedLevel ?? '—'}</td>
    </>
  );
}

/** Reason, note and evidence under the question, so each indicator stays one table row. */
function Details({ indicator, text }: { indicator: ReportIndicator; text: ReportText }) {
  const { t } = text;
  if (!indicator.naReason && !indicator.note && indicator.evidence.length === 0) return null;
  return (
    <div className="report-details">
      {indicator.naReason ? <p>{t('dimension.naReason', { reason: indicator.naReason })}</p> : null}
      {indicator.note ? <p>{t('dimension.note', { note: indicator.note })}</p> : null}
      {indicator.evidence.length > 0 ? (
        <ul className="report-evidence" aria-label={t('dimension.evidence')}>
          {indicator.evidence.map((e, i) => (
            <li key={`${i}-${e.title}`}>
              <span className="report-evidence__kind">{t(`evidenceKinds.${e.kind}`)}:</span> {e.title}
              {e.reference ? ` — ${e.reference}` : ''}
              {e.date ? ` (${e.date})` : ''}
              {e.url ? <span className="report-evidence__url"> {e.url}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ElementIndicators({ element, text }: { element: ReportElement; text: ReportText }) {
  const { t } = text;
  const headingId = `report-el-${element.id}`;
  return (
    <div className="report-element">
      <h3 id={headingId}>
        {element.id} {element.name}
        <span className="report-h-score">
          {shownScore(element) === null && element.flags.includes('invalid')
            ? ` — — · ${t('dimension.flag.invalid')}`
            : ` — ${text.score5(element.score)} · ${text.level(element.level)}`}
        </span>
      </h3>
      <table className="report-table report-table--indicators">
        <caption className="visually-hidden">{t('dimension.indicatorsCaption', { id: element.id, name: element.name })}</caption>
        <thead>
          <tr>
            <th scope="col" className="report-col-code">{t('col.code')}</th>
            <th scope="col">{t('col.indicator')}</th>
            <th scope="col" className="report-col-answer">{t('col.answer')}</th>
            <th scope="col" className="num report-col-support">{t('col.support')}</th>
          </tr>
        </thead>
        <tbody>
          {element.indicators.map((i) => (
            <tr key={i.id} data-indicator={i.id}>
              <th scope="row">{i.id}</th>
              <td>
                {i.question}
                <Details indicator={i} text={text} />
              </td>
              <AnswerCells indicator={i} text={text} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One dimension per page: its score, element scores, then every indicator's answer and evidence. */
export function ReportDimensionSheet({ dimension, text }: { dimension: ReportDimension; text: ReportText }) {
  const { t } = text;
  const headingId = `report-dim-${dimension.id}`;
  return (
    <Sheet className="report-dimension" labelledBy={headingId}>
      <h2 id={headingId} data-testid={`report-dimension-${dimension.id}`}>
        {dimension.name}
        <span className="report-h-score">
          {dimension.isValid ? ` — ${text.score5(dimension.score)} · ${text.level(dimension.level)}` : ` — — · ${t('dimension.flag.invalid')}`}
        </span>
      </h2>
      <p className="report-goal">{dimension.goal}</p>
      {dimension.isValid ? null : <p className="report-notice">{t('dimension.invalid')}</p>}
      <ElementScores dimension={dimension} text={text} />
      {dimension.elements.map((e) => <ElementIndicators key={e.id} element={e} text={text} />)}
    </Sheet>
  );
}
