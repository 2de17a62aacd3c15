import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../lib/routes';
import { hrefs } from '../lib/routes';

/**
 * The main navigation. From 640 px it is a row of links; on phones a "Menu" button shows and hides
 * the same links as a list below the header; following a link or changing the route closes it.
 */
export function MainNav({ route }: { route: Route['name'] }) {
  const { t } = useTranslation();
  // Open only on the route it was opened on: any navigation closes it without an effect.
  const [openOn, setOpenOn] = useState<Route['name'] | null>(null);
  const isOpen = openOn === route;
  const link = (href: string, name: Route['name'], label: string) => (
    <li>
      <a href={href} aria-current={route === name ? 'page' : undefined} onClick={() => setOpenOn(null)}>{label}</a>
    </li>
  );
  return (
    <nav aria-label={t('nav.mainNav')} className={`app-nav${isOpen ? ' is-open' : ''}`}>
      <button type="button" className="btn btn-ghost app-nav__toggle" aria-expanded={isOpen} aria-controls="app-nav-links"
        onClick={() => setOpenOn(isOpen ? null : route)}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d={isOpen ? 'M6 6l12 12M18 6L6 18' : 'M3 6h18M3 12h18M3 18h18'} />
        </svg>
        {t('nav.menu')}
      </button>
      <ul id="app-nav-links" className="app-nav__links">
        {link(hrefs.home(), 'home', t('nav.home'))}
        {link(hrefs.benchmark(), 'benchmark', t('nav.benchmark'))}
        {link(hrefs.data(), 'data', t('nav.data'))}
        {link(hrefs.visit(), 'visit', t('nav.visit'))}
        {link(hrefs.method(), 'method', t('nav.method'))}
      </ul>
    </nav>
  );
}
