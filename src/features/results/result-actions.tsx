import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import type { AssessmentStatus } from '../../domain/assessment/types';
import { nowIso } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import { nextStepOf } from './next-step';

interface ResultActionsProps {
  readonly id: string;
  readonly status: AssessmentStatus;
  readonly isFinalEligible: boolean;
  readonly onStatus: (status: AssessmentStatus, now: string) => void;
}

/**
 * The one primary next step (continue answering → the "what's left" list, mark final, print) and,
 * for a final assessment, reopening it. "Tandai final" asks first and says what changes.
 */
export function ResultActions({ id, status, isFinalEligible, onStatus }: ResultActionsProps) {
  const { t } = useTranslation('results');
  const [isConfirming, setConfirming] = useState(false);
  const step = nextStepOf(status, isFinalEligible);
  return (
    <div className="row">
      {step === 'continue' ? <a className="btn btn-primary" href={hrefs.whatsLeft(id)}>{t('page.continue')}</a> : null}
      {step === 'finalize' ? (
        <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)}>{t('page.finalize')}</button>
      ) : null}
      {step === 'print' ? (
        <>
          <a className="btn btn-primary" href={hrefs.report(id)}>{t('page.print')}</a>
          <button type="button" className="btn" onClick={() => onStatus('draft', nowIso())}>{t('page.reopen')}</button>
        </>
      ) : null}
      <ConfirmDialog open={isConfirming} title={t('page.finalizeTitle')} message={t('page.finalizeMessage')}
        confirmLabel={t('page.finalizeConfirm')} cancelLabel={t('common:cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onStatus('final', nowIso());
        }} />
    </div>
  );
}
