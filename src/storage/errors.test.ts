import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'quota'],
    ['InvalidStateError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['ConstraintError', 'conflict'],
    ['VersionError', 'too_new'],
    ['DataCloneError', 'invalid'],
    ['AbortError', 'unknown'],
  ])('maps a DOMException named %s to %s, keeping it as cause', (name, kind) => {
    const e = new DOMException('message from the browser', name);

    const mapped = toStorageError(e);

    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.cause).toBe(e);
    expect(mapped.message).toContain('message from the browser');
  });

  it('returns a StorageError unchanged', () => {
    const e = new StorageError('not_found', 'gone');
    expect(toStorageError(e)).toBe(e);
  });

  it.each([new TypeError('x'), 'a string', undefined])('maps %s to unknown', (e) => {
    expect(toStorageError(e).kind).toBe('unknown');
  });
});
