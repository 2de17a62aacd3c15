/** Locale-aware number/date formatting ("2,75" in Indonesian). */
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/** Formats a number with a fixed count of decimals, or an em dash for null. */
export function formatNumber(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, digits).format(value);
}

/** 0–5 score shown with 2 decimals. */
export function formatScore5(value: number | null | undefined, locale: string): string {
  return formatNumber(value, locale, 2);
}

/** 0–5 score shown as 0–100 with 1 decimal. */
export function formatScore100(value: number | null | undefined, locale: string): string {
  return formatNumber(value === null || value === undefined ? value : value * 20, locale, 1);
}

/** A 0–1 share shown as a whole percentage. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

const dateTimeCache = new Map<string, Intl.DateTimeFormat>();

/** Date and time, medium date and short time; one formatter per locale (a list of 50 rows calls it 50 times). */
export function formatDateTime(iso: string | undefined, locale: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  let f = dateTimeCache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeCache.set(locale, f);
  }
  return f.format(d);
}

const MIB = 1024 * 1024;

/** A byte count in mebibytes, "16 MiB", "1,5 MiB" (the unit file managers show as "MB"). */
export function formatMebibytes(bytes: number, locale: string): string {
  const mib = bytes / MIB;
  return `${formatNumber(mib, locale, mib >= 10 || Number.isInteger(mib) ? 0 : 1)} MiB`;
}

/**
 * A file's size and the limit it broke, in MiB, or in exact bytes when the two would read the
 * same ("128 MiB … maksimal 128 MiB" for 128 MiB + 1 byte).
 */
export function formatSizeOverLimit(size: number, limit: number, locale: string): { size: string; limit: string } {
  const shown = { size: formatMebibytes(size, locale), limit: formatMebibytes(limit, locale) };
  if (shown.size !== shown.limit) return shown;
  return { size: `${formatNumber(size, locale, 0)} byte`, limit: `${formatNumber(limit, locale, 0)} byte (${shown.limit})` };
}

