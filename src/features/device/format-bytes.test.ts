// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'id-ID', '0 kB'],
    [1_536, 'id-ID', '1,5 kB'],
    [2_400_000, 'id-ID', '2,4 MB'],
    [250_000_000, 'en-GB', '250 MB'],
    [12_345_678_901, 'en-GB', '12 GB'],
  ])('formats %d bytes in %s as %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});
