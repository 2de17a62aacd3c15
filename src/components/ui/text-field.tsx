import type { ChangeEvent } from 'react';
import type { FieldError } from '../../domain/assessment/validation';
import { FieldErrorText } from './field-error';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: FieldError | undefined;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'search' | 'url' | 'date' | 'number';
  readonly required?: boolean;
  readonly inputMode?: 'numeric' | 'text' | 'url';
  readonly autoComplete?: string;
  readonly onBlur?: () => void;
}

/** A labelled input or textarea with its hint and inline error wired through aria-describedby. */
export function TextField(p: TextFieldProps) {
  const describedBy = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id: p.id,
    value: p.value,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': p.required || undefined,
    onBlur: p.onBlur,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      {p.hint && (
        <span id={`${p.id}-hint`} className="hint">
          {p.hint}
        </span>
      )}
      {p.multiline ? (
        <textarea {...common} />
      ) : (
        <input {...common} type={p.type ?? 'text'} inputMode={p.inputMode} autoComplete={p.autoComplete ?? 'off'} />
      )}
      <FieldErrorText id={`${p.id}-error`} error={p.error} />
    </div>
  );
}
