import { memo, useMemo } from 'react';
import type { BenchmarkBarSeries } from '../../charts/benchmark-chart-data';
import { BenchmarkBarsChart } from '../../charts/benchmark-bars-chart';
import { METRIC_KEYS, metricValue } from '../../domain/benchmark/compute-benchmark';
import type { PeerSelection } from '../../domain/benchmark/select-peers';
import { BenchmarkSection } from './benchmark-section';
import { DataTable } from './data-table';
import { EntryMarks } from './entry-marks';
import type { BenchmarkText } from './use-benchmark-text';

interface BarsSectionProps {
  /** The focus first, then the hand-picked regions found in the focus period. */
  readonly picked: PeerSelection;
  /** Hand-picked region codes (to name those without a comparable assessment). */
  readonly picks: readonly string[];
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
}

/** Grouped bars of the focus and up to five hand-picked regions, with the same numbers as a table. */
export const BarsSection = memo(function BarsSection({ picked, picks, text, badge }: BarsSectionProps) {
  const { t } = text;
  const categories = useMemo(() => METRIC_KEYS.map((m) => ({ key: m, label: text.metric(m) })), [text]);
  const series = useMemo<BenchmarkBarSeries[]>(
    () =>
      picked.peers.map((e) => ({
        key: e.id,
        label: e.id === picked.focus.id ? `${text.region(e.regionCode)} (${t('ranking.focus')})` : text.region(e.regionCode),
        isFocus: e.id === picked.focus.id,
        values: Object.fromEntries(METRIC_KEYS.map((m) => [m, metricValue(e.summary, m)])),
      })),
    [picked, text, t],
  );
  const found = new Set(picked.peers.map((p) => p.regionCode));
  const missing = picks.slice(0, 5).filter((c) => !found.has(c) && c !== picked.focus.regionCode);
  return (
    <BenchmarkSection title={t('bars.heading')} badge={badge}>
      {series.length < 2 ? <p className="muted">{t('bars.empty')}</p> : (
        <>
          <div className="bm-chart bm-chart--wide">
            <BenchmarkBarsChart categories={categories} width={940} series={series} title={t('bars.title')} note={t('bars.note')} {...(badge ? { badge } : {})} />
          </div>
          <DataTable caption={t('bars.caption')} badge={badge}>
            <thead>
              <tr>
                <th scope="col">{t('ranking.region')}</th>
                {categories.map((c) => <th key={c.key} scope="col" className="num">{c.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {series.map((s, i) => (
                <tr key={s.key} className={s.isFocus ? 'bm-row--focus' : undefined}>
                  <th scope="row">
                    {s.label}
                    {picked.peers[i] ? <EntryMarks entry={picked.peers[i]} text={text} /> : null}
                  </th>
                  {categories.map((c) => <td key={c.key} className="num">{text.score(s.values[c.key])}</td>)}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      {missing.length > 0 ? <p className="muted bm-small">{t('bars.missing', { regions: missing.map(text.region).join(', ') })}</p> : null}
    </BenchmarkSection>
  );
});
