import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { Assessment } from '../../domain/assessment/types';
import { nowIso } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import type { EditAccess } from '../../state/assessment-store';
import { SaveSummary } from './save-summary';

interface QuestionnaireHeaderProps {
  readonly id: string;
  readonly period: number;
  readonly status: Assessment['status'];
  readonly regionName: string;
  /** Overall progress: indicators done of all. */
  readonly done: number;
  readonly total: number;
  /** `other_tab`: another tab edits this assessment, so this one is read-only. */
  readonly access: EditAccess;
  readonly onStatus: (status: Assessment['status'], now: string) => void;
  readonly onTakeOver: () => void;
}

/** Title, status, overall progress, the saved state, and the read-only and final-status banners. */
export const QuestionnaireHeader = memo(function QuestionnaireHeader({ id, period, status, regionName, done, total, access, onStatus, onTakeOver }: QuestionnaireHeaderProps) {
  const { t } = useTranslation('questionnaire');
  const canEdit = access === 'editing' || access === 'none';
  return (
    <div className="q-header">
      <h1 tabIndex={-1}>{t('title', { region: regionName, period: period })}</h1>
      <div className="row">
        <span className={`badge badge-${status}`}>{t(`common:status.${status}`)}</span>
        <div className="q-overall">
          <span>{t('overall')}</span>
          <ProgressBar done={done} total={total} label={t('overall')} />
        </div>
        <SaveSummary />
        <span className="spacer" />
        <a className="btn" href={hrefs.results(id)}>{t('seeResults')}</a>
      </div>
      <div role="status">
        {access === 'other_tab' && (
          <div className="banner banner-warning" data-testid="read-only-banner">
            <p>
              <strong>{t('device:lock.readOnly')}</strong> {t('device:lock.readOnlyHint')}
            </p>
            <button type="button" className="btn btn-primary" onClick={onTakeOver}>{t('device:lock.takeOver')}</button>
          </div>
        )}
      </div>
      {status === 'final' && (
        <div className="banner banner-warning">
          <p>{t('finalBanner')}</p>
          <button type="button" className="btn" disabled={!canEdit} onClick={() => onStatus('draft', nowIso())}>{t('reopen')}</button>
        </div>
      )}
    </div>
  );
});
