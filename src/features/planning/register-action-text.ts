import i18next from 'i18next';
import { actionEditLocale } from './action-edit-locale';
import { actionLocale } from './action-locale';

/** Adds the `actions` namespace once; imported by each lazy module that shows action-plan text. */
export function registerActionText(): void {
  if (i18next.hasResourceBundle('id', 'actions')) return;
  i18next.addResourceBundle('id', 'actions', actionLocale.id, true, true);
  i18next.addResourceBundle('en', 'actions', actionLocale.en, true, true);
  i18next.addResourceBundle('id', 'actions', actionEditLocale.id, true, true);
  i18next.addResourceBundle('en', 'actions', actionEditLocale.en, true, true);
}
