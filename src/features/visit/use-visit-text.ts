import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../domain/instrument/types';
import { registerNamespace } from '../../i18n';
import { localeOf } from '../../i18n';
import { formatScore5 } from '../../lib/format';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { visitLocale } from './visit-locale';

// The studi banding text ships with these lazy routes, not in the first bundle.
registerNamespace('visit', visitLocale);

/** Text, number format and names for the studi banding screens. */
export function useVisitText() {
  const { t } = useTranslation('visit');
  const lang = useSettingsStore((s) => s.lang);
  const catalog = useRegionsStore((s) => s.catalog);
  const locale = localeOf(lang);
  return {
    t,
    lang,
    locale,
    score: (value: number | null) => formatScore5(value, locale),
    regionName: (code: string) => catalog?.byCode.get(code)?.name ?? code,
    elementName: (instrument: Instrument, elementId: string) =>
      `${elementId} ${instrument.dimensions.flatMap((d) => d.elements).find((e) => e.id === elementId)?.name[lang] ?? ''}`.trim(),
  };
}

export type VisitText = ReturnType<typeof useVisitText>;
