import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { SaveSummary } from './save-summary';

interface QuestionnairePagerProps {
  readonly assessmentId: string;
  readonly prevId: string | undefined;
  readonly nextId: string | undefined;
  /** The names of the previous and next elements (for the links' labels). */
  readonly prevName: string;
  readonly nextName: string;
}

/** Previous / the saved state / Next (or "Lihat hasil" after the last element); a bottom bar on phones. */
export const QuestionnairePager = memo(function QuestionnairePager({ assessmentId, prevId, nextId, prevName, nextName }: QuestionnairePagerProps) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="q-pager row">
      {prevId && (
        <a className="btn" href={hrefs.questionnaire(assessmentId, prevId)} aria-label={t('previousLabel', { name: prevName })}>
          ← {t('previous')}
        </a>
      )}
      <span className="spacer" />
      <SaveSummary inBar />
      <span className="spacer" />
      {nextId ? (
        <a className="btn btn-primary" href={hrefs.questionnaire(assessmentId, nextId)} aria-label={t('nextLabel', { name: nextName })}>
          {t('next')} →
        </a>
      ) : (
        <a className="btn btn-primary" href={hrefs.results(assessmentId)}>{t('seeResults')} →</a>
      )}
    </div>
  );
});
