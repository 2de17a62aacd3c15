import { Section } from '../../components/ui/section';
import type { VisitRecord } from '../../state/visit-store';
import { SaveStatus } from './save-status';
import type { VisitText } from './use-visit-text';

interface Props {
  /** The visit's key in the workspace (`visitKey`). */
  readonly id: string;
  readonly visit: VisitRecord;
  /** The questions prefilled from the gaps, shown until the visitor edits them. */
  readonly suggestedQuestions: string;
  readonly onChange: (patch: Partial<VisitRecord>) => void;
  readonly text: VisitText;
}

/** Date, delegation, questions to ask and lessons of one visit (kept on this device as typed). */
export function VisitDetails({ id, visit, suggestedQuestions, onChange, text }: Props) {
  const { t } = text;
  return (
    <Section title={t('detailsTitle')} className="visit-details">
      <div className="field"><label htmlFor="visit-date">{t('date')}</label>
        <input id="visit-date" type="date" value={visit.date} onChange={(e) => onChange({ date: e.target.value })} /></div>
      <div className="field"><label htmlFor="visit-delegation">{t('delegation')}</label>
        <span id="visit-delegation-hint" className="hint">{t('delegationHint')}</span>
        <textarea id="visit-delegation" aria-describedby="visit-delegation-hint" value={visit.delegation} onChange={(e) => onChange({ delegation: e.target.value })} /></div>
      <div className="field"><label htmlFor="visit-questions">{t('questions')}</label>
        <span id="visit-questions-hint" className="hint">{t('questionsHint')}</span>
        <textarea id="visit-questions" rows={5} aria-describedby="visit-questions-hint" value={visit.questions ?? suggestedQuestions} onChange={(e) => onChange({ questions: e.target.value })} /></div>
      <div className="field"><label htmlFor="visit-lessons">{t('lessons')}</label>
        <textarea id="visit-lessons" rows={4} value={visit.lessons} onChange={(e) => onChange({ lessons: e.target.value })} /></div>
      <SaveStatus kind="visit" id={id} text={text} />
    </Section>
  );
}
