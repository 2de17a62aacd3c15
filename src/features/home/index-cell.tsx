/**
 * The index and coverage column of the home list, a lazy chunk: it scores through the benchmark
 * store (one bulk read, summaries cached by `updatedAt`), so neither scoring nor the instrument is
 * in the first bundle. The list shows first; the figures follow.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { localeOf } from '../../i18n';
import { formatPercent, formatScore5 } from '../../lib/format';
import { useBenchmarkStore } from '../../state/benchmark-store';
import { useSettingsStore } from '../../state/settings-store';

const byId = new WeakMap<readonly BenchmarkEntry[], ReadonlyMap<string, BenchmarkEntry>>();

function lookup(entries: readonly BenchmarkEntry[]): ReadonlyMap<string, BenchmarkEntry> {
  let map = byId.get(entries);
  if (!map) {
    map = new Map(entries.map((e) => [e.id, e]));
    byId.set(entries, map);
  }
  return map;
}

/** Re-scores (changed assessments only) whenever the list changes. */
export function ScoresLoader({ version }: { version: unknown }) {
  useEffect(() => {
    void useBenchmarkStore.getState().load();
  }, [version]);
  return null;
}

/** "2,13 · sementara · 17%" for one assessment; "…" until scored, "—" when it cannot be scored. */
export function IndexCell({ id }: { id: string }) {
  const { t } = useTranslation('home');
  const locale = localeOf(useSettingsStore((s) => s.lang));
  const entry = useBenchmarkStore((s) => lookup(s.entries).get(id));
  const isLoading = useBenchmarkStore((s) => s.status !== 'ready');
  if (!entry) return <span className="muted">{isLoading ? '…' : '—'}</span>;
  const { summary } = entry;
  if (!summary) return <span className="muted">—</span>;
  return (
    <span className="row" data-testid="home-index">
      <strong>{formatScore5(summary.index, locale)}</strong>
      {summary.isFinalEligible ? null : <span className="badge badge-draft">{t('common:provisional')}</span>}
      <span className="muted">{t('coverage', { coverage: formatPercent(summary.coverage, locale) })}</span>
    </span>
  );
}
