import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricKey } from '../../domain/benchmark/types';
import { getInstrument } from '../../domain/instrument/registry';
import { CURRENT_INSTRUMENT } from '../../domain/instrument/registry';
import type { RegionCatalog } from '../../domain/regions/regions';
import { localeOf } from '../../i18n';
import { formatNumber, formatScore5 } from '../../lib/format';
import { useSettingsStore } from '../../state/settings-store';

/**
 * Text and number formatting of the benchmark view in the current language: `t` on the
 * `benchmark` namespace, scores with 2 decimals ("2,75"), percentiles as whole numbers, metric
 * labels from the instrument (dimension names) and region names from the catalogue.
 */
export function useBenchmarkText(instrumentVersion: string, catalog: RegionCatalog | null) {
  const { t } = useTranslation('benchmark');
  const lang = useSettingsStore((s) => s.lang);
  return useMemo(() => {
    const locale = localeOf(lang);
    const instrument = getInstrument(instrumentVersion) ?? CURRENT_INSTRUMENT;
    const dimensionNames = new Map(instrument.dimensions.map((d) => [d.id, d.name[lang]]));
    return {
      t,
      lang,
      score: (v: number | null | undefined) => formatScore5(v, locale),
      percentile: (v: number | null | undefined) => formatNumber(v, locale, 0),
      metric: (key: MetricKey) => (key === 'index' ? t('index') : (dimensionNames.get(key) ?? key)),
      region: (code: string) => catalog?.byCode.get(code)?.name ?? code,
    };
  }, [t, lang, instrumentVersion, catalog]);
}

export type BenchmarkText = ReturnType<typeof useBenchmarkText>;
