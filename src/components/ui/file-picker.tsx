import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './file-picker.css';

interface FilePickerProps {
  readonly id: string;
  /** The field's label: the input's accessible name (and what `getByLabel` finds). */
  readonly label: string;
  /** The button's text; "Pilih berkas" by default. */
  readonly button?: string;
  readonly hint?: string;
  readonly accept?: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File) => void;
}

/**
 * A file field in the app's language: the native `<input type=file>` (visually hidden, still
 * focusable and labelled, so keyboards, screen readers and `setInputFiles` use it) behind a styled
 * button, with the chosen file's name or "Belum ada berkas dipilih" beside it. A file dropped on
 * the field is taken too. The input is emptied after each pick, so the same file can be read again.
 */
export function FilePicker({ id, label, button, hint, accept = '.json,application/json', disabled = false, onFile }: FilePickerProps) {
  const { t } = useTranslation('common');
  const [name, setName] = useState<string | null>(null);
  const take = (file: File | undefined) => {
    if (!file || disabled) return;
    setName(file.name);
    onFile(file);
  };
  return (
    <div className="field" onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        take(e.dataTransfer.files[0]);
      }}>
      <label id={`${id}-label`} htmlFor={id}>{label}</label>
      {hint ? <span id={`${id}-hint`} className="hint">{hint}</span> : null}
      <div className="file-pick">
        <label className="btn">
          <input id={id} type="file" className="visually-hidden" accept={accept} disabled={disabled}
            aria-labelledby={`${id}-label`} aria-describedby={`${id}-name${hint ? ` ${id}-hint` : ''}`}
            onChange={(e) => {
              take(e.target.files?.[0]);
              e.target.value = '';
            }} />
          {button ?? t('file.pick')}
        </label>
        <span id={`${id}-name`}>{name ?? t('file.none')}</span>
      </div>
    </div>
  );
}
