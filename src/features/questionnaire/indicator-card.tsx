import { memo, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/text-field';
import { withCleared, withLevel, withNotApplicable, withNote } from '../../domain/assessment/answer-edits';
import type { Answer } from '../../domain/assessment/types';
import { LIMITS, validateNaReason, validateNote } from '../../domain/assessment/validation';
import type { IndicatorDef, Lang, Level, RubricLevel } from '../../domain/instrument/types';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { EvidenceSection } from './evidence-section';
import { LevelOptions } from './level-options';
import { NotesDisclosure } from './notes-disclosure';
import { SaveStatus } from './save-status';

export interface IndicatorCardProps {
  readonly indicator: IndicatorDef;
  readonly rubric: readonly RubricLevel[];
  readonly lang: Lang;
  /** Show the question in the other language under it ("Tampilkan terjemahan"). */
  readonly showTranslation: boolean;
  readonly answer: Answer | undefined;
  readonly readOnly: boolean;
  readonly onSave: (answer: Answer) => void;
}

/**
 * One indicator: question, rubric, N/A with reason, note and evidence. Invalid input stays in the
 * field with its message and is not written, so nothing saved changes and nothing typed is lost.
 */
export const IndicatorCard = memo(function IndicatorCard(p: IndicatorCardProps) {
  const { indicator: ind, answer, lang } = p;
  const { t, text } = useCardText(ind.id);
  const [naPending, setNaPending] = useState(false);
  const [reason, setReason] = useState(answer?.naReason ?? '');
  const [note, setNote] = useState(answer?.note ?? '');
  const [touchedReason, setTouchedReason] = useState(false);
  const reasonError = validateNaReason(reason);
  const noteError = validateNote(note);
  const shownLevel = naPending ? 'NA' : (answer?.level ?? null);
  const pending = (naPending && reasonError !== undefined) || noteError !== undefined;

  const chooseLevel = (level: Level) => {
    setNaPending(false);
    p.onSave(withLevel(answer, ind.id, level));
  };
  const chooseNa = () => {
    if (validateNaReason(reason) === undefined) {
      setNaPending(false);
      p.onSave(withNotApplicable(answer, ind.id, reason));
    } else {
      setNaPending(true);
      setTouchedReason(true);
      requestAnimationFrame(() => document.getElementById(`na-${ind.id}`)?.focus());
    }
  };
  const changeReason = (v: string) => {
    setReason(v);
    setTouchedReason(true);
    if (validateNaReason(v) === undefined) {
      setNaPending(false);
      p.onSave(withNotApplicable(answer, ind.id, v));
    } else if (answer?.level === 'NA') setNaPending(true);
  };
  const changeNote = (v: string) => {
    setNote(v);
    if (validateNote(v) === undefined) p.onSave(withNote(answer, ind.id, v));
  };
  const retry = () => answer && p.onSave(answer);
  const clear = () => {
    setNaPending(false);
    p.onSave(withCleared(answer, ind.id));
    document.getElementById(`q-${ind.id}`)?.focus();
  };

  return (
    <article className="card indicator" aria-labelledby={`q-${ind.id}`} data-indicator={ind.id}>
      <IndicatorHead indicator={ind} lang={lang} showTranslation={p.showTranslation} text={text}>
        <SaveStatus indicatorId={ind.id} pending={pending} onRetry={retry} />
      </IndicatorHead>
      {answer?.provenance && <ProvenanceNote provenance={answer.provenance} lang={lang} />}
      <p className="evidence-hint">
        <strong>{text.evidenceHint}:</strong> {ind.evidenceHint[lang]}
      </p>
      <LevelOptions indicator={ind} rubric={p.rubric} lang={lang} value={shownLevel} disabled={p.readOnly}
        onLevel={chooseLevel} onNotApplicable={chooseNa} />
      {!p.readOnly && shownLevel !== null && (
        <button type="button" className="btn btn-small" onClick={clear} aria-label={text.clearLabel}>
          {text.clear}
        </button>
      )}
      {shownLevel === 'NA' && (
        <fieldset disabled={p.readOnly} className="plain">
          <TextField id={`na-${ind.id}`} label={t('naReason')} hint={t('naReasonHint')} value={reason} multiline required
            onChange={changeReason} error={touchedReason ? reasonError : undefined} />
        </fieldset>
      )}
      <NotesDisclosure open={Boolean(answer?.note) || Boolean(answer?.evidence.length)}
        summary={<>{text.note} &amp; {text.evidence}{answer?.evidence.length ? ` (${answer.evidence.length})` : ''}</>}>
        <fieldset disabled={p.readOnly} className="plain">
          <TextField id={`note-${ind.id}`} label={text.note} hint={text.noteHint} value={note}
            multiline onChange={changeNote} error={noteError} />
          <EvidenceSection indicatorId={ind.id} answer={answer} onSave={p.onSave} readOnly={p.readOnly} />
        </fieldset>
      </NotesDisclosure>
    </article>
  );
});

/**
 * The card re-renders on every click on it: its fixed labels are translated once per language, and
 * its parts get them as props instead of each calling `useTranslation` (a hook per part and card).
 */
function useCardText(indicatorId: string) {
  const { t } = useTranslation('questionnaire');
  const text = useMemo(
    () => ({ evidenceHint: t('evidenceHint'), clear: t('clear'), clearLabel: t('clearLabel', { id: indicatorId }), note: t('note'),
      evidence: t('evidence.title'), noteHint: t('noteHint', { max: LIMITS.noteMax }), naAllowedMark: t('naAllowedMark'),
      translation: t('translation') }),
    [t, indicatorId],
  );
  return { t, text };
}

type CardText = ReturnType<typeof useCardText>['text'];

/** Code (with † where "Tidak relevan" is allowed), save state, question and its translation. */
function IndicatorHead(p: { indicator: IndicatorDef; lang: Lang; showTranslation: boolean; text: CardText; children: ReactNode }) {
  const { indicator: ind, lang, text } = p;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return (
    <>
      <header className="indicator-head">
        <span className="indicator-id">{ind.id}</span>
        {ind.naAllowed && (
          <span className="na-mark" title={text.naAllowedMark}>
            <span aria-hidden="true">†</span>
            <span className="visually-hidden">{text.naAllowedMark}</span>
          </span>
        )}
        <span className="spacer" />
        {p.children}
      </header>
      <h3 id={`q-${ind.id}`} className="question" tabIndex={-1}>{ind.question[lang]}</h3>
      {p.showTranslation && (
        <p className="translation muted" lang={other}>
          <span className="visually-hidden">{text.translation}: </span>
          {ind.question[other]}
        </p>
      )}
    </>
  );
}

/** Where a merged answer came from: the OPD, when it answered (if known) and when it was merged. */
function ProvenanceNote({ provenance, lang }: { provenance: NonNullable<Answer['provenance']>; lang: Lang }) {
  const { t } = useTranslation('questionnaire');
  const { opd, answeredAt, mergedAt } = provenance;
  const locale = localeOf(lang);
  const merged = formatDateTime(mergedAt, locale);
  return (
    <p className="provenance muted" data-provenance={opd}>
      {answeredAt ? t('provenanceAnswered', { opd, answered: formatDateTime(answeredAt, locale), merged }) : t('provenance', { opd, merged })}
    </p>
  );
}
