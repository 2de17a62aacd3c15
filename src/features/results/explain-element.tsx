import type { ElementDef, Instrument, Lang } from '../../domain/instrument/types';
import type { ElementResult, IndicatorResult } from '../../domain/scoring/types';
import { conservativeWeightTotal, indicatorProduct } from './explain-math';
import { levelText } from './level-badge';
import type { ResultsText } from './use-results-text';
import { ScrollTable } from '../../components/ui/scroll-table';

interface ExplainElementProps {
  readonly instrument: Instrument;
  readonly def: ElementDef | undefined;
  readonly element: ElementResult;
  readonly lang: Lang;
  readonly text: ResultsText;
}

function AnswerCell({ instrument, indicator, lang, text }: {
  readonly instrument: Instrument;
  readonly indicator: IndicatorResult;
  readonly lang: Lang;
  readonly text: ResultsText;
}) {
  if (indicator.status === 'answered' && typeof indicator.value === 'number') {
    return <>{levelText(instrument, indicator.value, lang)}</>;
  }
  const isNa = indicator.status === 'na';
  return (
    <>
      <span className="sc-answer-missing">{text.t(isNa ? 'answer.na' : 'answer.unanswered')}</span>
      <span className="sc-hint">{text.t(isNa ? 'explain.naExcluded' : 'explain.unansweredExcluded')}</span>
    </>
  );
}

/** The element mean written out with its numbers, its coverage and its conservative variant. */
function ElementMath({ instrument, element, lang, text }: Omit<ExplainElementProps, 'def'>) {
  const { t } = text;
  const conservativeWeights = conservativeWeightTotal(element);
  return (
    <ul className="sc-math">
      <li>
        {element.score === null ? (
          t('explain.elementNone')
        ) : (
          <>
            <code>
              {`E = ${t('explain.elementFormula', {
                sum: text.plain(element.weightedSum),
                weights: text.plain(element.weightTotal),
                value: text.score5(element.score),
              })}`}
            </code>{' '}
            → {levelText(instrument, element.band, lang)}
          </>
        )}
      </li>
      <li>
        {t('explain.coverageLine', {
          answered: element.answered,
          applicable: element.applicable,
          percent: text.percent(element.coverage),
        })}
      </li>
      {element.conservative === null ? null : (
        <li>
          {t('explain.elementConservative', {
            sum: text.plain(element.weightedSum),
            weights: text.plain(conservativeWeights),
            value: text.score5(element.conservative),
          })}
        </li>
      )}
    </ul>
  );
}

/** One element: its indicators with weights and w·s, and the element mean written out. */
export function ExplainElement({ instrument, def, element, lang, text }: ExplainElementProps) {
  const { t } = text;
  const questions = new Map(def?.indicators.map((i) => [i.id, i.question[lang]]) ?? []);
  return (
    <div className="sc-explain-element">
      <h4 className="sc-explain-element__title">
        <span className="sc-id">{element.elementId}</span> {def?.name[lang] ?? ''}
      </h4>
      <ScrollTable caption={t('explain.indicatorsCaption', { id: element.elementId })} isCaptionHidden className="sc-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('col.indicator')}</th>
            <th scope="col">{t('col.question')}</th>
            <th scope="col">{t('col.answer')}</th>
            <th scope="col" className="num">{t('col.weight')}</th>
            <th scope="col" className="num">{t('col.product')}</th>
          </tr>
        </thead>
        <tbody>
          {element.indicators.map((i) => {
            const product = indicatorProduct(i);
            return (
              <tr key={i.indicatorId} className={product === null ? 'sc-row--excluded' : undefined}>
                <th scope="row" className="sc-id">{i.indicatorId}</th>
                <td>{questions.get(i.indicatorId) ?? ''}</td>
                <td><AnswerCell instrument={instrument} indicator={i} lang={lang} text={text} /></td>
                <td className="num">{text.plain(i.weight)}</td>
                <td className="num">{product === null ? '—' : text.plain(product)}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <ElementMath instrument={instrument} element={element} lang={lang} text={text} />
    </div>
  );
}
