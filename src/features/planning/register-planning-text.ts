import i18next from 'i18next';
import { actionPackageLocale } from './action-package-locale';
import { opdLocale } from './opd-locale';
import { planningLocale } from './planning-locale';
import { planTruthLocale } from './plan-truth-locale';

/** Adds the `planning` namespace once; imported by each lazy planning module that shows text. */
export function registerPlanningText(): void {
  if (i18next.hasResourceBundle('id', 'planning')) return;
  i18next.addResourceBundle('id', 'planning', { ...planningLocale.id, ...opdLocale.id, ...planTruthLocale.id, ...actionPackageLocale.id }, true, true);
  i18next.addResourceBundle('en', 'planning', { ...planningLocale.en, ...opdLocale.en, ...planTruthLocale.en, ...actionPackageLocale.en }, true, true);
}
