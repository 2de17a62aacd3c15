import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrder } from '../../domain/instrument/lookup';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { actionContextOf, buildAction, statusesOutside, validateAction } from '../../domain/planning';
import type { ActionErrors, ActionLift, ActionValues, ActionYearRange, PlanAction } from '../../domain/planning';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';
import { OpdInput } from './opd-input';

interface ActionFormProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly years: ActionYearRange;
  readonly lang: Lang;
  /** The saved action being edited; absent = a new action. */
  readonly editing?: PlanAction;
  /** After a stored save (or a cancelled edit: empty message): the message and the edited action's id. */
  readonly onDone: (message: string, editedId?: string) => void;
  /** Kept mounted but hidden while another action is edited, so a half-typed new action stays. */
  readonly hidden?: boolean;
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

type FormValues = ReturnType<typeof formValues>;

/** The form's text values: blank for a new action, or those of `a` (an edit). */
function formValues(first: number, a: PlanAction | undefined, lang: Lang) {
  const lift = a?.lifts[0];
  const raise = lift?.raiseBy === undefined ? '' : String(lift.raiseBy);
  return {
    name: a?.name ?? '', opd: a?.opd ?? '', supporting: a?.supportingOpds.join(', ') ?? '', elementId: lift?.elementId ?? '',
    raiseBy: lang === 'id' ? raise.replace('.', ',') : raise, startYear: String(a?.startYear ?? first), endYear: String(a?.endYear ?? first),
    budgetNote: a?.budgetNote ?? '', outputIndicator: a?.outputIndicator ?? '', description: a?.description ?? '', quickWin: a?.quickWin ?? false,
  };
}

/** The lifts to store: the form's element (keeping its indicators on an edit) and the edited action's other lifts. */
function liftsOf(v: FormValues, editing: PlanAction | undefined): ActionLift[] {
  const raise = Number(v.raiseBy.replace(',', '.'));
  const kept = editing?.lifts.find((l) => l.elementId === v.elementId)?.indicatorIds;
  const first = v.elementId === '' ? [] : [{
    elementId: v.elementId, ...(kept ? { indicatorIds: kept } : {}), ...(v.raiseBy.trim() !== '' && Number.isFinite(raise) ? { raiseBy: raise } : {}),
  }];
  return [...first, ...(editing?.lifts.slice(1).filter((l) => l.elementId !== v.elementId) ?? [])];
}

/**
 * The form adding an action, or editing `editing` (same checks; saving replaces it by id, keeping its
 * creation time, quick-win date, source and the statuses still within its years). Checked as a
 * whole on save, each refusal shown inline; nothing stored while any.
 */
