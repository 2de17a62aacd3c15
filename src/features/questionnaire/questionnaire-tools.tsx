import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../state/settings-store';

/** The keyboard shortcut of "Berikutnya yang belum dijawab" (documented in docs/questionnaire.md). */
const NEXT_UNANSWERED_KEYS = 'Alt+Shift+N';

/** Alt+Shift+N outside text fields (where it could type a character on some keyboards). */
function isNextShortcut(e: KeyboardEvent): boolean {
  const typing = e.target instanceof Element && e.target.closest('textarea,select,[contenteditable],input:not([type=radio]):not([type=checkbox])');
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && !typing;
}

interface QuestionnaireToolsProps {
  /** Moves to the next unanswered indicator; false when there is none. */
  readonly onNextUnanswered: () => boolean;
  readonly onUndo: () => void;
  /** The indicator whose change "Urungkan" takes back; undefined = nothing to undo. */
  readonly lastChanged: string | undefined;
  readonly readOnly: boolean;
}

/** "Berikutnya yang belum dijawab" (and its shortcut), "Urungkan", and the translation switch. */
export const QuestionnaireTools = memo(function QuestionnaireTools({ onNextUnanswered, onUndo, lastChanged, readOnly }: QuestionnaireToolsProps) {
  const { t } = useTranslation('questionnaire');
  const showTranslation = useSettingsStore((s) => s.showTranslation);
  const setShowTranslation = useSettingsStore((s) => s.setShowTranslation);
  const [message, setMessage] = useState('');
  const next = useCallback(() => setMessage(onNextUnanswered() ? '' : t('allAnswered')), [onNextUnanswered, t]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isNextShortcut(e)) return;
      e.preventDefault();
      next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next]);
  return (
    <div className="q-tools row">
      <button type="button" className="btn" onClick={next} aria-keyshortcuts={NEXT_UNANSWERED_KEYS} aria-describedby="q-next-keys">
        {t('nextUnanswered')}
      </button>
      <span id="q-next-keys" className="hint">{t('nextUnansweredKeys', { keys: NEXT_UNANSWERED_KEYS })}</span>
      <button type="button" className="btn" onClick={onUndo} disabled={readOnly || !lastChanged}
        aria-label={lastChanged ? t('undoLabel', { id: lastChanged }) : undefined}>
        <span aria-hidden="true">↶ </span>{t('undo')}
      </button>
      <label className="q-switch">
        <input type="checkbox" checked={showTranslation} onChange={(e) => setShowTranslation(e.target.checked)} />
        {t('showTranslation')}
      </label>
      <p role="status" className="q-tools-message">{message}</p>
    </div>
  );
});
