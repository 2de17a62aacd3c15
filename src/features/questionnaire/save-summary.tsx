import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../state/assessment-store';

/**
 * The page-level saved state, announced politely to screen readers. It shows in the header, or on
 * phones (`inBar`) in the bottom bar; questionnaire.css hides the other one, so one is announced.
 */
export function SaveSummary({ saves, inBar = false }: { saves: Readonly<Record<string, SaveState>>; inBar?: boolean }) {
  const { t } = useTranslation('questionnaire');
  const states = Object.values(saves);
  let key = 'save.nothingYet';
  let cls = 'idle';
  if (states.some((s) => s.status === 'error')) [key, cls] = ['save.someFailed', 'error'];
  else if (states.some((s) => s.status === 'saving')) [key, cls] = ['save.someSaving', 'saving'];
  else if (states.length > 0) [key, cls] = ['save.allSaved', 'saved'];
  return (
    <p className={`save-summary save-${cls}${inBar ? ' save-summary--bar' : ''}`} role="status" data-testid={inBar ? undefined : 'save-summary'}>
      {cls === 'saved' && <span aria-hidden="true">✓ </span>}
      {t(key)}
    </p>
  );
}
