import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { isProvisional } from '../../domain/benchmark/select-peers';
import type { BenchmarkText } from './use-benchmark-text';

/** "Draf" and "Sementara" (not eligible for final status) beside an entry included on request. */
export function EntryMarks({ entry, text }: { entry: BenchmarkEntry; text: BenchmarkText }) {
  return (
    <>
      {entry.status === 'draft' ? <span className="badge badge-draft bm-inline-badge">{text.t('common:status.draft')}</span> : null}
      {isProvisional(entry) ? <span className="badge badge-draft bm-inline-badge">{text.t('common:provisional')}</span> : null}
    </>
  );
}
