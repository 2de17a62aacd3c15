import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { AnswerMap } from '../../domain/assessment/types';
import { rubricLevel } from '../../domain/instrument/lookup';
import type { Instrument, Lang, Level, WeightProfile } from '../../domain/instrument/types';
import { chooseQuickWin, emptyPlan, quickWinsOf, rankQuickWins, removeQuickWin, validateQuickWin } from '../../domain/planning';
import type { QuickWinCandidate } from '../../domain/planning';
import type { AssessmentPlan, ChosenQuickWin } from '../../domain/planning/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { localeOf } from '../../i18n';
import { nowIso } from '../../lib/clock';
import { formatScore5 } from '../../lib/format';
import { usePlanStore } from '../../state/plan-store';
import { OpdInput } from './opd-input';
import { elementName, indicatorQuestion } from './instrument-names';

interface QuickWinsProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly weights: WeightProfile;
  readonly answers: AnswerMap;
  readonly score: ScoreResult;
  readonly plan: AssessmentPlan | null;
  readonly lang: Lang;
}

/** Ranked quick-win suggestions, the form to choose one, and the chosen list. */
export function QuickWinsSection(p: QuickWinsProps) {
  const { t } = useTranslation('planning');
  const update = usePlanStore((s) => s.update);
  const [choosing, setChoosing] = useState<string | null>(null);
  const locale = localeOf(p.lang);
  const ranked = rankQuickWins(p.instrument, p.weights, p.answers, p.score);
  const chosen = p.plan ? quickWinsOf(p.plan) : [];
  const label = (id: string) => `${id} ${elementName(p.instrument, id, p.lang)}`;
  const levelText = (level: number) => {
    const r = rubricLevel(p.instrument, level as Level);
    return { level, levelName: r?.name[p.lang] ?? String(level), descriptor: r?.descriptor[p.lang] ?? '' };
  };
  return (
    <Section title={t('quickWins.heading')}>
      <p className="muted">{t('quickWins.intro')}</p>
      {ranked.suggestions.length === 0 ? <p>{t('quickWins.none')}</p> : (
        <SuggestionsTable suggestions={ranked.suggestions} chosenIds={new Set(chosen.map((c) => c.elementId))} label={label}
          question={(id) => indicatorQuestion(p.instrument, id, p.lang)} locale={locale} levelText={levelText} onChoose={setChoosing} />
      )}
      {ranked.needsAnswers.length > 0 ? <p className="muted">{t('quickWins.needsAnswers', { elements: ranked.needsAnswers.join(', ') })}</p> : null}
      {choosing ? (
        <QuickWinForm elementLabel={label(choosing)} onCancel={() => setChoosing(null)}
          onSave={async (values) => {
            const now = nowIso();
            const ok = await update((plan) => chooseQuickWin(plan ?? emptyPlan(p.assessmentId, now), { elementId: choosing, ...values, chosenAt: now }), now);
            if (ok) setChoosing(null);
          }} />
      ) : null}
      <h3>{t('quickWins.chosenHeading')}</h3>
      <ChosenQuickWins chosen={chosen} label={label} locale={locale}
        onRemove={(elementId) => void update((plan) => removeQuickWin(plan ?? emptyPlan(p.assessmentId, nowIso()), elementId), nowIso())} />
    </Section>
  );
}

/** Suggestions shown before "show all": enough to choose from without a wall of text. */
const TOP_SUGGESTIONS = 6;

interface SuggestionsProps {
  readonly suggestions: readonly QuickWinCandidate[];
  readonly chosenIds: ReadonlySet<string>;
  readonly label: (elementId: string) => string;
  /** The question of an indicator, shown with each raise. */
  readonly question: (indicatorId: string) => string;
  readonly locale: string;
  readonly levelText: (level: number) => { level: number; levelName: string; descriptor: string };
  readonly onChoose: (elementId: string) => void;
}

/**
 * The ranked suggestions (the top few, or all on request): per element the indicator raises, and
 * once per target level the rubric descriptor of that level.
 */
