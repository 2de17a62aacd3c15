import { describe, expect, it } from 'vitest';
import { withLevel, withNote } from './answer-edits';
import type { Answer } from './types';

const merged: Answer = {
  indicatorId: 'GOV.1.1',
  level: 4,
  evidence: [],
  answeredAt: '2026-11-20T02:00:00.000Z',
  provenance: { opd: 'Dinas Kesehatan', packageId: 'p1', answeredAt: '2026-11-20T02:00:00.000Z', mergedAt: '2026-11-21T03:00:00.000Z' },
};

describe('answer edits and provenance', () => {
  it('a local level change drops the provenance of a merged answer', () => {
    const edited = withLevel(merged, 'GOV.1.1', 3);
    expect(edited.level).toBe(3);
    expect('provenance' in edited).toBe(false);
    expect(merged.provenance?.opd).toBe('Dinas Kesehatan');
  });

  it('a local note change drops it too, keeping the level', () => {
    const edited = withNote(merged, 'GOV.1.1', 'Dicek ulang');
    expect(edited).toMatchObject({ level: 4, note: 'Dicek ulang' });
    expect('provenance' in edited).toBe(false);
  });
});
