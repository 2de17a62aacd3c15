/**
 * Turns a typed import error into a sentence in the user's language that says where the problem
 * is: "Penilaian ke-1 (Kota Cirebon, 2026), indikator GOV.1.2: tingkat 7 di luar rentang 0–5."
 */
import type { TFunction } from 'i18next';
import { LIMITS } from '../../domain/assessment/validation';
import type { ImportError, ImportErrorLocation } from '../../domain/exchange/import-errors';
import { formatSizeOverLimit } from '../../lib/format';

function placeOf(at: ImportErrorLocation, t: TFunction, regionName: (code: string) => string): string {
  const base =
    at.regionCode !== undefined && at.period !== undefined
      ? t('where.regionPeriod', { position: at.position, region: regionName(at.regionCode), period: at.period })
      : t('where.assessment', { position: at.position });
  return at.indicatorId !== undefined ? `${base}, ${t('where.indicator', { indicator: at.indicatorId })}` : base;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message for one import error in the current language (namespace `dataPage`). */
export function importErrorText(error: ImportError, t: TFunction, locale: string, regionName: (code: string) => string): string {
  const field = error.at?.field ?? error.field ?? '';
  const sizes = formatSizeOverLimit(Number(error.value ?? 0), error.limit ?? 0, locale);
  const vars = {
    value: error.value ?? '',
    limit: error.code === 'too_large' ? sizes.limit : error.limit,
    size: sizes.size,
    field,
    shown: error.value !== undefined ? ` (“${error.value}”)` : '',
    first: error.firstPosition,
    min: LIMITS.periodMin,
    max: LIMITS.periodMax,
  };
  const key = error.code === 'wrong_format' && error.value !== undefined ? 'errors.wrong_format_named' : `errors.${error.code}`;
  const message = t(key, vars);
  if (!error.at) return capitalize(message);
  return `${placeOf(error.at, t, regionName)}: ${message}`;
}
