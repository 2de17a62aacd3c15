// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/types';
import { completeAnswers, makeAssessment } from './exchange-test-data';
import type { ImportedBundle } from './restore';
import type { ImportDecisions } from './plan-import';
import { decisionOf, DEFAULT_DECISIONS, idsNeeded, isConflict, planImport, previewRow, resolveImport } from './plan-import';

function incoming(overrides: Partial<Assessment>): ImportedBundle {
  return { assessment: makeAssessment(overrides), answers: Object.values(completeAnswers()), regionNameInFile: 'Kota Cirebon' };
}

const NOW = '2026-11-22T05:00:00.000Z';
/** Decisions per row, "mine" for the rest. */
const own = (byKey: ImportDecisions['byKey']): ImportDecisions => ({ all: 'mine', byKey });
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planImport', () => {
  const local = [
    makeAssessment({ id: 'mine-1', regionCode: '32.74', period: 2025 }),
    makeAssessment({ id: 'mine-2', regionCode: '33.74', period: 2026 }),
  ];

  it('marks new rows, same-id and same-region-period conflicts', () => {
    const plan = planImport(
      [
        incoming({ id: 'new-row', regionCode: '11.01', period: 2026 }),
        incoming({ id: 'mine-1', regionCode: '32.74', period: 2025 }),
        incoming({ id: 'other', regionCode: '33.74', period: 2026 }),
        incoming({ id: 'mine-1x', regionCode: '33.74', period: 2025 }),
      ],
      local,
    );
    expect(plan.rows.map((r) => r.matches.map((m) => [m.assessment.id, m.reasons]))).toEqual([
      [],
      [['mine-1', ['same_id', 'same_region_period']]],
      [['mine-2', ['same_region_period']]],
      [],
    ]);
    expect(plan.rows.map(isConflict)).toEqual([false, true, true, false]);
  });

  it('lists every local assessment a row conflicts with', () => {
    const plan = planImport([incoming({ id: 'mine-1', regionCode: '33.74', period: 2026 })], local);
    expect(plan.rows[0]?.matches.map((m) => [m.assessment.id, m.reasons])).toEqual([
      ['mine-1', ['same_id']],
      ['mine-2', ['same_region_period']],
    ]);
  });

  it('recomputes the score from the answers', () => {
    const [row] = planImport([incoming({ id: 'x' })], []).rows;
    expect(row?.score?.index).toBeGreaterThan(0);
    expect(row?.score?.answered).toBe(71);
  });
});

describe('previewRow', () => {
  it('keeps what the preview shows: key, region, period, status, the recomputed index and the matches', () => {
    const allFour = { ...incoming({ id: 'x', status: 'final' }), answers: Object.values(completeAnswers()).map((a) => ({ indicatorId: a.indicatorId, level: 4 as const, evidence: [] })) };
    const local = [makeAssessment({ id: 'x' })];
    const [row] = planImport([allFour, incoming({ id: 'empty', regionCode: '11.01' })].map((b, i) => (i === 1 ? { ...b, answers: [] } : b)), local).rows.map(previewRow);
    expect(row).toEqual({
      key: 'x', assessment: { id: 'x', regionCode: '32.74', period: 2026, status: 'final' }, index: 4,
      matches: [{ assessment: local[0], reasons: ['same_id', 'same_region_period'] }],
    });
    expect(previewRow(planImport([{ ...incoming({ id: 'e' }), answers: [] }], []).rows[0]!).index).toBeNull();
  });

  it('counts the new ids the decisions need: one per "keep both", the decision for all included', () => {
    expect(idsNeeded(own({ a: 'both', b: 'mine', c: 'theirs', d: 'both' }), 4)).toBe(2);
    expect(idsNeeded(DEFAULT_DECISIONS, 3)).toBe(0);
    // "Keep both" for all 5 conflicts, except two set otherwise: 3 new ids.
    expect(idsNeeded({ all: 'both', byKey: { a: 'mine', b: 'theirs' } }, 5)).toBe(3);
    expect(idsNeeded({ all: 'both', byKey: { a: 'both' } }, 5)).toBe(5);
  });

  it('decides a row by its own choice, else by the choice for all', () => {
    expect(decisionOf({ all: 'theirs', byKey: { a: 'mine' } }, 'a')).toBe('mine');
    expect(decisionOf({ all: 'theirs', byKey: { a: 'mine' } }, 'b')).toBe('theirs');
    expect(decisionOf(DEFAULT_DECISIONS, 'b')).toBe('mine');
  });
});

