import { opdSuggestions } from '../../domain/planning/opd';

/** The id of the one shared <datalist> of suggested OPD names (rendered by `OpdSuggestions`). */
export const OPD_LIST_ID = 'opd-suggestions';

/** The suggestions for every OPD field on the page (names used here first); render once per page. */
export function OpdSuggestions({ extra = [] }: { extra?: readonly string[] }) {
  const names = opdSuggestions(extra);
  return (
    <datalist id={OPD_LIST_ID}>
      {names.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
}

interface OpdInputProps {
  readonly id?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Used when there is no visible <label for>. */
  readonly ariaLabel?: string;
  readonly placeholder?: string;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
}

/** Free-text OPD name with the suggested names (Diskominfo, Bappeda, …) offered as you type. */
export function OpdInput({ id, value, onChange, ariaLabel, placeholder, invalid, describedBy }: OpdInputProps) {
  return (
    <input id={id} type="text" list={OPD_LIST_ID} value={value} autoComplete="off" aria-label={ariaLabel} placeholder={placeholder}
      aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
  );
}
