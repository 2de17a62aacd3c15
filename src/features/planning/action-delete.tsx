import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { emptyPlan, removeAction } from '../../domain/planning';
import type { PlanAction } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';

interface DeleteProps {
  readonly assessmentId: string;
  /** The action to delete; null = the dialog is closed. */
  readonly action: PlanAction | null;
  /** After the dialog closed: the message to show ('' when cancelled or not stored). */
  readonly onClose: (message: string) => void;
}

/**
 * Asks before deleting an action, naming what goes with it: its recorded yearly statuses (listed)
 * and, for a quick win, its place in the quick-win list. Deleting is one stored plan change.
 */
export function ActionDeleteDialog({ assessmentId, action, onClose }: DeleteProps) {
  const { t } = useTranslation('actions');
  const update = usePlanStore((s) => s.update);
  const list = action?.statuses.map((s) => `${s.year} ${t(`status.${s.status}`)}`).join(', ') ?? '';
  const statuses = list ? t('edit.confirmStatuses', { list }) : t('edit.confirmNoStatuses');
  const years = action ? (action.startYear === action.endYear ? String(action.startYear) : `${action.startYear}–${action.endYear}`) : '';
  const message = action
    ? `${t('edit.confirmMessage', { name: action.name, opd: action.opd, years, statuses })}${action.quickWin ? ` ${t('edit.confirmQuickWin')}` : ''}`
    : '';
  const confirm = async () => {
    if (!action) return;
    const now = nowIso();
    const stored = await update((p) => removeAction(p ?? emptyPlan(assessmentId, now), action.id), now);
    onClose(stored ? t('edit.removed', { name: action.name }) : '');
  };
  return (
    <ConfirmDialog open={action !== null} title={t('edit.confirmTitle')} message={message} confirmLabel={t('edit.remove')} cancelLabel={t('edit.cancel')}
      danger onConfirm={() => void confirm()} onCancel={() => onClose('')} />
  );
}