describe('resolveImport', () => {
  it('applies the decision for all to every conflict without its own', () => {
    const local = [makeAssessment({ id: 'p' }), makeAssessment({ id: 'q', regionCode: '11.01' })];
    const p = planImport([incoming({ id: 'p' }), incoming({ id: 'q', regionCode: '11.01' }), incoming({ id: 'r', regionCode: '11.02' })], local);
    const { writes, summary } = resolveImport(p, { all: 'theirs', byKey: { q: 'mine' } }, ids(), NOW);
    expect(writes.deleteIds).toEqual(['p']);
    expect(summary).toEqual({ added: 1, replaced: 1, keptBoth: 0, skipped: 1 });
  });

  const local = [makeAssessment({ id: 'same', regionCode: '32.74', period: 2026 })];
  const plan = planImport([incoming({ id: 'fresh', regionCode: '11.01' }), incoming({ id: 'same' })], local);

  it('creates new rows and keeps mine by default', () => {
    const { writes, summary } = resolveImport(plan, DEFAULT_DECISIONS, ids(), NOW);
    expect(writes.deleteIds).toEqual([]);
    expect(writes.create.map((w) => w.assessment.id)).toEqual(['fresh']);
    expect(summary).toEqual({ added: 1, replaced: 0, keptBoth: 0, skipped: 1 });
  });

  it('"theirs" replaces the conflicting local assessment', () => {
    const { writes, summary } = resolveImport(plan, own({ same: 'theirs' }), ids(), NOW);
    expect(writes.deleteIds).toEqual(['same']);
    expect(writes.create.map((w) => w.assessment.id)).toEqual(['fresh', 'same']);
    expect(writes.create[1]?.assessment).toEqual(plan.rows[1]?.incoming.assessment);
    expect(writes.create[1]?.answers).toHaveLength(72);
    expect(summary).toEqual({ added: 1, replaced: 1, keptBoth: 0, skipped: 0 });
  });

  it('"both" adds the file\'s assessment under a new id and keeps mine', () => {
    const { writes, summary } = resolveImport(plan, own({ same: 'both' }), ids(), NOW);
    expect(writes.deleteIds).toEqual([]);
    expect(writes.create.map((w) => w.assessment.id)).toEqual(['fresh', 'new-1']);
    expect(writes.create[1]?.assessment).toMatchObject({ regionCode: '32.74', period: 2026, updatedAt: NOW, createdAt: '2026-01-10T08:00:00.000Z' });
    expect(summary).toEqual({ added: 1, replaced: 0, keptBoth: 1, skipped: 0 });
  });

  it('"theirs" on a row matching two local assessments deletes both, once', () => {
    const two = [makeAssessment({ id: 'x' }), makeAssessment({ id: 'y', period: 2027 })];
    const p = planImport([incoming({ id: 'x', period: 2027 }), incoming({ id: 'z', period: 2027 + 1 })], two);
    expect(resolveImport(p, own({ x: 'theirs' }), ids(), NOW).writes.deleteIds).toEqual(['x', 'y']);
  });
});

describe('resolveImport with plans', () => {
  const plan = { assessmentId: 'a-1', actions: [], assignments: { 'GOV.1': 'Diskominfo' }, workPackages: [], updatedAt: NOW };
  const withPlan = (overrides: Partial<Assessment>): ImportedBundle => ({ ...incoming(overrides), plan: { ...plan, assessmentId: overrides.id ?? 'a-1' } });

  it('writes the plan with its assessment, and moves it to the new id on "keep both"', () => {
    const local = [makeAssessment({ id: 'a-1' })];
    const importPlan = planImport([withPlan({ id: 'a-1' }), withPlan({ id: 'b-1', regionCode: '11.01' })], local);
    const both = resolveImport(importPlan, own({ 'a-1': 'both' }), ids(), NOW);
    expect(both.writes.create.map((w) => [w.assessment.id, w.plan?.assessmentId])).toEqual([['new-1', 'new-1'], ['b-1', 'b-1']]);
    const theirs = resolveImport(importPlan, own({ 'a-1': 'theirs' }), ids(), NOW);
    expect(theirs.writes.create.map((w) => [w.assessment.id, w.plan?.assessmentId])).toEqual([['a-1', 'a-1'], ['b-1', 'b-1']]);
  });

  it('writes no plan for an assessment that has none', () => {
    const { writes } = resolveImport(planImport([incoming({ id: 'c-1' })], []), DEFAULT_DECISIONS, ids(), NOW);
    expect(writes.create[0]).not.toHaveProperty('plan');
  });
});

