import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { instrumentFor, useAssessmentScore, useEvidenceSupport } from '../../state/use-score';
import { ResultActions } from './result-actions';
import { ResultsView } from './results-view';
import { PageMessage } from '../../components/ui/page-message';

/** Connected results route: loads the assessment, derives its score, renders ResultsView. */
export default function ResultsPage({ id }: { id: string }) {
  const { t } = useTranslation('results');
  const lang = useSettingsStore((s) => s.lang);
  const { loadStatus, loadError, assessment, load, setStatus } = useAssessmentStore();
  const catalog = useRegionsStore((s) => s.catalog);
  const score = useAssessmentScore();
  const evidence = useEvidenceSupport();
  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (loadStatus === 'not_found') return <PageMessage text={t('common:assessmentNotFound')} />;
  if (loadStatus === 'error') return <PageMessage text={t(`common:storage.${loadError ?? 'unavailable'}`)} />;
  if (!assessment || assessment.id !== id) return <p className="page" role="status">{t('common:loading')}</p>;
  const ctx = instrumentFor(assessment);
  if (!ctx || !score || !evidence) return <PageMessage text={t('common:unknownInstrument')} />;
  const region = catalog?.byCode.get(assessment.regionCode);
  const province = region ? catalog?.provinceByCode.get(region.provinceCode) : undefined;
  const actions = (
    <ResultActions id={assessment.id} status={assessment.status} isFinalEligible={score.isFinalEligible}
      onStatus={(status, now) => void setStatus(status, now)} />
  );
  return (
    <div className="page results-page">
      <h1 tabIndex={-1}>
        {t('page.title', { region: region?.name ?? assessment.regionCode, period: assessment.period })}
      </h1>
      <p className="muted">
        {region && province ? `${region.code} · ${province.name} · ` : ''}
        <span className={`badge badge-${assessment.status}`}>{t(`common:status.${assessment.status}`)}</span>
        {` · ${t('page.instrument', { version: assessment.instrumentVersion })}`}
      </p>
      <nav className="sc-more" aria-label={t('page.more')}>
        <span>{t('page.more')}:</span>
        <a href={hrefs.explain(assessment.id)}>{t('page.explain')}</a>
        <a href={hrefs.compare([assessment.id])}>{t('page.compare')}</a>
        <a href={hrefs.benchmark(assessment.id)}>{t('page.benchmark')}</a>
      </nav>
      <ResultsView instrument={ctx.instrument} score={score} status={assessment.status} evidence={evidence} lang={lang}
        whatsLeftHref={hrefs.whatsLeft(assessment.id)} whomToVisitHref={(elementId) => hrefs.whomToVisit(elementId, assessment.id)} actions={actions} />
    </div>
  );
}
