import { useEffect, useState } from 'react';
import type { ScoreSummary } from '../../domain/benchmark/types';

export type HomeScores = ReadonlyMap<string, ScoreSummary | null>;

/**
 * The list's scores, loaded lazily after the list shows (null until then) and again when `items`
 * change. If they cannot be loaded (the benchmark store reports a storage failure itself), the list
 * shows "—" rather than "…" for ever.
 */
export function useHomeScores(items: unknown): HomeScores | null {
  const [scores, setScores] = useState<HomeScores | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('./home-scores')
      .then((m) => m.loadHomeScores())
      .catch((): HomeScores => new Map())
      .then((next) => {
        if (isCurrent) setScores(next);
      });
    return () => {
      isCurrent = false;
    };
  }, [items]);
  return scores;
}
