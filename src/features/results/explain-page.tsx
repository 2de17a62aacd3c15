import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { instrumentFor, useAssessmentScore, useEvidenceSupport } from '../../state/use-score';
import { ExplainView } from './explain-view';

/** Connected explanation route: how each score was computed, from indicator levels up. */
export default function ExplainPage({ id }: { id: string }) {
  const { t } = useTranslation('results');
  const lang = useSettingsStore((s) => s.lang);
  const { loadStatus, loadError, assessment, load } = useAssessmentStore();
  const catalog = useRegionsStore((s) => s.catalog);
  const score = useAssessmentScore();
  const evidence = useEvidenceSupport();
  useEffect(() => {
    void load(id);
  }, [id, load]);
  if (loadStatus === 'not_found')
    return (
      <section className="page">
        <h1 tabIndex={-1}>{t('common:assessmentNotFound')}</h1>
        <a href={hrefs.home()}>{t('common:backHome')}</a>
      </section>
    );
  if (loadStatus === 'error')
    return <p className="page error-text" role="alert">{t(`common:storage.${loadError ?? 'unavailable'}`)}</p>;
  if (!assessment || assessment.id !== id) return <p className="page" role="status">{t('common:loading')}</p>;
  const ctx = instrumentFor(assessment);
  if (!ctx || !score || !evidence) return <p className="page error-text">{t('common:unknownInstrument')}</p>;
  const region = catalog?.byCode.get(assessment.regionCode)?.name ?? assessment.regionCode;
  return (
    <div className="page explain-page">
      <h1 tabIndex={-1}>{t('page.explainTitle', { region, period: assessment.period })}</h1>
      <p>
        <a href={hrefs.results(assessment.id)}>← {t('page.backToResults')}</a>
      </p>
      <ExplainView instrument={ctx.instrument} score={score} evidence={evidence} lang={lang} />
    </div>
  );
}
