import { memo } from 'react';
import type { PeerSelection } from '../../domain/benchmark/select-peers';
import { isProvisional } from '../../domain/benchmark/select-peers';
import type { BenchmarkText } from './use-benchmark-text';

interface SelectionNotesProps {
  readonly selection: PeerSelection;
  readonly weightsName: string;
  readonly isMixed: boolean;
  readonly text: BenchmarkText;
}

/**
 * What the statistics are computed over: period, instrument and weight profile, the group size,
 * and everything left out with the reason (other instrument/weights, non-finals, older duplicates),
 * and whether a provisional focus is ranked.
 * A live region, so a change of group is announced.
 */
export const SelectionNotes = memo(function SelectionNotes({ selection, weightsName, isMixed, text }: SelectionNotesProps) {
  const { t } = text;
  const { focus, peers, excluded } = selection;
  return (
    <div className="bm-notes" role="status" data-testid="selection-notes">
      <p className="bm-notes__count">{t(selection.isFocusRanked ? 'peers.count' : 'peers.countWithoutFocus', { count: peers.length })}</p>
      <p className="muted bm-small">
        {t('peers.scope', { period: focus.period, version: focus.instrumentVersion, weights: weightsName })}
      </p>
      <ul className="bm-notes__list">
        {excluded.otherInstrument > 0 ? <li>{t('peers.excludedInstrument', { count: excluded.otherInstrument })}</li> : null}
        {excluded.nonFinal > 0 ? <li>{t('peers.excludedNonFinal', { count: excluded.nonFinal })}</li> : null}
        {excluded.superseded > 0 ? <li>{t('peers.superseded', { count: excluded.superseded })}</li> : null}
        {focus.status === 'draft' ? <li>{t('focus.draft')}</li> : null}
        {isProvisional(focus) ? <li>{t(selection.isFocusRanked ? 'focus.provisionalIncluded' : 'focus.provisional')}</li> : null}
        {isMixed ? <li>{t('focus.mixed')}</li> : null}
      </ul>
    </div>
  );
});