export function ActionForm({ assessmentId, instrument, years, lang, editing, onDone, hidden, fixedOpd }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const addAction = usePlanStore((s) => s.addAction);
  const [v, setV] = useState(() => formValues(years.first, editing, lang));
  const [errors, setErrors] = useState<ActionErrors>({});
  const nameRef = useRef<HTMLDivElement>(null);
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) nameRef.current?.querySelector('input')?.focus();
  }, [editingId]);
  const set = (key: keyof FormValues) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [key]: e.target.value }));
  const submit = async () => {
    const values: ActionValues = {
      name: v.name, opd: fixedOpd ?? v.opd, supportingOpds: v.supporting.split(','), description: v.description, lifts: liftsOf(v, editing),
      startYear: Number(v.startYear), endYear: Number(v.endYear), budgetNote: v.budgetNote, outputIndicator: v.outputIndicator, quickWin: v.quickWin,
      ...(editing?.dueDate ? { dueDate: editing.dueDate } : {}), ...(editing?.source ? { source: editing.source } : {}),
    };
    const found = validateAction(values, actionContextOf(instrument, years));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const now = nowIso();
    if (await addAction(assessmentId, buildAction(values, editing?.id ?? crypto.randomUUID(), now, editing), now)) {
      onDone(t(editing ? 'edit.saved' : 'form.saved', { name: values.name.trim() }), editing?.id);
      if (!editing) setV(formValues(years.first, undefined, lang));
    }
  };
  const p = editing ? 'act-edit' : 'act';
  const dropped = editing ? statusesOutside(editing, Number(v.startYear), Number(v.endYear)) : [];
  const msg = (field: Field) => {
    const code = errors[field];
    return code ? t(`form.errors.${code}`, { first: years.first, last: years.last }) : null;
  };
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="card plan-form" noValidate aria-labelledby={`${p}-title`} hidden={hidden} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={`${p}-title`}>{editing ? t('edit.heading', { name: editing.name }) : t('form.heading')}</h2>
      <div ref={nameRef}><TextField id={`${p}-name`} label={t('form.name')} value={v.name} onChange={set('name')} error={msg('name')} /></div>
      {fixedOpd ? <p>{t('form.opd')}: <strong>{fixedOpd}</strong></p> : <div className="field">
        <label htmlFor={`${p}-opd`}>{t('form.opd')}</label>
        <OpdInput id={`${p}-opd`} value={v.opd} onChange={(opd) => setV((old) => ({ ...old, opd }))} invalid={Boolean(errors.opd)} describedBy={errors.opd ? `${p}-opd-error` : undefined} />
        {msg('opd') ? <p id={`${p}-opd-error`} className="error-text">{msg('opd')}</p> : null}
      </div>}
      <TextField id={`${p}-supporting`} label={t('form.supporting')} value={v.supporting} onChange={set('supporting')} error={msg('supportingOpds')} />
      <div className="field">
        <label htmlFor={`${p}-element`}>{t('form.element')}</label>
        <select id={`${p}-element`} value={v.elementId} onChange={set('elementId')}
          aria-invalid={errors.lifts ? true : undefined} aria-describedby={errors.lifts ? `${p}-lifts-error` : undefined}>
          <option value="">{t('form.noElement')}</option>
          {elementOrder(instrument).map((e) => <option key={e.id} value={e.id}>{`${e.id} ${e.name[lang]}`}</option>)}
        </select>
        {msg('lifts') ? <p id={`${p}-lifts-error`} className="error-text">{msg('lifts')}</p> : null}
      </div>
      <TextField id={`${p}-raise`} label={t('form.raiseBy')} value={v.raiseBy} onChange={set('raiseBy')} error={null} />
      <div className="row">
        <TextField id={`${p}-start`} label={t('form.startYear')} value={v.startYear} onChange={set('startYear')} error={msg('startYear')} type="number" />
        <TextField id={`${p}-end`} label={t('form.endYear')} value={v.endYear} onChange={set('endYear')} error={msg('endYear')} type="number" />
      </div>
      {dropped.length > 0 ? <p className="error-text" role="alert">{t('edit.dropsStatuses', { list: dropped.map((d) => `${d.year} ${t(`status.${d.status}`)}`).join(', ') })}</p> : null}
      {editing && editing.lifts.length > 1 ? <p className="muted">{t('edit.otherLifts', { ids: editing.lifts.slice(1).map((l) => l.elementId).join(', ') })}</p> : null}
      <TextField id={`${p}-budget`} label={t('form.budget')} value={v.budgetNote} onChange={set('budgetNote')} error={msg('budgetNote')} />
      <TextField id={`${p}-output`} label={t('form.output')} value={v.outputIndicator} onChange={set('outputIndicator')} error={msg('outputIndicator')} />
      <div className="field">
        <label htmlFor={`${p}-description`}>{t('form.description')}</label>
        <textarea id={`${p}-description`} value={v.description} onChange={set('description')}
          aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? `${p}-description-error` : undefined} />
        {msg('description') ? <p id={`${p}-description-error`} className="error-text">{msg('description')}</p> : null}
      </div>
      <label className="row">
        <input type="checkbox" checked={v.quickWin} onChange={(e) => setV((old) => ({ ...old, quickWin: e.target.checked }))} /> {t('form.quickWin')}
      </label>
      {hasErrors ? <p className="error-text" role="alert">{t('form.errors.summary')}</p> : null}
      <div className="row">
        <button type="submit" className="btn btn-primary">{editing ? t('edit.save') : t('form.save')}</button>
        {editing ? <button type="button" className="btn" onClick={() => onDone('', editing.id)}>{t('edit.cancel')}</button> : null}
      </div>
    </form>
  );
}
