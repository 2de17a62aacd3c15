import type { GapElement, RankedElement } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

function StrengthTable({ strengths, text }: { strengths: readonly RankedElement[]; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table">
      <caption>{t('strengths.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.element')}</th>
          <th scope="col">{t('col.dimension')}</th>
          <th scope="col" className="num">{t('col.score5')}</th>
          <th scope="col">{t('col.level')}</th>
        </tr>
      </thead>
      <tbody>
        {strengths.map((s) => (
          <tr key={s.elementId}>
            <th scope="row">{s.elementId} {s.name}</th>
            <td>{s.dimensionName}</td>
            <td className="num">{text.score5(s.score)}</td>
            <td>{text.level(s.level)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Gap({ gap, text }: { gap: GapElement; text: ReportText }) {
  const { t } = text;
  return (
    <li className="report-gap report-keep" data-element={gap.elementId}>
      <h4>
        {gap.elementId} {gap.name}
        <span className="report-h-score">{` — ${text.score5(gap.score)} · ${text.level(gap.level)} · ${gap.dimensionName}`}</span>
      </h4>
      <p>
        <strong>{t('strengths.nextStep', { level: gap.nextLevel.level, name: gap.nextLevel.name })}</strong>{' '}
        {gap.nextLevel.descriptor}
      </p>
      {gap.below.length > 0 ? (
        <>
          <p className="report-gap__below">{t('strengths.below', { level: gap.nextLevel.level })}</p>
          <ul className="report-gap__list">
            {gap.below.map((b) => (
              <li key={b.indicatorId}>
                <strong>{b.indicatorId}</strong> ({b.level}) {b.question}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

/** Highest elements, then the lowest ones each with the next level's descriptor as next step. */
export function ReportStrengthsSheet({ strengths, gaps, text }: {
  strengths: readonly RankedElement[];
  gaps: readonly GapElement[];
  text: ReportText;
}) {
  const { t } = text;
  return (
    <Sheet className="report-strengths" labelledBy="report-strengths-title">
      <h2 id="report-strengths-title">{t('strengths.heading')}</h2>
      <h3>{t('strengths.strengthsTitle')}</h3>
      {strengths.length > 0 ? <StrengthTable strengths={strengths} text={text} /> : <p>{t('strengths.none')}</p>}
      <h3>{t('strengths.gapsTitle')}</h3>
      {gaps.length > 0 ? (
        <ol className="report-gaps">
          {gaps.map((g) => <Gap key={g.elementId} gap={g} text={text} />)}
        </ol>
      ) : (
        <p>{strengths.length > 0 ? t('strengths.noGaps') : t('strengths.none')}</p>
      )}
    </Sheet>
  );
}
