import type { Instrument } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import type { EvidenceSupport } from '../../state/use-score';
import { EvidenceCaps } from './evidence-section';
import { ExplainDimension } from './explain-dimension';
import { ExplainIndex } from './explain-index';
import { ExplainLegend } from './explain-legend';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';
import './results.css';

export interface ExplainViewProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  /** The evidence-supported score and the answers it caps (`useEvidenceSupport`). */
  readonly evidence: EvidenceSupport;
  readonly lang: 'id' | 'en';
}

/**
 * How every score was computed, top-down: legend (formulas, bands), the index from the dimension
 * scores, then one disclosure per dimension with its elements' and indicators' arithmetic.
 */
export function ExplainView({ instrument, score, evidence, lang }: ExplainViewProps) {
  const text = useResultsText(lang);
  const { t } = text;
  return (
    <div className="sc-results sc-explain">
      <Section title={t('explain.heading')}>
        <p className="sc-hint">{t('explain.intro')}</p>
        <ExplainLegend instrument={instrument} lang={lang} text={text} />
        <ExplainIndex instrument={instrument} score={score} lang={lang} text={text} />
        <div className="sc-card">
          <h3 className="sc-subtitle">{t('explain.evidenceHeading')}</h3>
          <p className="sc-note" data-testid="explain-evidence">{t('explain.evidenceLine', { score: text.score5(evidence.score.index) })}</p>
          <EvidenceCaps instrument={instrument} evidence={evidence} lang={lang} text={text} />
        </div>
        <h3 className="sc-subtitle">{t('explain.dimensionsHeading')}</h3>
        {score.dimensions.map((d) => (
          <ExplainDimension
            key={d.dimensionId}
            instrument={instrument}
            def={instrument.dimensions.find((x) => x.id === d.dimensionId)}
            dimension={d}
            lang={lang}
            text={text}
          />
        ))}
      </Section>
    </div>
  );
}
