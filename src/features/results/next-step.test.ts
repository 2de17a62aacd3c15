// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextStepOf } from './next-step';

describe('nextStepOf', () => {
  it.each([
    ['draft', false, 'continue'],
    ['draft', true, 'finalize'],
    ['final', true, 'print'],
    ['final', false, 'print'],
  ] as const)('%s, eligible %s → %s', (status, eligible, expected) => {
    expect(nextStepOf(status, eligible)).toBe(expected);
  });
});
