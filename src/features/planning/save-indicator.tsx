import { useTranslation } from 'react-i18next';
import { usePlanStore } from '../../state/plan-store';

/** Live save status of the plan: "✓ Tersimpan" only after IndexedDB confirmed the write. */
export function SaveIndicator() {
  const { t } = useTranslation('planning');
  const save = usePlanStore((s) => s.save);
  const hasInvalid = usePlanStore((s) => s.invalidFields.size > 0);
  if (hasInvalid) {
    return <p className="error-text plan-save" role="status" data-plan-save="invalid">{t('targets.unsaved')}</p>;
  }
  let text = '';
  if (save.status === 'saving') text = t('plan.saving');
  if (save.status === 'saved') text = t('plan.saved');
  if (save.status === 'error') text = t('plan.saveError', { reason: t(`common:storage.${save.kind}`) });
  return (
    <p className={save.status === 'error' ? 'error-text plan-save' : 'muted plan-save'} role="status" data-plan-save={save.status}>
      {text}
    </p>
  );
}
