import type { AnswerMap } from '../../domain/assessment/types';
import type { Instrument } from '../../domain/instrument/types';
import { evidenceKey } from '../../domain/visit/build-visit-package';
import type { VisitChoices } from '../../domain/visit/build-visit-package';
import type { VisitText } from './use-visit-text';

interface Props {
  readonly instrument: Instrument;
  readonly answers: AnswerMap;
  readonly choices: VisitChoices;
  readonly onChange: (patch: Partial<VisitChoices>) => void;
  readonly text: VisitText;
}

/** Per element: the practice text, the OPD and which evidence items go into the package. */
export function ExportElements({ instrument, answers, choices, onChange, text }: Props) {
  const { t } = text;
  const chosen = new Set(choices.evidence);
  const toggle = (key: string, on: boolean) => onChange({ evidence: on ? [...choices.evidence, key] : choices.evidence.filter((k) => k !== key) });
  return (
    <div className="visit-export-elements">
      <h2>{t('export.perElement')}</h2>
      {instrument.dimensions.flatMap((d) => d.elements).map((element) => {
        const items = element.indicators.flatMap((i) => (answers[i.id]?.evidence ?? []).map((e) => ({ key: evidenceKey(i.id, e.id), e })));
        const name = text.elementName(instrument, element.id);
        return (
          <section key={element.id} className="visit-export-element" aria-label={name}>
            <h3>{name}</h3>
            {choices.shares.practice ? (
              <div className="field"><label htmlFor={`practice-${element.id}`}>{t('export.practiceFor', { element: element.id })}</label>
                <textarea id={`practice-${element.id}`} value={choices.practices[element.id] ?? ''} onChange={(e) => onChange({ practices: { ...choices.practices, [element.id]: e.target.value } })} /></div>
            ) : null}
            {choices.shares.opd ? (
              <div className="field"><label htmlFor={`opd-${element.id}`}>{t('export.opdFor', { element: element.id })}</label>
                <input id={`opd-${element.id}`} value={choices.opds[element.id] ?? ''} onChange={(e) => onChange({ opds: { ...choices.opds, [element.id]: e.target.value } })} /></div>
            ) : null}
            {choices.shares.evidence && items.length > 0 ? (
              <fieldset className="plain">
                <legend className="label">{t('export.evidenceFor', { element: element.id })}</legend>
                {items.map(({ key, e }) => (
                  <label key={key} className="visit-check">
                    <input type="checkbox" checked={chosen.has(key)} onChange={(ev) => toggle(key, ev.target.checked)} />
                    {e.title}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
