import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { Assessment } from '../../domain/assessment/types';
import type { Progress } from '../../domain/scoring/progress';
import { nowIso } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import type { EditAccess } from '../../state/assessment-store';
import { SaveSummary, type SaveSummaryState } from './save-summary';

interface QuestionnaireHeaderProps {
  readonly assessment: Assessment;
  readonly regionName: string;
  readonly overall: Progress;
  readonly saveState: SaveSummaryState;
  /** `other_tab`: another tab edits this assessment, so this one is read-only. */
  readonly access: EditAccess;
  readonly onStatus: (status: Assessment['status'], now: string) => void;
  readonly onTakeOver: () => void;
}

/** Title, status, overall progress, the saved state, and the read-only and final-status banners. */
export const QuestionnaireHeader = memo(function QuestionnaireHeader({ assessment, regionName, overall, saveState, access, onStatus, onTakeOver }: QuestionnaireHeaderProps) {
  const { t } = useTranslation('questionnaire');
  const canEdit = access === 'editing' || access === 'none';
  return (
    <div className="q-header">
      <h1 tabIndex={-1}>{t('title', { region: regionName, period: assessment.period })}</h1>
      <div className="row">
        <span className={`badge badge-${assessment.status}`}>{t(`common:status.${assessment.status}`)}</span>
        <div className="q-overall">
          <span>{t('overall')}</span>
          <ProgressBar done={overall.done} total={overall.total} label={t('overall')} />
        </div>
        <SaveSummary state={saveState} />
        <span className="spacer" />
        <a className="btn" href={hrefs.results(assessment.id)}>{t('seeResults')}</a>
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
      {assessment.status === 'final' && (
        <div className="banner banner-warning">
          <p>{t('finalBanner')}</p>
          <button type="button" className="btn" disabled={!canEdit} onClick={() => onStatus('draft', nowIso())}>{t('reopen')}</button>
        </div>
      )}
    </div>
  );
});
