// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { interpolateTargets, parseTargetInput, roundTarget } from './target-values';

describe('roundTarget', () => {
  it.each([
    // Given a value, when rounded to a target, then one decimal, halves up, clamped to 0–5.
    [2.95, 3],
    [3.65, 3.7], // stored as 3.6499999999999999: the tolerance rounds the mathematical half up
    [1.45, 1.5],
    [2.25, 2.3],
    [2.24, 2.2],
    [0.05, 0.1],
    [4.04, 4],
    [-1, 0],
    [7, 5],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('%s → %s', (value, expected) => {
    expect(roundTarget(value)).toBe(expected);
  });
});

describe('interpolateTargets', () => {
  it.each([
    // current 2.25, final 4, 5 years: steps of 1.75/5 = 0.35 → 2.6, 2.95→3.0, 3.3, 3.65→3.7, 4.
    [2.25, 4, 5, [2.6, 3, 3.3, 3.7, 4]],
    // An element without a score starts from 0: steps of 0.2.
    [0, 1, 5, [0.2, 0.4, 0.6, 0.8, 1]],
    // current 2.25 → default final 3 (band 2 + 1): steps of 0.15 → 2.4, 2.55→2.6, 2.7, 2.85→2.9, 3.
    [2.25, 3, 5, [2.4, 2.6, 2.7, 2.9, 3]],
    // 10 years, steps of 0.125: 2.875→2.9, 3, 3.125→3.1, 3.25→3.3, 3.375→3.4, 3.5, 3.625→3.6, 3.75→3.8, 3.875→3.9, 4.
    [2.75, 4, 10, [2.9, 3, 3.1, 3.3, 3.4, 3.5, 3.6, 3.8, 3.9, 4]],
    // A final target below the current score falls: steps of −0.08 → 3.32, 3.24, 3.16, 3.08, 3.
    [3.4, 3, 5, [3.3, 3.2, 3.2, 3.1, 3]],
    // Already at the target: flat.
    [5, 5, 5, [5, 5, 5, 5, 5]],
  ])('current %s, final %s, horizon %s → %j', (current, final, horizon, expected) => {
    expect(interpolateTargets(current, final, horizon)).toEqual(expected);
  });

  it('is monotone, stays between current and final, and ends exactly on the final target', () => {
    const failures: string[] = [];
    for (const horizon of [5, 10]) {
      for (let c = 0; c <= 500; c += 7) {
        for (let f = 0; f <= 50; f += 3) {
          const [current, final] = [c / 100, f / 10];
          const yearly = interpolateTargets(current, final, horizon);
          const direction = Math.sign(final - current);
          const ok =
            yearly.length === horizon &&
            yearly[horizon - 1] === final &&
            yearly.every((v, i) =>
              v >= 0 && v <= 5 && Math.round(v * 10) / 10 === v &&
              direction * (final - v) >= 0 &&
              (i === 0 || direction * (v - (yearly[i - 1] ?? v)) >= 0));
          if (!ok) failures.push(`${current}→${final}/${horizon}: ${yearly.join(' ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('parseTargetInput', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' 4 ', 4],
    ['3,50', 3.5],
    [',5', 0.5],
    ['0', 0],
    ['5', 5],
    ['4.', 4],
  ])('accepts %j as %s', (text, value) => {
    expect(parseTargetInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['3,5,1', 'not_a_number'],
    ['1e1', 'not_a_number'],
    ['5,1', 'out_of_range'],
    ['-1', 'out_of_range'],
    ['3,25', 'too_many_decimals'],
    ['0.05', 'too_many_decimals'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseTargetInput(text)).toEqual({ ok: false, error });
  });
});

