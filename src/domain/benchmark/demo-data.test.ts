// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegionCatalog } from '../regions/parse-catalog';
import { DIMENSION_IDS } from '../instrument/types';
import { DEMO_PERIODS, demoEntryId, generateDemoEntries, isDemoId } from './demo-data';
import { hashString, mulberry32 } from './random';

const catalog = parseRegionCatalog(JSON.parse(readFileSync(new URL('../regions/regions-data.json', import.meta.url), 'utf8')));

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('hashString is stable', () => {
    expect(hashString('32.74', 1)).toBe(hashString('32.74', 1));
    expect(hashString('32.74', 1)).not.toBe(hashString('32.74', 2));
  });
});

describe('generateDemoEntries', () => {
  const entries = generateDemoEntries(catalog.regions);

  it('covers every region × 5 periods (514 × 5 = 2,570) as final demo entries', () => {
    expect(entries).toHaveLength(514 * 5);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.every((e) => e.source === 'demo' && e.status === 'final' && isDemoId(e.id))).toBe(true);
    expect([...new Set(entries.map((e) => e.period))]).toEqual([...DEMO_PERIODS]);
    expect(entries[0]?.id).toBe(demoEntryId(catalog.regions[0]?.code ?? '', 2022));
  });

  it('is deterministic: two runs give identical output', () => {
    expect(generateDemoEntries(catalog.regions)).toEqual(entries);
  });

  it('gives a region the same scores whatever other regions are generated', () => {
    const cirebon = catalog.byCode.get('32.74');
    if (!cirebon) throw new Error('fixture');
    const alone = generateDemoEntries([cirebon]);
    expect(alone).toEqual(entries.filter((e) => e.regionCode === '32.74'));
  });

  it('changes with the seed', () => {
    const other = generateDemoEntries(catalog.regions.slice(0, 3), { seed: 7 });
    expect(other.map((e) => e.summary?.index)).not.toEqual(entries.slice(0, 15).map((e) => e.summary?.index));
  });

  it('keeps every score within 0–5, elements in quarter steps, dimensions and index as plain means', () => {
    for (const e of entries) {
      const s = e.summary;
      if (!s || s.index === null) throw new Error(`no summary for ${e.id}`);
      const elementScores = Object.values(s.elements);
      expect(elementScores).toHaveLength(18);
      for (const v of elementScores) {
        if (v === null || v < 0 || v > 5 || !Number.isInteger(v * 4)) throw new Error(`bad element score ${v} in ${e.id}`);
      }
      const dims = DIMENSION_IDS.map((d) => s.dimensions[d]);
      for (const [i, d] of DIMENSION_IDS.entries()) {
        const els = [1, 2, 3].map((k) => s.elements[`${d}.${k}`] ?? 0);
        if (Math.abs((dims[i] ?? -1) - (els[0]! + els[1]! + els[2]!) / 3) > 1e-12) throw new Error(`dimension ${d} of ${e.id}`);
      }
      if (Math.abs(s.index - dims.reduce<number>((sum, x) => sum + (x ?? 0), 0) / 6) > 1e-12) throw new Error(`index of ${e.id}`);
      if (s.index < 0 || s.index > 5) throw new Error(`index out of range in ${e.id}`);
    }
  });

  it('spreads out (not all the same) and rises over time on average', () => {
    const mean = (p: number) => {
      const xs = entries.filter((e) => e.period === p).map((e) => e.summary?.index ?? 0);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const indexes2026 = entries.filter((e) => e.period === 2026).map((e) => e.summary?.index ?? 0);
    expect(Math.max(...indexes2026) - Math.min(...indexes2026)).toBeGreaterThan(1.5);
    expect(mean(2026)).toBeGreaterThan(mean(2022));
  });
});
