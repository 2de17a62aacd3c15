import type { ReportBenchmark } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

/** Peer position per dimension (§6.8). Rendered only when the model carries a benchmark. */
export function ReportBenchmarkSheet({ benchmark, text }: { benchmark: ReportBenchmark; text: ReportText }) {
  const { t } = text;
  const min = benchmark.minPeers;
  return (
    <Sheet className="report-benchmark" labelledBy="report-benchmark-title">
      <h2 id="report-benchmark-title">{t('benchmark.heading')}</h2>
      <p>{t('benchmark.peerGroup', { group: benchmark.peerGroup })}</p>
      <table className="report-table">
        <caption>{t('benchmark.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.dimension')}</th>
            <th scope="col" className="num">{t('col.own')}</th>
            <th scope="col" className="num">{t('col.peers')}</th>
            <th scope="col" className="num">{t('col.median')}</th>
            <th scope="col" className="num">{t('col.rank')}</th>
            <th scope="col" className="num">{t('col.percentile')}</th>
          </tr>
        </thead>
        <tbody>
          {benchmark.dimensions.map((d) => (
            <tr key={d.dimensionId}>
              <th scope="row">{d.name}</th>
              <td className="num">{text.score5(d.own)}</td>
              <td className="num">{d.peers}</td>
              {d.isSuppressed ? (
                <td colSpan={3} className="report-muted">{t('benchmark.suppressed', { min })}</td>
              ) : (
                <>
                  <td className="num">{text.score5(d.median)}</td>
                  <td className="num">{d.rank === null ? '—' : t('benchmark.rankValue', { rank: d.rank, peers: d.peers })}</td>
                  <td className="num">{d.percentile === null ? '—' : Math.round(d.percentile)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-muted">{t('benchmark.note', { min })}</p>
    </Sheet>
  );
}
