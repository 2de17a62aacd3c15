import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/instrument/types';
import { localeOf, registerNamespace } from '../../i18n';
import { results } from '../../i18n/locales/results';
import { formatPercent, formatScore100, formatScore5 } from '../../lib/format';
import { formatPlain } from './explain-math';

// The results text ships with the results and explanation routes (lazy), not in the first bundle.
registerNamespace('results', results);

/**
 * Text and number formatting for the results views in one language. The `results` namespace is
 * fixed to `lang`, so the props alone decide what is shown (Indonesian "2,75", English "2.75").
 */
export function useResultsText(lang: Lang) {
  const { t } = useTranslation('results', { lng: lang });
  return useMemo(() => {
    const locale = localeOf(lang);
    return {
      t,
      lang,
      score5: (v: number | null | undefined) => formatScore5(v, locale),
      score100: (v: number | null | undefined) => formatScore100(v, locale),
      percent: (v: number | null | undefined) => formatPercent(v, locale),
      plain: (v: number) => formatPlain(v, locale),
    };
  }, [t, lang]);
}

export type ResultsText = ReturnType<typeof useResultsText>;
