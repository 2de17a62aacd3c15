import type { ReactNode } from 'react';
import type { AssessmentStatus } from '../../domain/assessment/types';
import type { Instrument } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import type { EvidenceSupport } from '../../state/use-score';
import { CompanionSection } from './companion-section';
import { DimensionProfileSection } from './dimension-profile-section';
import { ElementTableSection } from './element-table-section';
import { LayerSection } from './layer-section';
import { SummarySection } from './summary-section';
import './results.css';

export interface ResultsViewProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly status: AssessmentStatus;
  /** The evidence-supported score and the answers it caps (`useEvidenceSupport`). */
  readonly evidence: EvidenceSupport;
  readonly lang: 'id' | 'en';
  /** The "what's left" list, linked from a provisional headline. */
  readonly whatsLeftHref?: string;
  /** Where "Siapa yang sudah baik di sini?" leads for an element below level 4 (the visit screens). */
  readonly whomToVisitHref?: (elementId: string) => string;
  /** Rendered in the status box: the one next step (continue answering, mark final, print). */
  readonly actions?: ReactNode;
}

/**
 * Presentational results of one scored assessment: summary (provisional below the final
 * threshold), evidence-supported score and status, six-dimension radar with
 * its table, per-element table with notes, readiness by layer, companion statistics. Props only;
 * the page above renders the h1.
 */
export function ResultsView({ instrument, score, status, evidence, lang, whatsLeftHref, whomToVisitHref, actions }: ResultsViewProps) {
  return (
    <div className="sc-results">
      <SummarySection instrument={instrument} score={score} status={status} evidence={evidence} lang={lang}
        whatsLeftHref={whatsLeftHref} actions={actions} />
      <DimensionProfileSection instrument={instrument} score={score} lang={lang} />
      <ElementTableSection instrument={instrument} score={score} lang={lang} whomToVisitHref={whomToVisitHref} />
      <LayerSection layers={score.layers} lang={lang} />
      <CompanionSection score={score} lang={lang} />
    </div>
  );
}
