import type { BenchmarkEntry } from '../../domain/benchmark/types';
import type { RegionCatalog } from '../../domain/regions/regions';
import { populationClass } from '../../domain/regions/regions';
import { localeOf } from '../../i18n';
import { DemoBadge } from './benchmark-section';
import type { BenchmarkText } from './use-benchmark-text';

/** One line about the focus region (province, type, population class) and its status. */
export function FocusMeta({ focus, catalog, text, statusLabel }: {
  focus: BenchmarkEntry; catalog: RegionCatalog; text: BenchmarkText; statusLabel: string;
}) {
  const { t } = text;
  const region = catalog.byCode.get(focus.regionCode);
  if (!region) return null;
  return (
    <p className="bm-focus-meta">
      <strong>{region.name} {focus.period}</strong>{' '}
      <span className={`badge badge-${focus.status}`}>{statusLabel}</span>{' '}
      {focus.source === 'demo' ? <DemoBadge label={t('demo.badge')} /> : null}
      <br />
      <span className="muted">
        {t('focus.meta', {
          province: catalog.provinceByCode.get(region.provinceCode)?.name ?? region.provinceCode,
          type: t(`regionType.${region.type}`),
          population: new Intl.NumberFormat(localeOf(text.lang)).format(region.population),
          populationClass: t(`populationClass.${populationClass(region.population)}`),
        })}
      </span>
    </p>
  );
}
