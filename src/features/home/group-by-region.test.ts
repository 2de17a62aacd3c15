// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../state/assessment-list-store';
import { groupByRegion } from './group-by-region';

const NAMES: Readonly<Record<string, string>> = { '32.74': 'Kota Cirebon', '32.73': 'Kota Bandung', '32.09': 'Kabupaten Cirebon' };
const summary = (id: string, regionCode: string, period: number, updatedAt = '2026-01-01T00:00:00.000Z'): AssessmentSummary => ({
  assessment: {
    id, regionCode, period, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', status: 'draft',
    createdAt: updatedAt, updatedAt,
  },
  answeredCount: 0,
  naCount: 0,
});

describe('groupByRegion', () => {
  it('puts each region’s periods together, newest first, regions by name, and marks each first row', () => {
    const items = [
      summary('cirebon-2025', '32.74', 2025),
      summary('bandung-2026', '32.73', 2026),
      summary('cirebon-2026', '32.74', 2026),
      summary('kab-cirebon-2026', '32.09', 2026),
      summary('cirebon-2026-copy', '32.74', 2026, '2026-02-01T00:00:00.000Z'),
    ];
    const rows = groupByRegion(items, (code) => NAMES[code] ?? code);
    expect(rows.map((r) => [r.summary.assessment.id, r.isFirstOfRegion])).toEqual([
      ['kab-cirebon-2026', true],
      ['bandung-2026', true],
      ['cirebon-2026-copy', true],
      ['cirebon-2026', false],
      ['cirebon-2025', false],
    ]);
  });
});
