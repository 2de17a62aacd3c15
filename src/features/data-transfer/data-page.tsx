import i18next from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';
import { useExchangeStore } from '../../state/exchange-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import { dataPageLocale } from './data-page-locale';
import './data-transfer.css';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

// The page text ships with this lazy route, not in the first bundle.
i18next.addResourceBundle('id', 'dataPage', dataPageLocale.id, true, true);
i18next.addResourceBundle('en', 'dataPage', dataPageLocale.en, true, true);

/** `#/data`: export (JSON, CSV), import with preview and conflict choices, restore of backups. */
export default function DataPage() {
  const { t } = useTranslation('dataPage');
  const locale = localeOf(useSettingsStore((s) => s.lang));
  const catalog = useRegionsStore((s) => s.catalog);
  const resetImport = useExchangeStore((s) => s.resetImport);
  // A finished or refused import is not shown again when the user comes back later.
  useEffect(() => () => resetImport(), [resetImport]);
  const regionName = (code: string) => catalog?.byCode.get(code)?.name ?? code;
  return (
    <section className="page data-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ExportSection />
      <ImportSection locale={locale} regionName={regionName} />
    </section>
  );
}
