import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../components/ui/field-error';
import { TextField } from '../../components/ui/text-field';
import { EVIDENCE_KINDS } from '../../domain/assessment/types';
import type { EvidenceDraft, FieldErrors } from '../../domain/assessment/validation';
import { hasErrors, validateEvidence } from '../../domain/assessment/validation';

// No kind preselected: the kind decides which level the evidence can support, so the user chooses.
const EMPTY: EvidenceDraft = { kind: '', title: '', reference: '', url: '', date: '', ownerOpd: '' };

/** Warns before the page closes while an evidence form holds typed text. */
function useUnsavedGuard(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);
}

export function EvidenceForm(p: { idPrefix: string; onSubmit: (d: EvidenceDraft) => void; onCancel: () => void }) {
  const { t } = useTranslation('questionnaire');
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof EvidenceDraft>>({});
  useUnsavedGuard(draft.kind !== '' || draft.title !== '' || draft.reference !== '' || draft.url !== '');
  const set = (k: keyof EvidenceDraft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = () => {
    const found = validateEvidence(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    p.onSubmit(draft);
  };
  const id = (k: string) => `${p.idPrefix}-${k}`;
  return (
    <div className="evidence-form" role="group" aria-label={t('evidence.add')}>
      <div className="field">
        <label htmlFor={id('kind')}>{t('evidence.kind')}</label>
        <select id={id('kind')} value={draft.kind} onChange={(e) => set('kind')(e.target.value)}
          aria-describedby={errors.kind ? id('kind-error') : undefined} aria-invalid={errors.kind ? true : undefined} aria-required>
          <option value="" disabled>{t('evidence.chooseKind')}</option>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>{t(`evidence.kinds.${k}`)}</option>
          ))}
        </select>
        <FieldErrorText id={id('kind-error')} error={errors.kind} />
      </div>
      <TextField id={id('title')} label={t('evidence.docTitle')} value={draft.title} onChange={set('title')} error={errors.title} required />
      <TextField id={id('reference')} label={t('evidence.reference')} value={draft.reference} onChange={set('reference')} error={errors.reference} />
      <TextField id={id('url')} label={t('evidence.url')} hint={t('evidence.urlHint')} type="url" value={draft.url} onChange={set('url')} error={errors.url} />
      <TextField id={id('date')} label={t('evidence.date')} type="date" value={draft.date} onChange={set('date')} error={errors.date} />
      <TextField id={id('owner')} label={t('evidence.ownerOpd')} value={draft.ownerOpd} onChange={set('ownerOpd')} error={errors.ownerOpd} />
      <div className="row">
        <button type="button" className="btn btn-primary btn-small" onClick={submit}>{t('evidence.save')}</button>
        <button type="button" className="btn btn-small" onClick={p.onCancel}>{t('common:cancel')}</button>
      </div>
    </div>
  );
}
