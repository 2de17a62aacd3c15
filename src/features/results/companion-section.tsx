import type { Lang } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';

interface CompanionSectionProps {
  readonly score: ScoreResult;
  readonly lang: Lang;
}

/** Spread and balance mean (§6.5 companion statistics), clearly outside the index. */
export function CompanionSection({ score, lang }: CompanionSectionProps) {
  const text = useResultsText(lang);
  const { t } = text;
  return (
    <Section title={t('companion.heading')} className="sc-companion">
      <p className="sc-note">{t('companion.note')}</p>
      <dl className="sc-card sc-kv sc-kv--rows">
        <dt>{t('companion.spread')}</dt>
        <dd>
          <strong>{text.score5(score.spread)}</strong>
          <span className="sc-hint">{t('companion.spreadHint')}</span>
        </dd>
        <dt>{t('companion.balance')}</dt>
        <dd>
          <strong>{text.score5(score.balance)}</strong>
          <span className="sc-hint">{t('companion.balanceHint')}</span>
        </dd>
      </dl>
    </Section>
  );
}
