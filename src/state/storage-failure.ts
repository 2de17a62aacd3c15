import type { StorageError } from '../storage/errors';
import { toStorageError } from '../storage/errors';
import { useAppStatusStore } from './app-status-store';

/** Maps any failure to a storage error kind and reports it to the app banner. */
export function reportFailure(e: unknown): StorageError['kind'] {
  const kind = toStorageError(e).kind;
  useAppStatusStore.getState().reportStorageError(kind);
  return kind;
}
