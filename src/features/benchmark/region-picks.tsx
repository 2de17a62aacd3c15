import { memo, useId, useState } from 'react';
import type { RegionCatalog } from '../../domain/regions/regions';
import { searchRegions } from '../../domain/regions/regions';
import { MAX_PICKS, useBenchmarkStore } from '../../state/benchmark-store';
import type { BenchmarkText } from './use-benchmark-text';

interface RegionPicksProps {
  readonly picks: readonly string[];
  readonly focusCode: string;
  readonly catalog: RegionCatalog;
  readonly text: BenchmarkText;
}

/** Hand-pick regions: search the catalogue, add with a button, remove from the chosen list. */
export const RegionPicks = memo(function RegionPicks({ picks, focusCode, catalog, text }: RegionPicksProps) {
  const { t } = text;
  const searchId = useId();
  const [query, setQuery] = useState('');
  const addPick = useBenchmarkStore((s) => s.addPick);
  const removePick = useBenchmarkStore((s) => s.removePick);
  const results = searchRegions(catalog, query, 8).filter((r) => r.code !== focusCode && !picks.includes(r.code));
  const isFull = picks.length >= MAX_PICKS;
  return (
    <div className="bm-picks">
      <p className="bm-picks__title">{t('picks.legend')}</p>
      {picks.length === 0 ? <p className="muted bm-small">{t('picks.empty')}</p> : (
        <ul className="bm-chips">
          {picks.map((code) => (
            <li key={code} className="bm-chip">
              {text.region(code)}
              <button type="button" className="btn btn-small btn-ghost" aria-label={t('picks.removeLabel', { region: text.region(code) })} onClick={() => removePick(code)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>{t('picks.search')}</label>
        <input id={searchId} type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        {isFull ? <span className="hint">{t('picks.max', { max: MAX_PICKS })}</span> : null}
      </div>
      {results.length > 0 ? (
        <ul className="bm-results" aria-label={t('picks.results')}>
          {results.map((r) => (
            <li key={r.code}>
              <span>{r.name} <span className="muted">({r.code})</span></span>
              <button type="button" className="btn btn-small" disabled={isFull} aria-label={t('picks.addLabel', { region: r.name })} onClick={() => addPick(r.code)}>
                {t('picks.add')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
