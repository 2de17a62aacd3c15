import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerMap, Assessment } from '../../domain/assessment/types';
import { elementOrder, findDimension, findElement, nextElementId, previousElementId } from '../../domain/instrument/lookup';
import type { ElementDef, Instrument } from '../../domain/instrument/types';
import type { Progress } from '../../domain/scoring/progress';
import { progressOf } from '../../domain/scoring/progress';
import type { EditAccess } from '../../state/assessment-store';
import { useAssessmentStore } from '../../state/assessment-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { ElementNav } from './element-nav';
import { ElementNavBar } from './element-nav-bar';
import { IndicatorCard } from './indicator-card';
import { QuestionnaireHeader } from './questionnaire-header';
import { useOpdOf } from './questionnaire-instrument';
import { QuestionnairePager } from './questionnaire-pager';
import { QuestionnaireTools } from './questionnaire-tools';
import { useAfterFirstRender, useShownCards } from './use-shown-cards';
import { WhatsLeftPanel } from './whats-left-panel';

const Nav = memo(ElementNav);

interface QuestionnaireViewProps {
  readonly assessment: Assessment;
  readonly instrument: Instrument;
  readonly element: ElementDef;
  readonly answers: AnswerMap;
  readonly overall: Progress;
  readonly access: EditAccess;
  readonly revision: number;
  /** The indicator in the URL (focused): its card is among the first rendered. */
  readonly indicatorId?: string | undefined;
  readonly actions: {
    readonly onSave: (answer: Answer) => void;
    readonly onUndo: () => void;
    readonly lastChanged: string | undefined;
    readonly onNextUnanswered: () => boolean;
    readonly restored: Readonly<Record<string, number>>;
    readonly headingRef: RefObject<HTMLHeadingElement | null>;
  };
  /** Shown under the header, e.g. the work-package bar (composed by the app shell). */
  readonly children?: ReactNode;
}

/**
 * One element of the questionnaire. A click re-renders its card and the overall counters at once;
 * the element list and "what's left" follow in a deferred (interruptible) render of the answers,
 * so neither the click's frame nor its IndexedDB `complete` waits for them. An element renders its
 * first card at once and the others right after (`useShownCards`; docs/performance.md); when the
 * screen opens, the side list of elements follows the first card too (its column is kept).
 */
export function QuestionnaireView({ assessment, instrument, element, answers, overall, access, revision, indicatorId, actions, children }: QuestionnaireViewProps) {
  const { t } = useTranslation('questionnaire');
  const lang = useSettingsStore((s) => s.lang);
  const showTranslation = useSettingsStore((s) => s.showTranslation);
  const catalog = useRegionsStore((s) => s.catalog);
  const opdOf = useOpdOf(assessment.id);
  const lagging = useDeferredValue(answers);
  const laggingProgress = useMemo(() => progressOf(instrument, lagging), [instrument, lagging]);
  const onStatus = useCallback((st: Assessment['status'], now: string) => void useAssessmentStore.getState().setStatus(st, now), []);
  const onTakeOver = useAssessmentStore((s) => s.takeOver);
  const dimension = findDimension(instrument, element.dimensionId);
  const prevId = previousElementId(instrument, element.id);
  const nextId = nextElementId(instrument, element.id);
  const region = catalog?.byCode.get(assessment.regionCode)?.name ?? assessment.regionCode;
  const readOnly = assessment.status === 'final' || !(access === 'editing' || access === 'none');
  const nameOf = (eid: string | undefined) => (eid ? (findElement(instrument, eid)?.name[lang] ?? eid) : '');
  const order = elementOrder(instrument);
  const { headingRef, restored, onSave } = actions;
  const shown = useShownCards(element, indicatorId);
  const listShown = useAfterFirstRender();
  const heading = useMemo(() => t('elementHeading', { id: element.id, name: element.name[lang] }), [t, element, lang]);
  const nav = useMemo(
    () => <Nav assessmentId={assessment.id} instrument={instrument} progress={laggingProgress} currentElementId={element.id} lang={lang} />,
    [assessment.id, instrument, laggingProgress, element.id, lang],
  );

  return (
    <div className="page questionnaire">
      <QuestionnaireHeader id={assessment.id} period={assessment.period} status={assessment.status} regionName={region}
        done={overall.done} total={overall.total} access={access} onStatus={onStatus} onTakeOver={onTakeOver} />
      {children}
      <QuestionnaireTools onNextUnanswered={actions.onNextUnanswered} onUndo={actions.onUndo} lastChanged={actions.lastChanged} readOnly={readOnly} />
      <WhatsLeftPanel assessmentId={assessment.id} instrument={instrument} answers={lagging} lang={lang} opdOf={opdOf} />
      <div className="q-layout">
        {listShown ? nav : <div className="element-nav" aria-hidden="true" />}
        <ElementNavBar dimension={dimension} elementId={element.id} position={order.indexOf(element) + 1} count={order.length}
          done={overall.done} total={overall.total} lang={lang}>
          {nav}
        </ElementNavBar>
        <section className="q-element" aria-labelledby="element-heading">
          <p className="q-dimension">{dimension?.name[lang]}</p>
          <h2 id="element-heading" ref={headingRef} tabIndex={-1}>{heading}</h2>
          {element.indicators.slice(0, shown.count).map((ind) => (
            // `revision` changes when answers are re-read from storage, `restored` on "Urungkan": cards drop local drafts.
            <IndicatorCard key={`${assessment.id}-${ind.id}-${revision}-${restored[ind.id] ?? 0}`} indicator={ind} rubric={instrument.rubric}
              lang={lang} showTranslation={showTranslation} answer={answers[ind.id]} readOnly={readOnly} onSave={onSave} />
          ))}
          {/* With the last card, so it does not move down as the other cards appear. */}
          {shown.all && <QuestionnairePager assessmentId={assessment.id} prevId={prevId} nextId={nextId} prevName={nameOf(prevId)} nextName={nameOf(nextId)} />}
        </section>
      </div>
    </div>
  );
}
