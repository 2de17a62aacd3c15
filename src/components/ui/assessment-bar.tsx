import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../domain/assessment/types';
import { hrefs } from '../../lib/routes';
import { ProgressBar } from './progress-bar';
import './assessment-bar.css';

/** The screens of one assessment, in the order a team works through them. */
const ASSESSMENT_SCREENS = ['questionnaire', 'results', 'plan', 'opd', 'report'] as const;
export type AssessmentScreen = (typeof ASSESSMENT_SCREENS)[number];

const HREF: Readonly<Record<AssessmentScreen, (id: string) => string>> = {
  questionnaire: hrefs.questionnaire,
  results: hrefs.results,
  plan: hrefs.plan,
  opd: hrefs.opd,
  report: hrefs.report,
};

interface AssessmentBarProps {
  readonly id: string;
  /** "Kota Cirebon 2026": names the navigation landmark. */
  readonly name: string;
  /** The screen shown now (`aria-current="page"`); null on a screen outside the five (the explanation). */
  readonly current: AssessmentScreen | null;
  readonly status: AssessmentStatus;
  readonly done: number;
  readonly total: number;
}

/**
 * One bar on every screen of an assessment: Kuesioner · Hasil · Rencana · OPD · Laporan, with the
 * status and the answering progress. Wraps on narrow screens; hidden in print.
 */
export function AssessmentBar({ id, name, current, status, done, total }: AssessmentBarProps) {
  const { t } = useTranslation();
  return (
    <nav className="assessment-bar" aria-label={t('bar.label', { name })}>
      <ul className="assessment-bar__links">
        {ASSESSMENT_SCREENS.map((screen) => (
          <li key={screen}>
            <a href={HREF[screen](id)} aria-current={screen === current ? 'page' : undefined}>{t(`bar.${screen}`)}</a>
          </li>
        ))}
      </ul>
      <div className="assessment-bar__state">
        <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>
        <ProgressBar done={done} total={total} label={t('bar.progress')} />
      </div>
    </nav>
  );
}
