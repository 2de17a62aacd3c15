import type { ReactNode } from 'react';
import type { Instrument } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { CompanionSection } from './companion-section';
import { DimensionProfileSection } from './dimension-profile-section';
import { ElementTableSection } from './element-table-section';
import { LayerSection } from './layer-section';
import { SummarySection } from './summary-section';
import './results.css';

export interface ResultsViewProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: 'id' | 'en';
  /** Rendered beside the final-status badge (e.g. "Tandai final", "Unduh laporan"). */
  readonly actions?: ReactNode;
}

/**
 * Presentational results of one scored assessment: summary and status, six-dimension radar with
 * its table, per-element table with notes, readiness by layer, companion statistics. Props only;
 * the page above renders the h1.
 */
export function ResultsView({ instrument, score, lang, actions }: ResultsViewProps) {
  return (
    <div className="sc-results">
      <SummarySection instrument={instrument} score={score} lang={lang} actions={actions} />
      <DimensionProfileSection instrument={instrument} score={score} lang={lang} />
      <ElementTableSection instrument={instrument} score={score} lang={lang} />
      <LayerSection layers={score.layers} lang={lang} />
      <CompanionSection score={score} lang={lang} />
    </div>
  );
}
