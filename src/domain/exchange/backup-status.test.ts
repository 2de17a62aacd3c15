// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backupStatus } from './backup-status';

describe('backupStatus', () => {
  it.each([
    ['no data', { lastBackupAt: null, lastImportAt: null, updatedAt: [] }, { kind: 'empty' }],
    ['never backed up', { lastBackupAt: null, lastImportAt: null, updatedAt: ['2026-01-01T00:00:00.000Z'] }, { kind: 'never' }],
    [
      'changed after the backup',
      { lastBackupAt: '2026-02-01T00:00:00.000Z', lastImportAt: null, updatedAt: ['2026-01-01T00:00:00.000Z', '2026-02-02T00:00:00.000Z'] },
      { kind: 'changed', lastBackupAt: '2026-02-01T00:00:00.000Z', changedAt: '2026-02-02T00:00:00.000Z' },
    ],
    [
      'unchanged since the backup',
      { lastBackupAt: '2026-02-01T00:00:00.000Z', lastImportAt: null, updatedAt: ['2026-01-31T23:59:59.999Z'] },
      { kind: 'current', lastBackupAt: '2026-02-01T00:00:00.000Z' },
    ],
    [
      'imported after the backup',
      { lastBackupAt: '2026-02-01T00:00:00.000Z', lastImportAt: '2026-02-03T00:00:00.000Z', updatedAt: ['2026-01-01T00:00:00.000Z'] },
      { kind: 'changed', lastBackupAt: '2026-02-01T00:00:00.000Z', changedAt: '2026-02-03T00:00:00.000Z' },
    ],
    [
      'offsets compared as instants',
      { lastBackupAt: '2026-02-01T07:00:00+07:00', lastImportAt: null, updatedAt: ['2026-02-01T00:00:00.000Z'] },
      { kind: 'current', lastBackupAt: '2026-02-01T07:00:00+07:00' },
    ],
  ])('%s', (_what, input, expected) => {
    expect(backupStatus(input)).toEqual(expected);
  });
});
