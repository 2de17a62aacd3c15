/** Saving a generated file: a Blob clicked through a temporary `<a download>` (works offline). */

/** Starts the download of `text` as `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `YYYY-MM-DD` of an ISO time in the user's time zone (WIB/WITA/WIT), for file names. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

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
