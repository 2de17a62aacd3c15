import { describe, expect, it } from 'vitest';
import { results } from '../../i18n/locales/results';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('results locale', () => {
  it('has the same keys in Indonesian and English', () => {
    expect(keyPaths(results.en).sort()).toEqual(keyPaths(results.id).sort());
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (lang: 'id' | 'en') =>
      Object.fromEntries(
        keyPaths(results[lang]).map((path) => {
          const text = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], results[lang]);
          return [path, [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()];
        }),
      );
    expect(placeholders('en')).toEqual(placeholders('id'));
  });
});
