import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import type { PlanningContext } from './use-planning-context';

/** What a planning route shows until its assessment and plan are ready (loading, missing, unreadable). */
export function PlanningFallback({ context }: { context: Exclude<PlanningContext, { status: 'ready' }> }) {
  const { t } = useTranslation('planning');
  if (context.status === 'loading') return <p className="page" role="status">{t('common:loading')}</p>;
  const text = context.status === 'not_found' ? t('common:assessmentNotFound') : context.status === 'error' ? t('common:storage.unavailable') : t('common:unknownInstrument');
  return (
    <section className="page">
      <h1 tabIndex={-1}>{text}</h1>
      <a href={hrefs.home()}>{t('common:backHome')}</a>
    </section>
  );
}
