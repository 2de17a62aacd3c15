import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrder, findDimension, findElement, nextElementId, previousElementId } from '../../domain/instrument/lookup';
import type { Assessment } from '../../domain/assessment/types';
import { progressOf } from '../../domain/scoring/progress';
import { registerNamespace } from '../../i18n';
import { device } from '../../i18n/locales/device';
import { questionnaire } from '../../i18n/locales/questionnaire';
import { hrefs, replaceRoute } from '../../lib/routes';
import { useAssessmentStore } from '../../state/assessment-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { ElementNav } from './element-nav';
import { ElementNavBar } from './element-nav-bar';
import { IndicatorCard } from './indicator-card';
import { PageMessage } from '../../components/ui/page-message';
import { QuestionnaireHeader } from './questionnaire-header';
import { QuestionnaireTools } from './questionnaire-tools';
import { QuestionnairePager } from './questionnaire-pager';
import { summarizeSaves } from './save-summary';
import { WhatsLeftPanel } from './whats-left-panel';
import { questionnaireInstrument, useOpdOf } from './questionnaire-instrument';
import { useQuestionnaireActions } from './use-questionnaire-actions';
import './questionnaire.css';

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

export default function QuestionnairePage({ id, elementId, indicatorId, children }: QuestionnairePageProps) {
  const { t } = useTranslation('questionnaire');
  const lang = useSettingsStore((s) => s.lang);
  const showTranslation = useSettingsStore((s) => s.showTranslation);
  const loadStatus = useAssessmentStore((s) => s.loadStatus);
  const loadError = useAssessmentStore((s) => s.loadError);
  const assessment = useAssessmentStore((s) => s.assessment);
  const answers = useAssessmentStore((s) => s.answers);
  const saves = useAssessmentStore((s) => s.saves);
  const access = useAssessmentStore((s) => s.access);
  const revision = useAssessmentStore((s) => s.revision);
  const { load, setStatus, openForEditing, takeOver } = useAssessmentStore.getState();
  const opdOf = useOpdOf(id);
  const catalog = useRegionsStore((s) => s.catalog);
  // A save changes `updatedAt` only: the instrument stays the same object, so memoised parts skip.
  const ctxOf = useMemo(() => questionnaireInstrument(assessment), [assessment?.instrumentVersion, assessment?.weightProfileId, assessment?.workPackage]); // eslint-disable-line react-hooks/exhaustive-deps
  const progress = useMemo(() => (ctxOf ? progressOf(ctxOf.instrument, answers) : null), [ctxOf, answers]);
  // A click renders its card and the counters at once; the element list and "what's left" follow
  // in a deferred (interruptible) render, so the click's frame and its IndexedDB write wait for neither.
  const lagging = useDeferredValue(answers);
  const laggingProgress = useMemo(() => (ctxOf ? progressOf(ctxOf.instrument, lagging) : null), [ctxOf, lagging]);
  const saveState = summarizeSaves(saves);
  const onStatus = useCallback((st: Assessment['status'], now: string) => void setStatus(st, now), [setStatus]);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  // One editing tab per assessment: held while this page is open, released when it closes.
  useEffect(() => openForEditing(id), [id, openForEditing]);
  const ready = loadStatus === 'ready' && assessment?.id === id && progress !== null;
  const { onSave, onUndo, lastChanged, onNextUnanswered, restored, headingRef } = useQuestionnaireActions({
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
  const dimension = findDimension(instrument, element.dimensionId);
  const prevId = previousElementId(instrument, element.id);
  const nextId = nextElementId(instrument, element.id);
  const region = catalog?.byCode.get(assessment.regionCode)?.name ?? assessment.regionCode;
  const canEdit = access === 'editing' || access === 'none';
  const readOnly = assessment.status === 'final' || !canEdit;
  const nameOf = (eid: string | undefined) => (eid ? (findElement(instrument, eid)?.name[lang] ?? eid) : '');
  const order = elementOrder(instrument);
  const nav = (
    <ElementNav assessmentId={assessment.id} instrument={instrument} progress={laggingProgress ?? progress} currentElementId={element.id} lang={lang} />
  );

  return (
    <div className="page questionnaire">
      <QuestionnaireHeader assessment={assessment} regionName={region} overall={progress.overall} saveState={saveState}
        access={access} onStatus={onStatus} onTakeOver={takeOver} />
      {children}
      <QuestionnaireTools onNextUnanswered={onNextUnanswered} onUndo={onUndo} lastChanged={lastChanged} readOnly={readOnly} />
      <WhatsLeftPanel assessmentId={assessment.id} instrument={instrument} answers={lagging} lang={lang} opdOf={opdOf} />
      <div className="q-layout">
        {nav}
        <ElementNavBar dimension={dimension} elementId={element.id} position={order.indexOf(element) + 1} count={order.length}
          overall={progress.overall} lang={lang}>
          {nav}
        </ElementNavBar>
        <section className="q-element" aria-labelledby="element-heading">
          <p className="q-dimension">{dimension?.name[lang]}</p>
          <h2 id="element-heading" ref={headingRef} tabIndex={-1}>{t('elementHeading', { id: element.id, name: element.name[lang] })}</h2>
          {element.indicators.map((ind) => (
            // `revision` changes when answers are re-read from storage, `restored` on "Urungkan": cards drop local drafts.
            <IndicatorCard key={`${assessment.id}-${ind.id}-${revision}-${restored[ind.id] ?? 0}`} indicator={ind} rubric={instrument.rubric}
              lang={lang} showTranslation={showTranslation} answer={answers[ind.id]} saveState={saves[ind.id]} readOnly={readOnly} onSave={onSave} />
          ))}
          <QuestionnairePager assessmentId={assessment.id} prevId={prevId} nextId={nextId} prevName={nameOf(prevId)} nextName={nameOf(nextId)}
            saveState={saveState} />
        </section>
      </div>
    </div>
  );
}
