import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/assessment/validation';
import type { RegionCatalog } from '../../domain/regions/regions';
import { searchRegions } from '../../domain/regions/regions';
import { FieldErrorText } from '../../components/ui/field-error';

const MAX_SHOWN = 12;

interface RegionPickerProps {
  readonly catalog: RegionCatalog;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly error: FieldError | undefined;
}

/**
 * Search by name, code or province; results are a radio group, so the choice works with the
 * keyboard (Tab into the list, arrows to move) and with screen readers without a custom combobox.
 */
export function RegionPicker({ catalog, value, onChange, error }: RegionPickerProps) {
  const { t } = useTranslation('newAssessment');
  const uid = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => (query.trim() ? searchRegions(catalog, query, 200) : []), [catalog, query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const selected = catalog.byCode.get(value);
  const label = (code: string) => {
    const r = catalog.byCode.get(code);
    if (!r) return code;
    const prov = catalog.provinceByCode.get(r.provinceCode)?.name ?? r.provinceCode;
    return `${r.name} (${r.code}), ${prov}`;
  };
  return (
    <div className="field region-picker">
      <label htmlFor={`${uid}-q`}>{t('regionSearch')}</label>
      <span id={`${uid}-hint`} className="hint">{t('regionSearchHint')}</span>
      <input
        id={`${uid}-q`}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${uid}-hint${error ? ` ${uid}-err` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          // A typed Kemendagri code selects that region directly (an unknown code is reported on submit).
          const code = /^\s*(\d{2})\.?(\d{2})\s*$/.exec(e.target.value);
          if (code) onChange(`${code[1]}.${code[2]}`);
        }}
      />
      {query.trim() !== '' && (
        <fieldset className="region-results">
          <legend>{t('results')}</legend>
          {shown.length === 0 && <p className="muted">{t('noResults')}</p>}
          {shown.map((r) => (
            <label key={r.code} className="region-option">
              <input type="radio" name={`${uid}-region`} value={r.code} checked={value === r.code} onChange={() => onChange(r.code)} />
              <span>{label(r.code)}</span>
            </label>
          ))}
          {matches.length > MAX_SHOWN && <p className="muted">{t('more', { shown: MAX_SHOWN, total: matches.length })}</p>}
        </fieldset>
      )}
      <p className="selected-region" aria-live="polite">
        <strong>{t('selected')}: </strong>
        {selected ? label(selected.code) : t('noneSelected')}
      </p>
      <FieldErrorText id={`${uid}-err`} error={error} />
    </div>
  );
}
