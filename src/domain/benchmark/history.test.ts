// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { previousPeriodEntry, regionHistory } from './history';
import { entry } from './test-entries';

const focus = entry('32.74', 3, { id: 'focus', period: 2026 });

describe('regionHistory', () => {
  it('lists the focus region once per period, oldest first, with the latest final per period', () => {
    const entries = [
      focus,
      entry('32.74', 2, { id: 'p2025', period: 2025 }),
      entry('32.74', 1, { id: 'p2025-old', period: 2025, updatedAt: '2025-01-01T00:00:00.000Z' }),
      entry('32.74', 1.5, { id: 'p2024', period: 2024 }),
      entry('32.73', 4, { id: 'other-region', period: 2025 }),
      entry('32.74', 4, { id: 'other-weights', period: 2023, weightProfileId: 'expert-v1' }),
      entry('32.74', 4, { id: 'draft', period: 2022, status: 'draft' }),
    ];
    expect(regionHistory(entries, focus, false).map((e) => e.id)).toEqual(['p2024', 'p2025', 'focus']);
    expect(regionHistory(entries, focus, true).map((e) => e.id)).toEqual(['draft', 'p2024', 'p2025', 'focus']);
  });

  it('uses the focus for its own period even when a later final exists', () => {
    const newer = entry('32.74', 5, { id: 'newer', updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(regionHistory([focus, newer], focus, false).map((e) => e.id)).toEqual(['focus']);
  });
});

describe('previousPeriodEntry', () => {
  it('returns the most recent earlier period, or undefined', () => {
    const history = [entry('32.74', 1, { id: 'a', period: 2023 }), entry('32.74', 2, { id: 'b', period: 2025 }), focus];
    expect(previousPeriodEntry(history, 2026)?.id).toBe('b');
    expect(previousPeriodEntry(history, 2023)).toBeUndefined();
  });
});
