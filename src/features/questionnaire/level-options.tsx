import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDef, Lang, Level, RubricLevel } from '../../domain/instrument/types';

interface LevelOptionsProps {
  readonly indicator: IndicatorDef;
  readonly rubric: readonly RubricLevel[];
  readonly lang: Lang;
  readonly value: Level | 'NA' | null;
  readonly disabled: boolean;
  readonly onLevel: (level: Level) => void;
  readonly onNotApplicable: () => void;
}

/** The 0–5 rubric (and "Tidak relevan" where allowed) as one native radio group. */
export function LevelOptions({ indicator, rubric, lang, value, disabled, onLevel, onNotApplicable }: LevelOptionsProps) {
  const { t } = useTranslation('questionnaire');
  const name = `level-${indicator.id}`;
  // The hidden "Tingkat n" prefixes are the same for every card and render: translate them once per language.
  const prefixes = useMemo(() => rubric.map((r) => t('levelOption', { level: r.level, name: '' })), [rubric, t]);
  return (
    <fieldset className="levels" disabled={disabled}>
      <legend className="visually-hidden">{t('levelLegend', { id: indicator.id })}</legend>
      {rubric.map((r, i) => (
        <label key={r.level} className={`level-option${value === r.level ? ' checked' : ''}`}>
          <input type="radio" name={name} value={r.level} checked={value === r.level} onChange={() => onLevel(r.level)} />
          <span className="level-num" aria-hidden="true">{r.level}</span>
          <span className="level-text">
            <span className="level-name">
              <span className="visually-hidden">{prefixes[i]}</span>
              {r.name[lang]}
            </span>
            <span className="level-desc">{r.descriptor[lang]}</span>
          </span>
        </label>
      ))}
      {indicator.naAllowed && (
        <label className={`level-option level-na${value === 'NA' ? ' checked' : ''}`}>
          <input type="radio" name={name} value="NA" checked={value === 'NA'} onChange={onNotApplicable} />
          <span className="level-num" aria-hidden="true">–</span>
          <span className="level-text">
            <span className="level-name">{t('common:level.na')}</span>
          </span>
        </label>
      )}
    </fieldset>
  );
}
