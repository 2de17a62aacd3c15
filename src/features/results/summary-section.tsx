import type { ReactNode } from 'react';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { rubricLevel } from '../../domain/instrument/lookup';
import type { ScoreResult } from '../../domain/scoring/types';
import { FinalStatus } from './final-status';
import { LevelBadge } from './level-badge';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';

interface SummarySectionProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: Lang;
  readonly actions?: ReactNode;
}

/** Headline numbers: index (0–5 and 0–100), level, SPBE analogue, coverage, conservative index, status. */
export function SummarySection({ instrument, score, lang, actions }: SummarySectionProps) {
  const text = useResultsText(lang);
  const { t } = text;
  const descriptor = score.band === null ? null : rubricLevel(instrument, score.band)?.descriptor[lang];
  return (
    <Section title={t('summary.heading')} className="sc-summary">
      <div className="sc-summary__grid">
        <div className="sc-card sc-summary__index">
          <dl className="sc-kv">
            <dt>{t('summary.index')} <span className="sc-muted">({t('summary.scale5')})</span></dt>
            <dd className="sc-big" data-testid="index-score5">{text.score5(score.index)}</dd>
            <dt>{t('summary.index')} <span className="sc-muted">({t('summary.scale100')})</span></dt>
            <dd className="sc-medium" data-testid="index-score100">{text.score100(score.index)}</dd>
          </dl>
          {score.index === null ? <p className="sc-muted">{t('summary.noIndex')}</p> : null}
        </div>
        <div className="sc-card sc-summary__level">
          <dl className="sc-kv">
            <dt>{t('summary.level')}</dt>
            <dd data-testid="index-level">
              <LevelBadge instrument={instrument} level={score.band} lang={lang} />
              {descriptor ? <p className="sc-descriptor">{descriptor}</p> : null}
            </dd>
            <dt>
              {t('summary.predicate')} <span className="sc-muted">({t('summary.predicateNote')})</span>
            </dt>
            <dd>
              <strong>{score.predicate === null ? '—' : t(`predicate.${score.predicate}`)}</strong>
              <p className="sc-hint">{t('summary.predicateHint')}</p>
            </dd>
          </dl>
        </div>
        <div className="sc-card sc-summary__coverage">
          <dl className="sc-kv sc-kv--rows">
            <dt>{t('summary.coverage')}</dt>
            <dd className="sc-medium">{text.percent(score.coverage)}</dd>
            <dt>{t('summary.answered')}</dt>
            <dd>{score.answered}</dd>
            <dt>{t('summary.applicable')}</dt>
            <dd>{score.applicable}</dd>
            <dt>{t('summary.na')}</dt>
            <dd>{score.na}</dd>
            <dt>{t('summary.total')}</dt>
            <dd>{score.total}</dd>
          </dl>
        </div>
        <div className="sc-card sc-summary__conservative">
          <dl className="sc-kv">
            <dt>{t('summary.conservative')} <span className="sc-muted">({t('summary.scale5')})</span></dt>
            <dd className="sc-medium">
              {text.score5(score.conservative)} <span className="sc-muted">· {text.score100(score.conservative)}/100</span>
            </dd>
          </dl>
          <p className="sc-hint">{t('summary.conservativeHint')}</p>
        </div>
      </div>
      <FinalStatus instrument={instrument} score={score} lang={lang} actions={actions} />
      <p className="sc-hint">{t('summary.basis', { version: score.instrumentVersion, profile: score.weightProfileId })}</p>
    </Section>
  );
}