function SuggestionsTable({ suggestions, chosenIds, label, question, locale, levelText, onChoose }: SuggestionsProps) {
  const { t } = useTranslation('planning');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? suggestions : suggestions.slice(0, TOP_SUGGESTIONS);
  return (
    <>
      <ScrollTable caption={t('quickWins.caption')} className="plan-table">
        <thead>
          <tr>
            <th scope="col">{t('quickWins.element')}</th>
            <th scope="col" className="num">{t('quickWins.current')}</th>
            <th scope="col" className="num">{t('quickWins.next')}</th>
            <th scope="col" className="num">{t('quickWins.steps')}</th>
            <th scope="col">{t('quickWins.raises')}</th>
            <th scope="col"><span className="visually-hidden">{t('quickWins.choose')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.elementId}>
              <th scope="row">{label(s.elementId)}</th>
              <td className="num">{formatScore5(s.currentScore, locale)}</td>
              <td className="num">{s.nextLevel}</td>
              <td className="num">{t('quickWins.stepsCount', { count: s.steps })}</td>
              <td>
                <ul className="plan-raises">
                  {s.raises.map((r) => (
                    <li key={r.indicatorId}>
                      {t('quickWins.raise', { indicator: r.indicatorId, from: r.from, to: r.to })} <span className="muted">— {question(r.indicatorId)}</span>
                    </li>
                  ))}
                </ul>
                {[...new Set(s.raises.map((r) => r.to))].map((to) => (
                  <p key={to} className="plan-descriptor muted">{t('quickWins.levelDescriptor', levelText(to))}</p>
                ))}
              </td>
              <td>
                {chosenIds.has(s.elementId) ? <span className="badge badge-final">{t('quickWins.chosen')}</span> : (
                  <button type="button" className="btn btn-small" aria-label={t('quickWins.chooseFor', { element: label(s.elementId) })}
                    onClick={() => onChoose(s.elementId)}>
                    {t('quickWins.choose')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {suggestions.length > TOP_SUGGESTIONS ? (
        <button type="button" className="btn btn-small btn-ghost" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('quickWins.showFewer', { count: TOP_SUGGESTIONS }) : t('quickWins.showAll', { count: suggestions.length })}
        </button>
      ) : null}
    </>
  );
}

interface ChosenProps {
  readonly chosen: readonly ChosenQuickWin[];
  readonly label: (elementId: string) => string;
  readonly locale: string;
  readonly onRemove: (elementId: string) => void;
}

/** The chosen quick wins with owner OPD, due date and note, each removable. */
function ChosenQuickWins({ chosen, label, locale, onRemove }: ChosenProps) {
  const { t } = useTranslation('planning');
  return (
    <>
      {chosen.length === 0 ? <p className="muted">{t('quickWins.chosenNone')}</p> : (
        <ScrollTable caption={t('quickWins.chosenCaption')} isCaptionHidden className="plan-table">
          <thead>
            <tr>
              <th scope="col">{t('quickWins.element')}</th>
              <th scope="col">{t('quickWins.ownerOpd')}</th>
              <th scope="col">{t('quickWins.dueDate')}</th>
              <th scope="col">{t('quickWins.note')}</th>
              <th scope="col"><span className="visually-hidden">{t('quickWins.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((c) => (
              <tr key={c.elementId}>
                <th scope="row">{label(c.elementId)}</th>
                <td>{c.ownerOpd}</td>
                <td>{new Date(`${c.dueDate}T00:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })}</td>
                <td>{c.note ?? ''}</td>
                <td>
                  <button type="button" className="btn btn-small btn-danger" aria-label={t('quickWins.removeFor', { element: label(c.elementId) })}
                    onClick={() => onRemove(c.elementId)}>
                    {t('quickWins.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

interface QuickWinValues {
  readonly ownerOpd: string;
  readonly dueDate: string;
  readonly note?: string;
}

function QuickWinForm({ elementLabel, onSave, onCancel }: { elementLabel: string; onSave: (v: QuickWinValues) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation('planning');
  const [ownerOpd, setOwnerOpd] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [elementLabel]);
  const submit = async () => {
    const values: QuickWinValues = { ownerOpd: ownerOpd.trim(), dueDate, ...(note.trim() ? { note: note.trim() } : {}) };
    const found = validateQuickWin(values);
    setErrors(found);
    if (Object.keys(found).length === 0) await onSave(values);
  };
  const err = (field: string) => {
    const code = errors[field];
    return code ? <p id={`qw-${field}-error`} className="error-text">{t(`quickWins.errors.${field}.${code}`)}</p> : null;
  };
  return (
    <form className="card plan-form" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 ref={heading} tabIndex={-1}>{t('quickWins.formHeading', { element: elementLabel })}</h3>
      <div className="field">
        <label htmlFor="qw-opd">{t('quickWins.ownerOpd')}</label>
        <OpdInput id="qw-opd" value={ownerOpd} onChange={setOwnerOpd} invalid={Boolean(errors['ownerOpd'])} describedBy={errors['ownerOpd'] ? 'qw-ownerOpd-error' : undefined} />
        {err('ownerOpd')}
      </div>
      <div className="field">
        <label htmlFor="qw-due">{t('quickWins.dueDate')}</label>
        <input id="qw-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={errors['dueDate'] ? true : undefined} aria-describedby={errors['dueDate'] ? 'qw-dueDate-error' : undefined} />
        {err('dueDate')}
      </div>
      <div className="field">
        <label htmlFor="qw-note">{t('quickWins.note')}</label>
        <textarea id="qw-note" value={note} onChange={(e) => setNote(e.target.value)} />
        {err('note')}
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary">{t('quickWins.save')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('quickWins.cancel')}</button>
      </div>
    </form>
  );
}
