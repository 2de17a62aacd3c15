// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer } from '../assessment/types';
import { popUndo, pushUndo } from './undo-stack';
import type { UndoStack } from './undo-stack';

const ans = (indicatorId: string, level: Answer['level'], extra: Partial<Answer> = {}): Answer => ({ indicatorId, level, evidence: [], ...extra });

describe('undo stack', () => {
  it('pops changes newest first, each with the answer before it', () => {
    let stack: UndoStack = [];
    stack = pushUndo(stack, undefined, ans('GOV.1.1', 3));
    stack = pushUndo(stack, ans('GOV.1.1', 3), ans('GOV.1.1', null));
    stack = pushUndo(stack, ans('BRD.1.3', 2), ans('BRD.1.3', 'NA', { naReason: 'x' }));
    const first = popUndo(stack);
    expect(first?.entry).toMatchObject({ indicatorId: 'BRD.1.3', before: ans('BRD.1.3', 2) });
    const second = popUndo(first?.rest ?? []);
    expect(second?.entry.before).toEqual(ans('GOV.1.1', 3));
    const third = popUndo(second?.rest ?? []);
    expect(third?.entry).toMatchObject({ indicatorId: 'GOV.1.1', before: undefined });
    expect(popUndo(third?.rest ?? [])).toBeUndefined();
  });

  it('keeps the last 20 changes (the oldest dropped)', () => {
    let stack: UndoStack = [];
    for (let i = 0; i < 25; i += 1) stack = pushUndo(stack, ans(`GOV.1.${i}`, 1), ans(`GOV.1.${i}`, 2));
    expect(stack).toHaveLength(20);
    expect(stack[0]?.indicatorId).toBe('GOV.1.5');
    expect(stack[19]?.indicatorId).toBe('GOV.1.24');
  });

  it('merges typing of one note into one change, but not a level change or another indicator', () => {
    let stack: UndoStack = [];
    stack = pushUndo(stack, undefined, ans('GOV.1.1', 2));
    stack = pushUndo(stack, ans('GOV.1.1', 2), ans('GOV.1.1', 2, { note: 'a' }));
    stack = pushUndo(stack, ans('GOV.1.1', 2, { note: 'a' }), ans('GOV.1.1', 2, { note: 'ab' }));
    // Two entries: the level, and the whole note (back to no note).
    expect(stack).toHaveLength(2);
    expect(stack[1]?.before).toEqual(ans('GOV.1.1', 2));
    expect(stack[1]?.after.note).toBe('ab');
    stack = pushUndo(stack, ans('GOV.2.1', 1), ans('GOV.2.1', 1, { note: 'c' }));
    stack = pushUndo(stack, ans('GOV.2.1', 1, { note: 'c' }), ans('GOV.2.1', 3, { note: 'c' }));
    expect(stack.map((e) => e.indicatorId)).toEqual(['GOV.1.1', 'GOV.1.1', 'GOV.2.1', 'GOV.2.1']);
  });

  it('merges typing of an NA reason into the change that set "Tidak relevan"', () => {
    let stack: UndoStack = [];
    stack = pushUndo(stack, ans('BRD.1.3', 4), ans('BRD.1.3', 'NA', { naReason: 'T' }));
    stack = pushUndo(stack, ans('BRD.1.3', 'NA', { naReason: 'T' }), ans('BRD.1.3', 'NA', { naReason: 'Ti' }));
    expect(stack).toHaveLength(1);
    expect(stack[0]?.before).toEqual(ans('BRD.1.3', 4));
  });

  it('does not record saving the answer that is already there (retry after a failed write)', () => {
    const current = ans('GOV.1.1', 3);
    const stack = pushUndo([], undefined, current);
    expect(pushUndo(stack, current, current)).toBe(stack);
  });

  it('does not merge adding evidence into a note edit', () => {
    const evidence = [{ id: 'e1', kind: 'sk' as const, title: 'SK', reference: '' }];
    let stack: UndoStack = [];
    stack = pushUndo(stack, ans('GOV.1.1', 2), ans('GOV.1.1', 2, { note: 'a' }));
    stack = pushUndo(stack, ans('GOV.1.1', 2, { note: 'a' }), ans('GOV.1.1', 2, { note: 'a', evidence }));
    expect(stack).toHaveLength(2);
  });
});
