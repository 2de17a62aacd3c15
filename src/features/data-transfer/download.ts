import { localDate } from '../../lib/download';
import type { UiLang } from '../../state/settings-store';

export { downloadText, localDate } from '../../lib/download';

export type ExportKind = 'backup' | 'export' | 'scores';

/** File name prefixes in the UI language. */
const PREFIX: Readonly<Record<UiLang, Readonly<Record<ExportKind, string>>>> = {
  id: { backup: 'siap-cerdas-cadangan', export: 'siap-cerdas-ekspor', scores: 'siap-cerdas-skor' },
  en: { backup: 'siap-cerdas-backup', export: 'siap-cerdas-export', scores: 'siap-cerdas-scores' },
};

/** e.g. `siap-cerdas-cadangan-2026-11-22.json`, `siap-cerdas-skor-2026-11-22.csv` (English: `…-backup-…`, `…-scores-…`). */
export function exportFileName(kind: ExportKind, iso: string, lang: UiLang): string {
  return `${PREFIX[lang][kind]}-${localDate(iso)}.${kind === 'scores' ? 'csv' : 'json'}`;
}
