import type { ElementResult } from '../../domain/scoring/types';
import { elementFlags } from './element-flags';
import type { ElementFlag } from './element-flags';
import type { ResultsText } from './use-results-text';

const FLAG_CLASS: Readonly<Record<ElementFlag, string>> = {
  notRated: 'sc-flag sc-flag--muted',
  invalid: 'sc-flag sc-flag--invalid',
  narrow: 'sc-flag sc-flag--narrow',
};

/** The notes of one element as labelled chips ("tidak dinilai", "tidak valid", "basis sempit"). */
export function FlagList({ element, text }: { readonly element: ElementResult; readonly text: ResultsText }) {
  const flags = elementFlags(element);
  if (flags.length === 0) return null;
  return (
    <ul className="sc-flags">
      {flags.map((f) => (
        <li key={f} className={FLAG_CLASS[f]} title={text.t(`flag.${f}Hint`)}>
          {text.t(`flag.${f}`)}
        </li>
      ))}
    </ul>
  );
}

/** Explains every note once, below the tables. */
export function FlagLegend({ text }: { readonly text: ResultsText }) {
  const flags: ElementFlag[] = ['notRated', 'invalid', 'narrow'];
  return (
    <div className="sc-flag-legend">
      <h3 className="sc-subtitle">{text.t('elements.flagLegend')}</h3>
      <dl>
        {flags.map((f) => (
          <div key={f} className="sc-flag-legend__item">
            <dt><span className={FLAG_CLASS[f]}>{text.t(`flag.${f}`)}</span></dt>
            <dd>{text.t(`flag.${f}Hint`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
