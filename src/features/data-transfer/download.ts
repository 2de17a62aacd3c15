import { localDate } from '../../lib/download';

export { downloadText, localDate } from '../../lib/download';

export type ExportKind = 'backup' | 'export' | 'scores';

const PREFIX: Readonly<Record<ExportKind, string>> = {
  backup: 'siap-cerdas-cadangan',
  export: 'siap-cerdas-ekspor',
  scores: 'siap-cerdas-skor',
};

/** e.g. `siap-cerdas-cadangan-2026-11-22.json`, `siap-cerdas-skor-2026-11-22.csv`. */
export function exportFileName(kind: ExportKind, iso: string): string {
  return `${PREFIX[kind]}-${localDate(iso)}.${kind === 'scores' ? 'csv' : 'json'}`;
}
