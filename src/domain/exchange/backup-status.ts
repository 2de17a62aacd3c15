/**
 * Whether the data on this device changed since the last backup, for the home reminder.
 */

export interface BackupStatusInput {
  /** ISO time of the last "Cadangkan sekarang" (null: never). */
  readonly lastBackupAt: string | null;
  /** ISO time of the last successful import (it changes data without touching `updatedAt`). */
  readonly lastImportAt: string | null;
  /** `updatedAt` of every assessment on the device. */
  readonly updatedAt: readonly string[];
}

export type BackupStatus =
  /** Nothing to back up. */
  | { readonly kind: 'empty' }
  /** Data exists and was never backed up. */
  | { readonly kind: 'never' }
  /** Data changed after the last backup. */
  | { readonly kind: 'changed'; readonly lastBackupAt: string; readonly changedAt: string }
  | { readonly kind: 'current'; readonly lastBackupAt: string };

const time = (iso: string | null): number => {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * Compares the newest change (latest `updatedAt`, or the last import if later) with the last
 * backup time. Timestamps are compared as instants, so offsets like `+07:00` compare correctly.
 */
export function backupStatus(input: BackupStatusInput): BackupStatus {
  if (input.updatedAt.length === 0) return { kind: 'empty' };
  if (input.lastBackupAt === null || time(input.lastBackupAt) === Number.NEGATIVE_INFINITY) return { kind: 'never' };
  const changes = [...input.updatedAt, ...(input.lastImportAt ? [input.lastImportAt] : [])];
  const newest = changes.reduce((a, b) => (time(b) > time(a) ? b : a));
  return time(newest) > time(input.lastBackupAt)
    ? { kind: 'changed', lastBackupAt: input.lastBackupAt, changedAt: newest }
    : { kind: 'current', lastBackupAt: input.lastBackupAt };
}
