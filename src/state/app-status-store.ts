import { create } from 'zustand';
import type { StorageError } from '../storage/errors';

export type StorageErrorKind = StorageError['kind'];

interface AppStatusState {
  /** Another tab opened a newer database version: this tab must reload. */
  readonly versionChange: boolean;
  /** The last storage failure, shown in a banner with what to do. */
  readonly storageError: StorageErrorKind | null;
  setVersionChange(): void;
  reportStorageError(kind: StorageErrorKind): void;
  clearStorageError(): void;
}

export const useAppStatusStore = create<AppStatusState>()((set) => ({
  versionChange: false,
  storageError: null,
  setVersionChange: () => set({ versionChange: true }),
  reportStorageError: (kind) => set({ storageError: kind }),
  clearStorageError: () => set({ storageError: null }),
}));
