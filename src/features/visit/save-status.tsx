import type { VisitEntry } from '../../domain/visit/workspace';
import { saveKey, useVisitStore } from '../../state/visit-store';
import type { VisitText } from './use-visit-text';

/** Live save state of one workspace entry: "✓ Tersimpan" only after IndexedDB committed its latest value. */
export function SaveStatus({ kind, id, text }: { kind: VisitEntry['kind']; id: string; text: VisitText }) {
  const { t } = text;
  const state = useVisitStore((s) => s.saves[saveKey(kind, id)]);
  const retry = useVisitStore((s) => s.retry);
  if (state === undefined || state === 'saving' || state === 'saved') {
    return <p className="muted" role="status" data-visit-save={state ?? 'idle'}>{t(state ?? 'savedLocal')}</p>;
  }
  return (
    <div role="status" data-visit-save="error">
      <p className="error-text">{t('saveError', { reason: t(`common:storage.${state}`) })}</p>
      <button type="button" className="btn" onClick={() => retry(kind, id)}>{t('retry')}</button>
    </div>
  );
}
