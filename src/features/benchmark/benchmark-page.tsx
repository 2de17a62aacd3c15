import i18next from 'i18next';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isDemoId } from '../../domain/benchmark/demo-data';
import { hrefs, replaceRoute } from '../../lib/routes';
import { useBenchmarkStore } from '../../state/benchmark-store';
import { useDemoEntries } from '../../state/demo-store';
import { useRegionsStore } from '../../state/regions-store';
import { benchmarkLocale } from './benchmark-locale';
import { BenchmarkView } from './benchmark-view';
import { DemoPanel } from './demo-panel';
import { FocusField } from './focus-field';
import { resolveFocus } from './resolve-focus';
import { useBenchmarkText } from './use-benchmark-text';
import './benchmark.css';

// The benchmark text ships with this lazy route, not in the first bundle.
i18next.addResourceBundle('id', 'benchmark', benchmarkLocale.id, true, true);
i18next.addResourceBundle('en', 'benchmark', benchmarkLocale.en, true, true);

/**
 * Benchmarking route `#/pembanding?fokus=<id>`: one focus assessment compared with a peer group of
 * every assessment on this device (or, explicitly, the demo data). See docs/benchmarking.md.
 */
export default function BenchmarkPage({ focus: focusId }: { focus?: string }) {
  const { t } = useTranslation('benchmark');
  const status = useBenchmarkStore((s) => s.status);
  const device = useBenchmarkStore((s) => s.entries);
  const unreadable = useBenchmarkStore((s) => s.unreadable);
  const options = useBenchmarkStore((s) => s.options);
  const load = useBenchmarkStore((s) => s.load);
  const catalog = useRegionsStore((s) => s.catalog);
  const demo = useDemoEntries();
  const resolved = resolveFocus(focusId, device, demo);
  const focus = resolved.state === 'ok' ? resolved.focus : null;
  const text = useBenchmarkText(focus?.instrumentVersion ?? '', catalog);
  const statusLabel = useCallback((s: 'draft' | 'final') => t(`common:status.${s}`), [t]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    // A demo focus left behind after the demo data was removed: fall back to the default focus.
    if (focusId !== undefined && isDemoId(focusId) && demo === null) replaceRoute(hrefs.benchmark());
  }, [focusId, demo]);

  const isLoading = !catalog || status === 'idle' || status === 'loading';
  return (
    <div className="page bm-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <DemoPanel text={text} />
      {isLoading ? <p role="status">{t('loading')}</p> : null}
      {status === 'error' ? <p className="error-text">{t('loadError')}</p> : null}
      {unreadable > 0 ? <p className="bm-notice">{t('unreadable', { count: unreadable })}</p> : null}
      {!isLoading && catalog ? (
        <>
          {resolved.state === 'none' ? <p className="card">{t('empty')}</p> : null}
          {resolved.state !== 'none' ? (
            <div className="card bm-controls">
              <FocusField focus={focus} device={device} isDemoOn={demo !== null} catalog={catalog} text={text} statusLabel={statusLabel} />
              {resolved.state === 'not_found' ? <p className="error-text">{t('focus.notFound')}</p> : null}
              {resolved.state === 'unscorable' ? <p className="error-text">{t('focus.unscorable')}</p> : null}
            </div>
          ) : null}
          {focus ? (
            <BenchmarkView focus={focus} device={device} demo={demo} options={options} catalog={catalog} text={text} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
