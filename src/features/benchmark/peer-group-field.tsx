import { memo, useId } from 'react';
import type { BenchmarkEntry, PeerGroupKind } from '../../domain/benchmark/types';
import { PEER_GROUP_KINDS } from '../../domain/benchmark/types';
import type { RegionCatalog } from '../../domain/regions/regions';
import { populationClass } from '../../domain/regions/regions';
import type { BenchmarkOptions } from '../../state/benchmark-store';
import { useBenchmarkStore } from '../../state/benchmark-store';
import { DemoBadge } from './benchmark-section';
import { RegionPicks } from './region-picks';
import type { BenchmarkText } from './use-benchmark-text';

interface PeerGroupFieldProps {
  readonly focus: BenchmarkEntry;
  readonly options: BenchmarkOptions;
  readonly isDemoOn: boolean;
  readonly catalog: RegionCatalog;
  readonly text: BenchmarkText;
}

function groupLabel(kind: PeerGroupKind, focus: BenchmarkEntry, catalog: RegionCatalog, text: BenchmarkText): string {
  const { t } = text;
  const region = catalog.byCode.get(focus.regionCode);
  switch (kind) {
    case 'type':
      return t('peers.type', { type: region ? t(`regionType.${region.type}`) : '?' });
    case 'province':
      return t('peers.province', { province: region ? (catalog.provinceByCode.get(region.provinceCode)?.name ?? '?') : '?' });
    case 'population':
      return t('peers.population', { populationClass: region ? t(`populationClass.${populationClass(region.population)}`) : '?' });
    default:
      return t(`peers.${kind}`);
  }
}

/** Source (device or demo data), peer group, drafts toggle and, for "Pilih sendiri", the picks. */
export const PeerGroupField = memo(function PeerGroupField({ focus, options, isDemoOn, catalog, text }: PeerGroupFieldProps) {
  const { t } = text;
  const sourceName = useId();
  const groupName = useId();
  const draftsHint = useId();
  const { setGroupKind, setIncludeNonFinal, setSource } = useBenchmarkStore.getState();
  const isDemoFocus = focus.source === 'demo';
  const source = isDemoFocus ? 'demo' : options.source === 'demo' && isDemoOn ? 'demo' : 'device';
  return (
    <fieldset className="bm-fieldset">
      <legend>{t('peers.legend')}</legend>
      {isDemoOn ? (
        <fieldset className="bm-subfieldset">
          <legend>{t('peers.source')}</legend>
          <div className="bm-choice">
            <label><input type="radio" name={sourceName} checked={source === 'device'} disabled={isDemoFocus} onChange={() => setSource('device')} /> {t('peers.sourceDevice')}</label>
            <label>
              <input type="radio" name={sourceName} checked={source === 'demo'} onChange={() => setSource('demo')} /> {t('peers.sourceDemo')}{' '}
              <DemoBadge label={t('demo.badge')} />
            </label>
          </div>
          {isDemoFocus ? <p className="hint bm-small">{t('peers.sourceLocked')}</p> : null}
        </fieldset>
      ) : null}
      <fieldset className="bm-subfieldset">
        <legend>{t('peers.group')}</legend>
        <div className="bm-choice bm-choice--stack">
          {PEER_GROUP_KINDS.map((kind) => (
            <label key={kind}>
              <input type="radio" name={groupName} value={kind} checked={options.groupKind === kind} onChange={() => setGroupKind(kind)} />{' '}
              {groupLabel(kind, focus, catalog, text)}
            </label>
          ))}
        </div>
      </fieldset>
      {options.groupKind === 'custom' ? <RegionPicks picks={options.picks} focusCode={focus.regionCode} catalog={catalog} text={text} /> : null}
      <label className="bm-check">
        <input type="checkbox" checked={options.includeNonFinal} aria-describedby={draftsHint} onChange={(e) => setIncludeNonFinal(e.target.checked)} />{' '}
        {t('peers.includeNonFinal')}
      </label>
      <p id={draftsHint} className="hint bm-small">{t('peers.includeNonFinalHint')}</p>
    </fieldset>
  );
});
