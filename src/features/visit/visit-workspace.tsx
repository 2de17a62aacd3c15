import { Section } from '../../components/ui/section';
import { currentYear } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import type { VisitSide } from '../../state/visit-sides';
import { useSharedContent } from '../../state/visit-sides';
import { useVisitStore } from '../../state/visit-store';
import { AdoptToPlan } from './adopt-to-plan';
import { GapSection } from './gap-section';
import { PracticeCard } from './practice-card';
import type { VisitText } from './use-visit-text';
import { suggestedQuestions, useVisitComparison } from './use-visit';
import { VisitDetails } from './visit-details';

/** Gap map, practice cards, what we can share, and the visit details, for one pair of sides. */
export function VisitWorkspace({ our, other, text }: { our: VisitSide; other: VisitSide; text: VisitText }) {
  const { t } = text;
  const comparison = useVisitComparison(our, other, text);
  const shared = useSharedContent(other);
  const saveVisit = useVisitStore((s) => s.saveVisit);
  if (comparison.status !== 'ready') {
    return <p role="alert">{t('otherInstrument', { ours: our.instrumentVersion, other: other.instrumentVersion })}</p>;
  }
  const { gap, instrument, key, visit, otherName } = comparison;
  const learn = gap.elements.filter((e) => e.status === 'learn');
  const share = gap.elements.filter((e) => e.status === 'share');
  return (
    <>
      {other.pkg?.contact ? <p>{t('contact', { contact: other.pkg.contact })}</p> : null}
      <GapSection gap={gap} instrument={instrument} otherName={otherName} ourId={our.id} text={text} />
      <Section title={t('practicesTitle')} className="visit-practices">
        {learn.length === 0 ? <p>{t('noPractices')}</p> : null}
        {shared === null ? <p role="status">{t('loading')}</p> : learn.map((e) => (
          <PracticeCard key={e.elementId} gap={e} shared={shared[e.elementId]} instrument={instrument} otherName={otherName}
            adoption={visit.adoptions[e.elementId]} defaultYear={currentYear() + 1} text={text}
            onAdopt={(adoption) => saveVisit(key, (v) => {
              const { [e.elementId]: _old, ...rest } = v.adoptions;
              return { ...v, adoptions: adoption ? { ...rest, [e.elementId]: adoption } : rest };
            })} />
        ))}
      </Section>
      <Section title={t('shareTitle')}>
        {share.length === 0 ? <p>{t('noShare')}</p> : (
          <ul>{share.map((e) => <li key={e.elementId}>{text.elementName(instrument, e.elementId)}: {text.score(e.ours)} / {text.score(e.theirs)}</li>)}</ul>
        )}
      </Section>
      <VisitDetails id={key} visit={visit} suggestedQuestions={suggestedQuestions(gap, instrument, otherName, text)} text={text}
        onChange={(patch) => saveVisit(key, (v) => ({ ...v, ...patch }))} />
      <AdoptToPlan our={our} other={other} otherName={otherName} visit={visit} instrument={instrument} text={text} />
      <p><a className="btn" href={hrefs.visitReport(our.id, other.key)}>{t('reportLink')}</a></p>
    </>
  );
}
