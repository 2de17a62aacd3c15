import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useValueAccessors } from './stable-props';

describe('useValueAccessors', () => {
  it('reads a series value (missing → null) and keeps the same accessor while the keys stay the same', () => {
    const { result, rerender } = renderHook(({ keys }) => useValueAccessors<{ values: Record<string, number | null> }>(keys), {
      initialProps: { keys: ['median', 'focus'] },
    });
    const first = result.current('focus');
    expect(first({ values: { focus: 2.5 } })).toBe(2.5);
    expect(first({ values: {} })).toBeNull();
    rerender({ keys: ['median', 'focus'] });
    expect(result.current('focus')).toBe(first);
    rerender({ keys: ['median', 'previous', 'focus'] });
    expect(result.current('previous')({ values: { previous: 3 } })).toBe(3);
  });
});
