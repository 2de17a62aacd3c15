import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import type { SaveState } from '../../state/assessment-store';
import { SaveSummary } from './save-summary';

interface QuestionnairePagerProps {
  readonly assessmentId: string;
  readonly prevId: string | undefined;
  readonly nextId: string | undefined;
  readonly nameOf: (elementId: string) => string;
  readonly saves: Readonly<Record<string, SaveState>>;
}

/** Previous / the saved state / Next (or "Lihat hasil" after the last element); a bottom bar on phones. */
export function QuestionnairePager({ assessmentId, prevId, nextId, nameOf, saves }: QuestionnairePagerProps) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="q-pager row">
      {prevId && (
        <a className="btn" href={hrefs.questionnaire(assessmentId, prevId)} aria-label={t('previousLabel', { name: nameOf(prevId) })}>
          ← {t('previous')}
        </a>
      )}
      <span className="spacer" />
      <SaveSummary saves={saves} inBar />
      <span className="spacer" />
      {nextId ? (
        <a className="btn btn-primary" href={hrefs.questionnaire(assessmentId, nextId)} aria-label={t('nextLabel', { name: nameOf(nextId) })}>
          {t('next')} →
        </a>
      ) : (
        <a className="btn btn-primary" href={hrefs.results(assessmentId)}>{t('seeResults')} →</a>
      )}
    </div>
  );
}
