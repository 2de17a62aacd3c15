import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrder, findElement } from '../../domain/instrument/lookup';
import { progressOf } from '../../domain/scoring/progress';
import { registerNamespace } from '../../i18n';
import { device } from '../../i18n/locales/device';
import { questionnaire } from '../../i18n/locales/questionnaire';
import { hrefs, replaceRoute } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { PageMessage } from '../../components/ui/page-message';
import { questionnaireInstrument } from './questionnaire-instrument';
import { QuestionnaireView } from './questionnaire-view';
import { useQuestionnaireActions } from './use-questionnaire-actions';
// Its stylesheet is in the first bundle (main.tsx): a lazy chunk with CSS is imported only after that CSS has loaded.

// The questionnaire text (and the edit-lock messages of `device`) ship with this lazy route.
registerNamespace('questionnaire', questionnaire);
registerNamespace('device', device);

export { WhatsLeftPage } from './whats-left-page';

interface QuestionnairePageProps {
  readonly id: string;
  readonly elementId?: string;
  /** The indicator whose card gets focus (from "Yang perlu dilengkapi" and "next unanswered"). */
  readonly indicatorId?: string;
  /** Shown under the header, e.g. the work-package bar (composed by the app shell). */
  readonly children?: ReactNode;
}

/** Loads the assessment, holds the edit lock, opens the first unfinished element; `QuestionnaireView` renders it. */
export default function QuestionnairePage({ id, elementId, indicatorId, children }: QuestionnairePageProps) {
  const { t } = useTranslation('questionnaire');
  const loadStatus = useAssessmentStore((s) => s.loadStatus);
  const loadError = useAssessmentStore((s) => s.loadError);
  const assessment = useAssessmentStore((s) => s.assessment);
  const answers = useAssessmentStore((s) => s.answers);
  const access = useAssessmentStore((s) => s.access);
  const revision = useAssessmentStore((s) => s.revision);
  const { openForEditing } = useAssessmentStore.getState();
  // A save changes `updatedAt` only: the instrument stays the same object, so memoised parts skip.
  const ctxOf = useMemo(() => questionnaireInstrument(assessment), [assessment?.instrumentVersion, assessment?.weightProfileId, assessment?.workPackage]); // eslint-disable-line react-hooks/exhaustive-deps
  const progress = useMemo(() => (ctxOf ? progressOf(ctxOf.instrument, answers) : null), [ctxOf, answers]);
  // One editing tab per assessment: held while this page is open, released when it closes. Each
  // grant reads the assessment and its answers: that read is the page's load.
  useEffect(() => openForEditing(id), [id, openForEditing]);
  const ready = loadStatus === 'ready' && assessment?.id === id && progress !== null;
  const actions = useQuestionnaireActions({
    id, elementId, indicatorId, instrument: ctxOf?.instrument, revision, cardsShown: ready && access !== 'checking' && ctxOf !== null,
  });
  useEffect(() => {
    // Without an element in the URL, open the first unfinished one and pin it in the URL, so
    // finishing that element does not move the user elsewhere.
    if (elementId || !ready || !ctxOf) return;
    const order = elementOrder(ctxOf.instrument);
    const first = order.find((e) => (progress.byElement[e.id]?.done ?? 0) < e.indicators.length) ?? order[0];
    if (first) replaceRoute(hrefs.questionnaire(id, first.id));
  }, [elementId, ready, ctxOf, progress, id]);

  if (loadStatus === 'not_found') return <PageMessage text={t('common:assessmentNotFound')} />;
  if (loadStatus === 'error') return <PageMessage text={t(`common:storage.${loadError ?? 'unavailable'}`)} />;
  // While the edit lock is being settled, the answers are read once more (openForEditing) and the
  // cards would then mount a second time (`revision`): wait, so the first question renders once.
  const isSettling = access === 'checking';
  if (!assessment || assessment.id !== id || !progress || isSettling) return <p className="page" role="status">{t('common:loading')}</p>;
  if (!ctxOf) return <PageMessage text={t('common:unknownInstrument')} />;
  const { instrument } = ctxOf;
  if (!elementId) return <p className="page" role="status">{t('common:loading')}</p>;
  const element = findElement(instrument, elementId);
  if (!element) return <PageMessage text={t('common:notFound')} />;
  return (
    <QuestionnaireView assessment={assessment} instrument={instrument} element={element} answers={answers} overall={progress.overall}
      access={access} revision={revision} indicatorId={indicatorId} actions={actions}>
      {children}
    </QuestionnaireView>
  );
}
