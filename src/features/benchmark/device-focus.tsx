import { useId, useMemo } from 'react';
import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { compareIndonesian } from '../../lib/collate';
import { hrefs, replaceRoute } from '../../lib/routes';
import type { BenchmarkText } from './use-benchmark-text';

/** Up to this many assessments one list is quickest; beyond, pick the region first. */
const SINGLE_LIST_MAX = 60;

interface DeviceFocusProps {
  readonly focus: BenchmarkEntry | null;
  /** Newest first. */
  readonly device: readonly BenchmarkEntry[];
  readonly text: BenchmarkText;
  readonly statusLabel: (status: BenchmarkEntry['status']) => string;
}

const goTo = (id: string) => replaceRoute(hrefs.benchmark(id));

/**
 * Choose the focus among the assessments on this device: one list while there are few; with many
 * (e.g. hundreds of imported peers) a region list and then that region's assessments, so neither
 * list grows past a few hundred options.
 */
export function DeviceFocus({ focus, device, text, statusLabel }: DeviceFocusProps) {
  const { t } = text;
  const regionId = useId();
  const assessmentId = useId();
  const isSplit = device.length > SINGLE_LIST_MAX;
  const regions = useMemo(() => {
    if (!isSplit) return [];
    const codes = [...new Set(device.map((e) => e.regionCode))];
    return codes.map((code) => ({ code, name: text.region(code) })).sort((a, b) => compareIndonesian(a.name, b.name));
  }, [device, isSplit, text]);
  const options = useMemo(
    () => (isSplit ? device.filter((e) => e.regionCode === focus?.regionCode) : device),
    [device, isSplit, focus?.regionCode],
  );
  const onRegion = (code: string) => {
    const first = device.find((e) => e.regionCode === code && e.status === 'final') ?? device.find((e) => e.regionCode === code);
    if (first) goTo(first.id);
  };
  return (
    <div className="bm-field-row">
      {isSplit ? (
        <div className="field">
          <label htmlFor={regionId}>{t('focus.region')}</label>
          <select id={regionId} value={focus?.regionCode ?? ''} onChange={(e) => onRegion(e.target.value)}>
            {focus ? null : <option value="">—</option>}
            {regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={assessmentId}>{t('focus.assessment')}</label>
        <select id={assessmentId} value={focus?.id ?? ''} onChange={(e) => goTo(e.target.value)}>
          {focus ? null : <option value="">—</option>}
          {options.map((e) => (
            <option key={e.id} value={e.id}>
              {t('focus.option', { region: text.region(e.regionCode), period: e.period, status: statusLabel(e.status) })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
