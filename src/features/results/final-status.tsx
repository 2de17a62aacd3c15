import type { ReactNode } from 'react';
import type { AssessmentStatus } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { useResultsText } from './use-results-text';

interface FinalStatusProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: Lang;
  readonly status: AssessmentStatus;
  readonly actions?: ReactNode;
}

/**
 * "Final", "Memenuhi syarat final" or "Belum memenuhi syarat final" with the reasons (invalid
 * dimensions, coverage below 80 %), and the caller's actions (the next step) beside it.
 */
export function FinalStatus({ instrument, score, lang, status, actions }: FinalStatusProps) {
  const text = useResultsText(lang);
  const { t } = text;
  const invalid = score.dimensions
    .filter((d) => !d.isValid)
    .map((d) => instrument.dimensions.find((def) => def.id === d.dimensionId)?.name[lang] ?? d.dimensionId);
  // Coverage below 80 % (§6.5), compared in integers like the scoring does.
  const isLowCoverage = 5 * score.answered < 4 * score.applicable || score.applicable === 0;
  const eligible = score.isFinalEligible;
  const isFinal = status === 'final';
  return (
    <div className={`sc-status ${eligible ? 'sc-status--ok' : 'sc-status--warn'}`}>
      <div className="sc-status__head">
        <span className="sc-status__label">{t('status.label')}:</span>{' '}
        <strong className="sc-status__badge">
          <span aria-hidden="true">{eligible ? '✓ ' : '! '}</span>
          {isFinal ? t('status.final') : eligible ? t('status.eligible') : t('status.notEligible')}
        </strong>
      </div>
      {eligible ? (
        <p className="sc-status__reason">{isFinal ? t('status.finalHint') : t('status.eligibleHint')}</p>
      ) : (
        <ul className="sc-status__reasons">
          {invalid.length > 0 ? <li>{t('status.invalidDimensions', { list: invalid.join(', ') })}</li> : null}
          {isLowCoverage ? <li>{t('status.lowCoverage', { coverage: text.percent(score.coverage) })}</li> : null}
        </ul>
      )}
      {actions ? <div className="sc-status__actions">{actions}</div> : null}
    </div>
  );
}
