import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';

type Current = 'plan' | 'opd';

/** Links between an assessment's screens, with the current planning screen marked. */
export function PlanNav({ id, current }: { id: string; current: Current }) {
  const { t } = useTranslation('planning');
  const links: readonly { key: string; href: string; current?: Current }[] = [
    { key: 'questionnaire', href: hrefs.questionnaire(id) },
    { key: 'results', href: hrefs.results(id) },
    { key: 'plan', href: hrefs.plan(id), current: 'plan' },
    { key: 'opd', href: hrefs.opd(id), current: 'opd' },
    { key: 'report', href: hrefs.report(id) },
  ];
  return (
    <nav className="plan-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.key}>
            <a href={l.href} aria-current={l.current === current ? 'page' : undefined}>
              {t(`nav.${l.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
