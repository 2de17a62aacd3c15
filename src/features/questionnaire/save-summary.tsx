import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../state/assessment-store';
import { useAssessmentStore } from '../../state/assessment-store';

/** The page-level saved state: any failure, else any write in flight, else all saved (or none yet). */
type SaveSummaryState = 'idle' | 'saving' | 'saved' | 'error';

function summarizeSaves(saves: Readonly<Record<string, SaveState>>): SaveSummaryState {
  const states = Object.values(saves);
  if (states.some((s) => s.status === 'error')) return 'error';
  if (states.some((s) => s.status === 'saving')) return 'saving';
  return states.length > 0 ? 'saved' : 'idle';
}

const TEXT_KEY: Readonly<Record<SaveSummaryState, string>> = {
  idle: 'save.nothingYet',
  saving: 'save.someSaving',
  saved: 'save.allSaved',
  error: 'save.someFailed',
};

/**
 * The page-level saved state, announced politely to screen readers. It shows in the header, or on
 * phones (`inBar`) in the bottom bar; questionnaire.css hides the other one, so one is announced.
 * It reads the store itself, so only it re-renders when a write starts or is confirmed.
 */
export function SaveSummary({ inBar = false }: { inBar?: boolean }) {
  const { t } = useTranslation('questionnaire');
  const state = useAssessmentStore((s) => summarizeSaves(s.saves));
  return (
    <p className={`save-summary save-${state}${inBar ? ' save-summary--bar' : ''}`} role="status" data-testid={inBar ? undefined : 'save-summary'}>
      {state === 'saved' && <span aria-hidden="true">✓ </span>}
      {t(TEXT_KEY[state])}
    </p>
  );
}
