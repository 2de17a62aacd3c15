import { memo, useId } from 'react';
import { DEMO_PERIODS, demoEntryId } from '../../domain/benchmark/demo-data';
import type { BenchmarkEntry } from '../../domain/benchmark/types';
import type { RegionCatalog } from '../../domain/regions/regions';
import { hrefs, replaceRoute } from '../../lib/routes';
import { DeviceFocus } from './device-focus';
import { FocusMeta } from './focus-meta';
import type { BenchmarkText } from './use-benchmark-text';

interface FocusFieldProps {
  readonly focus: BenchmarkEntry | null;
  readonly device: readonly BenchmarkEntry[];
  readonly isDemoOn: boolean;
  readonly catalog: RegionCatalog;
  readonly text: BenchmarkText;
  readonly statusLabel: (status: BenchmarkEntry['status']) => string;
}

const goTo = (id?: string) => replaceRoute(hrefs.benchmark(id));

function DemoFocus({ focus, catalog, text }: { focus: BenchmarkEntry | null; catalog: RegionCatalog; text: BenchmarkText }) {
  const { t } = text;
  const regionId = useId();
  const periodId = useId();
  const code = focus?.regionCode ?? catalog.regions[0]?.code ?? '';
  const latest = DEMO_PERIODS[DEMO_PERIODS.length - 1] ?? 2026;
  const period = focus && DEMO_PERIODS.includes(focus.period) ? focus.period : latest;
  return (
    <div className="bm-field-row">
      <div className="field">
        <label htmlFor={regionId}>{t('focus.region')}</label>
        <select id={regionId} value={code} onChange={(e) => goTo(demoEntryId(e.target.value, period))}>
          {catalog.provinces.map((p) => (
            <optgroup key={p.code} label={p.name}>
              {catalog.regions.filter((r) => r.provinceCode === p.code).map((r) => (
                <option key={r.code} value={r.code}>{r.name}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field bm-field--period">
        <label htmlFor={periodId}>{t('focus.period')}</label>
        <select id={periodId} value={period} onChange={(e) => goTo(demoEntryId(code, Number(e.target.value)))}>
          {DEMO_PERIODS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
    </div>
  );
}

/**
 * Choose the focus: an assessment on this device, or (with the demo data on) a demo region and
 * period. The choice lives in the route (`#/pembanding?fokus=<id>`), so it survives a reload.
 */
export const FocusField = memo(function FocusField({ focus, device, isDemoOn, catalog, text, statusLabel }: FocusFieldProps) {
  const { t } = text;
  const isDemoFocus = focus?.source === 'demo';
  const name = useId();
  return (
    <fieldset className="bm-fieldset bm-focus">
      <legend>{t('focus.legend')}</legend>
      {isDemoOn ? (
        <div className="bm-choice">
          <label><input type="radio" name={name} checked={!isDemoFocus} disabled={device.length === 0} onChange={() => goTo()} /> {t('focus.fromDevice')}</label>
          <label>
            <input type="radio" name={name} checked={isDemoFocus}
              onChange={() => goTo(demoEntryId(focus?.regionCode ?? catalog.regions[0]?.code ?? '', DEMO_PERIODS[DEMO_PERIODS.length - 1] ?? 2026))} />
            {' '}{t('focus.fromDemo')}
          </label>
        </div>
      ) : null}
      {isDemoFocus ? <DemoFocus focus={focus} catalog={catalog} text={text} /> : (
        <DeviceFocus focus={focus} device={device} text={text} statusLabel={statusLabel} />
      )}
      {focus ? <FocusMeta focus={focus} catalog={catalog} text={text} statusLabel={statusLabel(focus.status)} /> : null}
    </fieldset>
  );
});
