// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Fallback, sha256Hex } from './sha256';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Kota Cirebon — 2026 “é”', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)])(
    'matches Node for %j (Web Crypto and fallback)',
    async (text) => {
      expect(await sha256Hex(text)).toBe(node(text));
      expect(hex(sha256Fallback(new TextEncoder().encode(text)))).toBe(node(text));
    },
  );

  it('knows the FIPS 180-4 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
