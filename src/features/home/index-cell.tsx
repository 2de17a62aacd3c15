import { useTranslation } from 'react-i18next';
import type { ScoreSummary } from '../../domain/benchmark/types';
import { formatPercent, formatScore5 } from '../../lib/format';

/**
 * "2,13 · Sementara · cakupan 17%" for one assessment: "…" while the scores load (`undefined`), "—"
 * when it cannot be scored (null).
 */
export function IndexCell({ summary, locale }: { summary: ScoreSummary | null | undefined; locale: string }) {
  const { t } = useTranslation('home');
  if (!summary) return <span className="muted">{summary === undefined ? '…' : '—'}</span>;
  return (
    <span className="row" data-testid="home-index">
      <strong>{formatScore5(summary.index, locale)}</strong>
      {summary.isFinalEligible ? null : <span className="badge badge-draft">{t('common:provisional')}</span>}
      <span className="muted">{t('coverage', { coverage: formatPercent(summary.coverage, locale) })}</span>
    </span>
  );
}
