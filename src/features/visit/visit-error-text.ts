import type { VisitError } from '../../domain/visit/visit-errors';
import type { VisitText } from './use-visit-text';

/** One refusal of a visit package in the user's language. */
export function visitErrorText(error: VisitError, { t, locale }: Pick<VisitText, 't' | 'locale'>): string {
  switch (error.code) {
    case 'too_large':
      return t('errors.too_large', { limit: `${new Intl.NumberFormat(locale).format(Math.round(error.limit / 1024 / 1024))} MB` });
    case 'unknown_indicator':
      return t('errors.unknown_indicator', { ids: error.indicatorIds.join(', ') });
    case 'unshared_field':
      return t('errors.unshared_field', { field: t(`fields.${error.field}`) });
    default:
      return t(`errors.${error.code}`, { ...error });
  }
}
