import type { DimensionDef, Instrument, Lang } from '../../domain/instrument/types';
import type { DimensionResult } from '../../domain/scoring/types';
import { elementFlags } from './element-flags';
import { ExplainElement } from './explain-element';
import { weightedMeanExpression } from './explain-math';
import { levelText } from './level-badge';
import type { ResultsText } from './use-results-text';

interface ExplainDimensionProps {
  readonly instrument: Instrument;
  readonly def: DimensionDef | undefined;
  readonly dimension: DimensionResult;
  readonly lang: Lang;
  readonly text: ResultsText;
}

/** One dimension as a disclosure: its mean over valid elements, exclusions, then every element. */
export function ExplainDimension({ instrument, def, dimension, lang, text }: ExplainDimensionProps) {
  const { t } = text;
  const name = def?.name[lang] ?? dimension.dimensionId;
  const format = { score: text.score5, plain: text.plain };
  const parts = dimension.elements.flatMap((e) => (e.isValid && e.score !== null ? [{ weight: e.weight, value: e.score }] : []));
  const excluded = dimension.elements.filter((e) => !e.isValid);
  return (
    <details className="sc-card sc-explain-dimension">
      <summary>
        <span className="sc-explain-dimension__name">{name}</span>{' '}
        <span className="sc-explain-dimension__score">
          D = {text.score5(dimension.score)} ·{' '}
          {dimension.isValid ? levelText(instrument, dimension.band, lang) : t('flag.invalid')}
        </span>
      </summary>
      <div className="sc-explain-dimension__body">
        {dimension.score === null ? (
          <p className="sc-note">{t('explain.dimensionInvalid', { valid: dimension.validElements })}</p>
        ) : (
          <p>
            <code>{t('explain.dimensionFormula', { expression: weightedMeanExpression(parts, dimension.score, format) })}</code>
          </p>
        )}
        {excluded.length > 0 ? (
          <ul className="sc-excluded">
            {excluded.map((e) => (
              <li key={e.elementId}>
                {t('explain.excludedElement', {
                  name: `${e.elementId} ${def?.elements.find((x) => x.id === e.elementId)?.name[lang] ?? ''}`.trim(),
                  reason: elementFlags(e).map((f) => t(`flag.${f}`)).join(', '),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        {dimension.elements.map((e) => (
          <ExplainElement
            key={e.elementId}
            instrument={instrument}
            def={def?.elements.find((x) => x.id === e.elementId)}
            element={e}
            lang={lang}
            text={text}
          />
        ))}
      </div>
    </details>
  );
}
