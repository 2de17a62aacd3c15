import { describe, expect, it } from 'vitest';
import { withCleared, withLevel, withNote } from './answer-edits';
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

describe('withCleared', () => {
  it('sets the level back to unanswered, keeping note and evidence, dropping the NA reason', () => {
    const evidence = [{ id: 'e1', kind: 'sk' as const, title: 'SK Tim', reference: '1/2026' }];
    const na: Answer = { indicatorId: 'BRD.1.3', level: 'NA', naReason: 'Tidak ada pantai', note: 'Dicek', evidence };
    expect(withCleared(na, 'BRD.1.3')).toEqual({ indicatorId: 'BRD.1.3', level: null, note: 'Dicek', evidence });
    expect(withCleared(merged, 'GOV.1.1')).toEqual({ indicatorId: 'GOV.1.1', level: null, evidence: [], answeredAt: merged.answeredAt });
    expect(withCleared(undefined, 'GOV.1.2')).toEqual({ indicatorId: 'GOV.1.2', level: null, evidence: [] });
  });
});
