/**
 * Typed storage failures. Every rejection that leaves `storage/` is a `StorageError`, so the UI
 * can map `kind` to a message ("disk full", "update the app", "reload") without parsing
 * browser-specific DOMException names (Excalidraw `LocalData.ts` surfaces quota errors the same way).
 */

/** Why a storage operation failed. Stable values: the UI switches on them. */
export type StorageErrorKind =
  /** The browser refused to store more data (disk or origin quota full). */
  | 'quota'
  /** IndexedDB is missing, disabled (private mode, policy) or the connection was closed. */
  | 'unavailable'
  /** An older connection in another tab prevents the database upgrade. */
  | 'blocked'
  /** The record the operation needs does not exist. */
  | 'not_found'
  /** A record with the same key already exists. */
  | 'conflict'
  /** The database or a record was written by a newer version of the app. */
  | 'too_new'
  /** A record does not have the expected shape (on read or before write). */
  | 'invalid'
  | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** The original error (usually a DOMException), if any. */
  override readonly cause: unknown;

  constructor(kind: StorageErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
    this.cause = cause;
  }
}

/** DOMException / Error names raised by IndexedDB implementations, by storage error kind. */
const KIND_BY_ERROR_NAME: Readonly<Record<string, StorageErrorKind>> = {
  QuotaExceededError: 'quota',
  // Old Firefox name for the same condition.
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  // Connection closed, Firefox private browsing, or a store missing from the schema.
  InvalidStateError: 'unavailable',
  // Backing store failure (Chrome/Safari when the profile is corrupt or the disk fails).
  UnknownError: 'unavailable',
  // Storage blocked for this origin (e.g. third-party context, user settings).
  SecurityError: 'unavailable',
  NotFoundError: 'unavailable',
  TimeoutError: 'unavailable',
  ConstraintError: 'conflict',
  // The database on disk has a higher version than DB_VERSION: a newer app wrote it.
  VersionError: 'too_new',
  DataError: 'invalid',
  DataCloneError: 'invalid',
};

function errorName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('name' in e)) return undefined;
  return typeof e.name === 'string' ? e.name : undefined;
}

/**
 * Converts anything thrown by IndexedDB (or by our own code) into a `StorageError`.
 * Returns `e` itself when it already is one; otherwise maps the DOMException `name` to a kind
 * (name-based, not `instanceof`, because DOMException classes differ between realms).
 */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = errorName(e);
  const kind = (name !== undefined ? KIND_BY_ERROR_NAME[name] : undefined) ?? 'unknown';
  const detail = e instanceof Error || name !== undefined ? `${name ?? 'Error'}: ${messageOf(e)}` : String(e);
  return new StorageError(kind, `Storage failed (${kind}). ${detail}`, e);
}

function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return '';
}
