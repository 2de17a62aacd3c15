import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrder } from '../../domain/instrument/lookup';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { actionContextOf, buildAction, validateAction } from '../../domain/planning';
import type { ActionErrors, ActionValues, ActionYearRange } from '../../domain/planning';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';
import { OpdInput } from './opd-input';

interface ActionFormProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly years: ActionYearRange;
  readonly lang: Lang;
  /** The responsible OPD, fixed (an OPD proposing its own actions on its package copy). */
  readonly fixedOpd?: string;
}

type Field = keyof ActionErrors;

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (e: { target: { value: string } }) => void;
  readonly error: string | null;
  readonly type?: 'number';
}

/** A labelled text box with its inline message (the box is marked invalid and described by it). */
function TextField({ id, label, value, onChange, error, type }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} inputMode={type === 'number' ? 'numeric' : undefined} value={value} onChange={onChange}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? <p id={`${id}-error`} className="error-text">{error}</p> : null}
    </div>
  );
}

/** The form adding an action: checked as a whole on save, each refusal shown inline; nothing stored while any. */
export function ActionForm({ assessmentId, instrument, years, lang, fixedOpd }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const addAction = usePlanStore((s) => s.addAction);
  const empty = { name: '', opd: '', supporting: '', elementId: '', raiseBy: '', startYear: String(years.first), endYear: String(years.first), budgetNote: '', outputIndicator: '', description: '', quickWin: false };
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<ActionErrors>({});
  const [saved, setSaved] = useState('');
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [key]: e.target.value }));
  const submit = async () => {
    const raise = Number(v.raiseBy.replace(',', '.'));
    const values: ActionValues = {
      name: v.name, opd: fixedOpd ?? v.opd, supportingOpds: v.supporting.split(','), description: v.description,
      lifts: v.elementId === '' ? [] : [{ elementId: v.elementId, ...(v.raiseBy.trim() !== '' && Number.isFinite(raise) ? { raiseBy: raise } : {}) }],
      startYear: Number(v.startYear), endYear: Number(v.endYear), budgetNote: v.budgetNote, outputIndicator: v.outputIndicator, quickWin: v.quickWin,
    };
    const found = validateAction(values, actionContextOf(instrument, years));
    setErrors(found);
    setSaved('');
    if (Object.keys(found).length > 0) return;
    const now = nowIso();
    if (await addAction(assessmentId, buildAction(values, crypto.randomUUID(), now), now)) {
      setSaved(t('form.saved', { name: values.name.trim() }));
      setV(empty);
    }
  };
  const msg = (field: Field) => {
    const code = errors[field];
    return code ? t(`form.errors.${code}`, { first: years.first, last: years.last }) : null;
  };
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="card plan-form" noValidate aria-labelledby="act-form-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="act-form-title">{t('form.heading')}</h2>
      <TextField id="act-name" label={t('form.name')} value={v.name} onChange={set('name')} error={msg('name')} />
      {fixedOpd ? <p>{t('form.opd')}: <strong>{fixedOpd}</strong></p> : <div className="field">
        <label htmlFor="act-opd">{t('form.opd')}</label>
        <OpdInput id="act-opd" value={v.opd} onChange={(opd) => setV((old) => ({ ...old, opd }))} invalid={Boolean(errors.opd)} describedBy={errors.opd ? 'act-opd-error' : undefined} />
        {msg('opd') ? <p id="act-opd-error" className="error-text">{msg('opd')}</p> : null}
      </div>}
      <TextField id="act-supporting" label={t('form.supporting')} value={v.supporting} onChange={set('supporting')} error={msg('supportingOpds')} />
      <div className="field">
        <label htmlFor="act-element">{t('form.element')}</label>
        <select id="act-element" value={v.elementId} onChange={set('elementId')}
          aria-invalid={errors.lifts ? true : undefined} aria-describedby={errors.lifts ? 'act-lifts-error' : undefined}>
          <option value="">{t('form.noElement')}</option>
          {elementOrder(instrument).map((e) => <option key={e.id} value={e.id}>{`${e.id} ${e.name[lang]}`}</option>)}
        </select>
        {msg('lifts') ? <p id="act-lifts-error" className="error-text">{msg('lifts')}</p> : null}
      </div>
      <TextField id="act-raise" label={t('form.raiseBy')} value={v.raiseBy} onChange={set('raiseBy')} error={null} />
      <div className="row">
        <TextField id="act-start" label={t('form.startYear')} value={v.startYear} onChange={set('startYear')} error={msg('startYear')} type="number" />
        <TextField id="act-end" label={t('form.endYear')} value={v.endYear} onChange={set('endYear')} error={msg('endYear')} type="number" />
      </div>
      <TextField id="act-budget" label={t('form.budget')} value={v.budgetNote} onChange={set('budgetNote')} error={msg('budgetNote')} />
      <TextField id="act-output" label={t('form.output')} value={v.outputIndicator} onChange={set('outputIndicator')} error={msg('outputIndicator')} />
      <div className="field">
        <label htmlFor="act-description">{t('form.description')}</label>
        <textarea id="act-description" value={v.description} onChange={set('description')}
          aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? 'act-description-error' : undefined} />
        {msg('description') ? <p id="act-description-error" className="error-text">{msg('description')}</p> : null}
      </div>
      <label className="row">
        <input type="checkbox" checked={v.quickWin} onChange={(e) => setV((old) => ({ ...old, quickWin: e.target.checked }))} /> {t('form.quickWin')}
      </label>
      {hasErrors ? <p className="error-text" role="alert">{t('form.errors.summary')}</p> : null}
      {saved ? <p role="status">{saved}</p> : null}
      <div className="row">
        <button type="submit" className="btn btn-primary">{t('form.save')}</button>
      </div>
    </form>
  );
}
