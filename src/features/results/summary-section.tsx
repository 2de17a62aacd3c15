import type { ReactNode } from 'react';
import type { AssessmentStatus } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { rubricLevel } from '../../domain/instrument/lookup';
import type { ScoreResult } from '../../domain/scoring/types';
import type { EvidenceSupport } from '../../state/use-score';
import { EvidenceCaps, EvidenceScore } from './evidence-section';
import { FinalStatus } from './final-status';
import { LevelBadge } from './level-badge';
import { Section } from '../../components/ui/section';
import type { ResultsText } from './use-results-text';
import { useResultsText } from './use-results-text';

interface SummarySectionProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly status: AssessmentStatus;
  readonly evidence: EvidenceSupport;
  readonly lang: Lang;
  /** The "what's left" list; linked from the provisional headline. */
  readonly whatsLeftHref?: string | undefined;
  readonly actions?: ReactNode;
}

/**
 * Below the coverage needed for a final result, the headline is the provisional statement ("Indeks
 * sementara: 1 dari 6 dimensi dinilai, 17 % terjawab") with what is missing, and the numbers under
 * it are labelled provisional and shown smaller.
 */
function ProvisionalHeadline({ score, text, whatsLeftHref }: { score: ScoreResult; text: ResultsText; whatsLeftHref?: string | undefined }) {
  const { t } = text;
  return (
    <div className="sc-provisional">
      <p className="sc-provisional__title">
        {t('summary.provisionalHeadline', { valid: score.validDimensions, total: score.dimensions.length, coverage: text.percent(score.coverage) })}
      </p>
      <p className="sc-hint">
        {t('summary.provisionalHint')}
        {whatsLeftHref ? <> <a href={whatsLeftHref}>{t('summary.whatsLeft')}</a></> : null}
      </p>
    </div>
  );
}

/** Headline numbers: index (0–5 and 0–100), level, SPBE analogue, coverage, conservative and evidence-supported index, status. */
export function SummarySection({ instrument, score, status, evidence, lang, whatsLeftHref, actions }: SummarySectionProps) {
  const text = useResultsText(lang);
  const { t } = text;
  const descriptor = score.band === null ? null : rubricLevel(instrument, score.band)?.descriptor[lang];
  const isProvisional = !score.isFinalEligible;
  const indexLabel = isProvisional ? t('summary.provisionalIndex') : t('summary.index');
  const finalStatus = <FinalStatus instrument={instrument} score={score} lang={lang} status={status} actions={actions} />;
  return (
    <Section title={t('summary.heading')} className="sc-summary">
      {isProvisional ? (
        <>
          <ProvisionalHeadline score={score} text={text} whatsLeftHref={whatsLeftHref} />
          {finalStatus}
        </>
      ) : null}
      <div className={`sc-summary__grid${isProvisional ? ' sc-summary__grid--provisional' : ''}`}>
        <div className="sc-card sc-summary__index">
          <dl className="sc-kv">
            <dt>{indexLabel} <span className="sc-muted">({t('summary.scale5')})</span></dt>
            <dd className={isProvisional ? 'sc-medium' : 'sc-big'} data-testid="index-score5">{text.score5(score.index)}</dd>
            <dt>{indexLabel} <span className="sc-muted">({t('summary.scale100')})</span></dt>
            <dd className="sc-medium" data-testid="index-score100">{text.score100(score.index)}</dd>
          </dl>
          {score.index === null ? <p className="sc-muted">{t('summary.noIndex')}</p> : null}
        </div>
        <div className="sc-card sc-summary__level">
          <dl className="sc-kv">
            <dt>{t('summary.level')}{isProvisional ? ` (${t('common:provisional').toLowerCase()})` : ''}</dt>
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
        <EvidenceScore evidence={evidence} text={text} />
      </div>
      <EvidenceCaps instrument={instrument} evidence={evidence} lang={lang} text={text} />
      {isProvisional ? null : finalStatus}
      <p className="sc-hint">{t('summary.basis', { version: score.instrumentVersion, profile: score.weightProfileId })}</p>
    </Section>
  );
}
