import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Persisted key: never rename without a migration. */
export const BACKUP_STORAGE_KEY = 'siap-cerdas:backup';

interface BackupState {
  /** ISO time of the last full backup ("Cadangkan sekarang" or export of everything). */
  readonly lastBackupAt: string | null;
  /** ISO time of the last successful import (changes data without a newer `updatedAt`). */
  readonly lastImportAt: string | null;
  markBackedUp(at: string): void;
  markImported(at: string): void;
}

type Persisted = Pick<BackupState, 'lastBackupAt' | 'lastImportAt'>;

const isoOrNull = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

/**
 * When the data was last backed up, in localStorage (small, synchronous: the home reminder shows
 * on first render). Version 1; `migrate` keeps only well-formed timestamps from older shapes.
 */
export const useBackupStore = create<BackupState>()(
  persist(
    (set) => ({
      lastBackupAt: null,
      lastImportAt: null,
      markBackedUp: (at) => set({ lastBackupAt: at }),
      markImported: (at) => set({ lastImportAt: at }),
    }),
    {
      name: BACKUP_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted): Persisted => {
        const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
        return { lastBackupAt: isoOrNull(p['lastBackupAt']), lastImportAt: isoOrNull(p['lastImportAt']) };
      },
      partialize: (s): Persisted => ({ lastBackupAt: s.lastBackupAt, lastImportAt: s.lastImportAt }),
    },
  ),
);
