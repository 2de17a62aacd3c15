import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './locales/common';
import { home } from './locales/home';

/**
 * UI text lives in per-feature namespaces (`locales/<ns>.ts`, each `{ id, en }`).
 * Instrument text (questions, rubric) is versioned domain data, not i18n resources.
 *
 * Only the namespaces of the first screen (the shell and the home list) are bundled here.
 * Every other route registers its own namespace with `registerNamespace` when its lazy chunk
 * loads, which keeps that text out of the initial bundle (docs/performance.md, byte budgets).
 */
export const NAMESPACES = { common, home } as const;
export type AppLang = 'id' | 'en';
export const LANGS: readonly AppLang[] = ['id', 'en'];

/** A namespace's text in both languages (`en` typed against `id` in its locale file). */
export interface NamespaceBundle {
  readonly id: object;
  readonly en: object;
}

/** Namespaces registered by lazy chunks; kept so an `initI18n` after registration includes them. */
const registered = new Map<string, NamespaceBundle>();

function resourcesFor(lang: AppLang) {
  const bundles: [string, NamespaceBundle][] = [...Object.entries(NAMESPACES), ...registered];
  return Object.fromEntries(bundles.map(([ns, r]) => [ns, r[lang]]));
}

export function initI18n(lang: AppLang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'id',
      defaultNS: 'common',
      ns: [...Object.keys(NAMESPACES), ...registered.keys()],
      resources: { id: resourcesFor('id'), en: resourcesFor('en') },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}

/**
 * Adds the text of a lazily loaded route (call it at the top level of the route's module). Safe
 * before `initI18n` (a test may import a component first): the bundle is then included when
 * i18next initialises. Idempotent: registering again merges and overwrites.
 */
export function registerNamespace(ns: string, bundle: NamespaceBundle): void {
  registered.set(ns, bundle);
  if (!i18next.isInitialized) return;
  for (const lang of LANGS) i18next.addResourceBundle(lang, ns, bundle[lang], true, true);
}

/** BCP 47 locale used for number and date formatting. */
export function localeOf(lang: AppLang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}
