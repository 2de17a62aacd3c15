import { create } from 'zustand';
import { writeHeldData } from '../lib/held-data-marker';
import type { StorageError } from '../storage/errors';

export type StorageErrorKind = StorageError['kind'];

interface AppStatusState {
  /** Another tab opened a newer database version: this tab must reload. */
  readonly versionChange: boolean;
  /** The last storage failure, shown in a banner with what to do. */
  readonly storageError: StorageErrorKind | null;
  /**
   * The browser lost the database: it reported `dataLoss` on opening, or the database opened
   * empty although this device held assessments (`count` of them, when known).
   */
  readonly dataLoss: { readonly count: number | null } | null;
  setVersionChange(): void;
  reportDataLoss(count: number | null): void;
  /** The user has read the lost-data message: it is not shown again. */
  acknowledgeDataLoss(): void;
  reportStorageError(kind: StorageErrorKind): void;
  clearStorageError(): void;
}

export const useAppStatusStore = create<AppStatusState>()((set) => ({
  versionChange: false,
  storageError: null,
  dataLoss: null,
  setVersionChange: () => set({ versionChange: true }),
  reportDataLoss: (count) => set((s) => ({ dataLoss: { count: count ?? s.dataLoss?.count ?? null } })),
  acknowledgeDataLoss: () => {
    writeHeldData(0);
    set({ dataLoss: null });
  },
  reportStorageError: (kind) => set({ storageError: kind }),
  clearStorageError: () => set({ storageError: null }),
}));
