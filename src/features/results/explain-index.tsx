import type { Instrument, Lang } from '../../domain/instrument/types';
import { findDimension } from '../../domain/instrument/lookup';
import type { ScoreResult } from '../../domain/scoring/types';
import { weightedMeanExpression } from './explain-math';
import { levelText } from './level-badge';
import type { ResultsText } from './use-results-text';

interface ExplainIndexProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: Lang;
  readonly text: ResultsText;
}

/** The index as the weighted mean of the valid dimension scores, with the actual numbers (marked provisional below the final threshold). */
export function ExplainIndex({ instrument, score, lang, text }: ExplainIndexProps) {
  const { t } = text;
  const parts = score.dimensions.flatMap((d) => (d.score === null ? [] : [{ weight: d.weight, value: d.score }]));
  const excluded = score.dimensions.filter((d) => d.score === null);
  const expression =
    score.index === null ? '' : weightedMeanExpression(parts, score.index, { score: text.score5, plain: text.plain });
  return (
    <div className="sc-card sc-explain-index">
      <h3 className="sc-subtitle">
        {t('explain.indexHeading')}
        {score.isFinalEligible ? null : <span className="badge badge-draft sc-inline-badge">{t('common:provisional')}</span>}
      </h3>
      {score.isFinalEligible ? null : <p className="sc-note">{t('explain.indexProvisional')}</p>}
      {score.index === null ? (
        <p className="sc-note">{t('explain.indexNone')}</p>
      ) : (
        <p className="sc-math-line">
          <code>{t('explain.indexFormula', { expression })}</code> → {levelText(instrument, score.band, lang)} ·{' '}
          {text.score100(score.index)}/100
        </p>
      )}
      {excluded.length > 0 ? (
        <ul className="sc-excluded">
          {excluded.map((d) => (
            <li key={d.dimensionId}>
              {t('explain.excludedDimension', { name: findDimension(instrument, d.dimensionId)?.name[lang] ?? d.dimensionId })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
