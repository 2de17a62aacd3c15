import { memo, useMemo, useState } from 'react';
import type { RankingRow } from '../../domain/benchmark/compute-benchmark';
import { METRIC_KEYS, metricValue } from '../../domain/benchmark/compute-benchmark';
import { BenchmarkSection } from './benchmark-section';
import { DataTable } from './data-table';
import { EntryMarks } from './entry-marks';
import type { RankingSort, RankingSortKey } from './ranking-sort';
import { DEFAULT_SORT, nextSort, sortRanking, visibleRows } from './ranking-sort';
import type { BenchmarkText } from './use-benchmark-text';

/** Rows shown before "Tampilkan semua": enough to read, cheap with 514 regions. */
const TOP_ROWS = 25;

interface RankingSectionProps {
  readonly rows: readonly RankingRow[];
  readonly text: BenchmarkText;
  readonly badge: string | undefined;
}

function SortHeader({ label, column, sort, onSort, isNumeric }: {
  label: string; column: RankingSortKey; sort: RankingSort; onSort: (k: RankingSortKey) => void; isNumeric?: boolean;
}) {
  const isActive = sort.key === column;
  return (
    <th scope="col" className={isNumeric ? 'num' : undefined} aria-sort={isActive ? sort.direction : undefined}>
      <button type="button" className="bm-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="bm-sort__icon">{isActive ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

interface RowProps {
  readonly row: RankingRow;
  readonly text: BenchmarkText;
  /** The focus row appended below the cut: set apart by a gap. */
  readonly isAppended: boolean;
}

function Row({ row, text, isAppended }: RowProps) {
  const { entry } = row;
  const classes = [row.isFocus ? 'bm-row--focus' : '', isAppended ? 'bm-row--appended' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined} data-focus={row.isFocus ? 'true' : undefined}>
      <td className="num">{row.rank ?? '—'}</td>
      <th scope="row">
        {text.region(entry.regionCode)}
        {row.isFocus ? <span className="bm-focus-mark"> ({text.t('ranking.focus')})</span> : null}
        <EntryMarks entry={entry} text={text} />
      </th>
      {METRIC_KEYS.map((m) => (
        <td key={m} className="num">{text.score(metricValue(entry.summary, m))}</td>
      ))}
    </tr>
  );
}

/** The peers in a sortable table (rank, region, index, dimensions); the focus row stands out. */
export const RankingSection = memo(function RankingSection({ rows, text, badge }: RankingSectionProps) {
  const { t } = text;
  const [sort, setSort] = useState<RankingSort>(DEFAULT_SORT);
  const [isShowingAll, setShowingAll] = useState(false);
  const sorted = useMemo(() => sortRanking(rows, sort, text.region), [rows, sort, text]);
  const shown = visibleRows(sorted, isShowingAll ? null : TOP_ROWS);
  const onSort = (key: RankingSortKey) => setSort((s) => nextSort(s, key));
  const hasRanks = rows.some((r) => r.rank !== null);
  return (
    <BenchmarkSection title={t('ranking.heading')} badge={badge}>
      {hasRanks ? null : <p className="bm-notice" role="note">{t('ranking.noRank')}</p>}
      <DataTable caption={t('ranking.caption')} badge={badge} className="bm-table--ranking">
        <thead>
          <tr>
            <SortHeader label={t('summary.rank')} column="rank" sort={sort} onSort={onSort} isNumeric />
            <SortHeader label={t('ranking.region')} column="region" sort={sort} onSort={onSort} />
            {METRIC_KEYS.map((m) => (
              <SortHeader key={m} label={text.metric(m)} column={m} sort={sort} onSort={onSort} isNumeric />
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row, i) => (
            <Row key={row.entry.id} row={row} text={text}
              isAppended={shown.isFocusAppended && i === shown.rows.length - 1} />
          ))}
        </tbody>
      </DataTable>
      {sorted.length > TOP_ROWS ? (
        <button type="button" className="btn btn-small bm-more" aria-expanded={isShowingAll} onClick={() => setShowingAll((v) => !v)}>
          {isShowingAll ? t('ranking.showTop', { count: TOP_ROWS }) : t('ranking.showAll', { count: sorted.length })}
        </button>
      ) : null}
    </BenchmarkSection>
  );
});
