import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/assessment/validation';

/** The text of a validation error in the current language. */
export function useFieldErrorText(): (e: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (e) =>
    e ? t(`validation.${e.code}`, { limit: e.limit ?? 0, length: e.length ?? 0 }) : undefined;
}

export function FieldErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const text = useFieldErrorText()(error);
  if (!text) return null;
  return (
    <p id={id} className="error-text">
      {text}
    </p>
  );
}
