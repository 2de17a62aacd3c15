import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './locales/common';
import { dataTransfer } from './locales/data-transfer';
import { device } from './locales/device';
import { home } from './locales/home';
import { newAssessment } from './locales/new-assessment';
import { questionnaire } from './locales/questionnaire';
import { results } from './locales/results';

/**
 * UI text lives in per-feature namespaces (`locales/<ns>.ts`, each `{ id, en }`).
 * Instrument text (questions, rubric) is versioned domain data, not i18n resources.
 */
export const NAMESPACES = { common, dataTransfer, device, home, newAssessment, questionnaire, results } as const;
export type AppLang = 'id' | 'en';
export const LANGS: readonly AppLang[] = ['id', 'en'];

function resourcesFor(lang: AppLang) {
  return Object.fromEntries(Object.entries(NAMESPACES).map(([ns, r]) => [ns, r[lang]]));
}

export function initI18n(lang: AppLang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'id',
      defaultNS: 'common',
      ns: Object.keys(NAMESPACES),
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

/** BCP 47 locale used for number and date formatting. */
export function localeOf(lang: AppLang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}
