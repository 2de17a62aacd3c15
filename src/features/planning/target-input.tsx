import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTargetInput } from '../../domain/planning/target-values';
import { usePlanStore } from '../../state/plan-store';

interface TargetInputProps {
  readonly value: number;
  /** Accessible name, e.g. "Target akhir GOV.1 Kebijakan". */
  readonly label: string;
  readonly locale: string;
  /** Called with every valid value typed (0–5, at most one decimal). */
  readonly onCommit: (value: number) => void;
  readonly disabled?: boolean;
}

/** The typed target ("3,5" or "3.5"), or null unless it is 0–5 with at most one decimal. */
function parseTarget(text: string): number | null {
  const result = parseTargetInput(text);
  return result.ok ? result.value : null;
}

function display(value: number, locale: string): string {
  return value.toLocaleString(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
}

/**
 * A small text box for a 0–5 target. Every valid keystroke is stored at once (nothing typed is
 * lost); an invalid entry is kept in the box, marked and explained while typing, changes nothing,
 * and keeps the page from saying "Tersimpan" (`markInvalid`) until it is corrected.
 */
export function TargetInput({ value, label, locale, onCommit, disabled }: TargetInputProps) {
  const { t } = useTranslation('planning');
  const [draft, setDraft] = useState(() => display(value, locale));
  const [isInvalid, setIsInvalid] = useState(false);
  const focused = useRef(false);
  const errorId = useId();
  const markInvalid = usePlanStore((s) => s.markInvalid);
  useEffect(() => {
    // A value changed elsewhere (interpolation, horizon): show it unless the user is typing here.
    if (!focused.current) {
      setDraft(display(value, locale));
      setIsInvalid(false);
    }
  }, [value, locale]);
  useEffect(() => {
    markInvalid(label, isInvalid);
    return () => markInvalid(label, false);
  }, [label, isInvalid, markInvalid]);
  return (
    <span className="plan-target">
      <input
        type="text"
        inputMode="decimal"
        size={3}
        aria-label={label}
        value={draft}
        disabled={disabled}
        aria-invalid={isInvalid || undefined}
        aria-describedby={isInvalid ? errorId : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseTarget(e.target.value);
          setIsInvalid(parsed === null);
          if (parsed !== null && parsed !== value) onCommit(parsed);
        }}
        onBlur={() => {
          focused.current = false;
          const parsed = parseTarget(draft);
          if (parsed === null) setIsInvalid(true);
          else setDraft(display(parsed, locale));
        }}
      />
      {isInvalid ? (
        <span id={errorId} className="error-text plan-target__error">
          {t('roadmap.invalidValue')}
        </span>
      ) : null}
    </span>
  );
}
