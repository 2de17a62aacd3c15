import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { PageMessage } from '../../components/ui/page-message';
import { questionnaireInstrument, useOpdOf } from './questionnaire-instrument';
import { WhatsLeftView } from './whats-left-view';

/**
 * `#/penilaian/<id>/lengkapi`: what is left to complete, with search; each entry opens its card.
 * Shipped in the questionnaire's chunk (re-exported by questionnaire-page, which registers the text).
 */
export function WhatsLeftPage({ id }: { readonly id: string }) {
  const { t } = useTranslation('questionnaire');
  const lang = useSettingsStore((s) => s.lang);
  const { loadStatus, loadError, assessment, answers, load } = useAssessmentStore();
  const catalog = useRegionsStore((s) => s.catalog);
  const opdOf = useOpdOf(id);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  if (loadStatus === 'not_found') return <PageMessage text={t('common:assessmentNotFound')} />;
  if (loadStatus === 'error') return <PageMessage text={t(`common:storage.${loadError ?? 'unavailable'}`)} />;
  const ctx = questionnaireInstrument(assessment);
  if (!assessment || assessment.id !== id || !ctx) return <p className="page" role="status">{t('common:loading')}</p>;
  const region = catalog?.byCode.get(assessment.regionCode)?.name ?? assessment.regionCode;
  return (
    <section className="page" aria-labelledby="left-title">
      <h1 id="left-title" tabIndex={-1}>{t('left.pageTitle', { region, period: assessment.period })}</h1>
      <p>{t('left.intro')}</p>
      <p><a href={hrefs.questionnaire(id)}>← {t('left.back')}</a></p>
      <WhatsLeftView assessmentId={id} instrument={ctx.instrument} answers={answers} lang={lang} opdOf={opdOf} />
    </section>
  );
}
