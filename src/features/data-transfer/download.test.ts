// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it.each([
    ['backup', 'id', 'siap-cerdas-cadangan-2026-11-22.json'],
    ['export', 'id', 'siap-cerdas-ekspor-2026-11-22.json'],
    ['scores', 'id', 'siap-cerdas-skor-2026-11-22.csv'],
    ['backup', 'en', 'siap-cerdas-backup-2026-11-22.json'],
    ['export', 'en', 'siap-cerdas-export-2026-11-22.json'],
    ['scores', 'en', 'siap-cerdas-scores-2026-11-22.csv'],
  ] as const)('%s in %s → %s', (kind, lang, expected) => {
    // Noon UTC is 22 November in every time zone a test machine may run in (UTC−11 … UTC+11).
    expect(exportFileName(kind, '2026-11-22T12:00:00.000Z', lang)).toBe(expected);
  });
});
