import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/instrument/types';
import type { LevelLabel } from '../../domain/report/types';
import { localeOf } from '../../i18n';
import { formatPercent, formatScore100, formatScore5 } from '../../lib/format';

/**
 * Text and number formatting for the reports in one language. The `report` namespace is fixed to
 * `lang`, so the report model's language decides what is printed ("2,75" in Indonesian).
 */
export function useReportText(lang: Lang) {
  const { t } = useTranslation('report', { lng: lang });
  return useMemo(() => {
    const locale = localeOf(lang);
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    return {
      t,
      lang,
      locale,
      score5: (v: number | null | undefined) => formatScore5(v, locale),
      score100: (v: number | null | undefined) => formatScore100(v, locale),
      percent: (v: number | null | undefined) => formatPercent(v, locale),
      /** "3 · Terdefinisi", or "—" without a level. */
      level: (l: LevelLabel | null) => (l ? `${l.level} · ${l.name}` : '—'),
      /** Long date ("1 Maret 2026"), or "—" for a missing or invalid timestamp. */
      date: (iso: string | null | undefined) => {
        const d = iso ? new Date(iso) : null;
        return d && !Number.isNaN(d.getTime()) ? dateFormat.format(d) : '—';
      },
    };
  }, [t, lang]);
}

export type ReportText = ReturnType<typeof useReportText>;
