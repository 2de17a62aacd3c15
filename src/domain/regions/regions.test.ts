// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionCatalog } from './load-catalog';
import {
  parseRegionCatalog,
  populationClass,
  searchRegions,
} from './regions';
import type { RegionCatalog } from './regions';
import rawData from './regions-data.json';

let catalog: RegionCatalog;

beforeAll(async () => {
  catalog = await loadRegionCatalog();
});

const names = (list: readonly { name: string }[]): string[] => list.map((r) => r.name);

describe('bundled region catalogue', () => {
  it('has 38 provinces and 514 kabupaten/kota (416 kabupaten + 98 kota)', () => {
    expect(catalog.provinces).toHaveLength(38);
    expect(catalog.regions).toHaveLength(514);
    expect(catalog.regions.filter((r) => r.type === 'kabupaten')).toHaveLength(416);
    expect(catalog.regions.filter((r) => r.type === 'kota')).toHaveLength(98);
    expect(catalog.byCode.size).toBe(514);
    expect(catalog.provinceByCode.size).toBe(38);
  });

  it('knows Kota Cirebon as 32.74, a kota in Jawa Barat', () => {
    const region = catalog.byCode.get('32.74');
    expect(region).toMatchObject({ code: '32.74', name: 'Kota Cirebon', type: 'kota', provinceCode: '32' });
    expect(catalog.provinceByCode.get('32')?.name).toBe('Jawa Barat');
    expect(catalog.byCode.get('32.09')).toMatchObject({ name: 'Kabupaten Cirebon', type: 'kabupaten' });
  });

  it('has positive areas and populations everywhere (gaps in the source CSV are filled)', () => {
    for (const p of catalog.provinces) expect(p.areaKm2).toBeGreaterThan(0);
    for (const r of catalog.regions) {
      expect(r.areaKm2).toBeGreaterThan(0);
      expect(r.population).toBeGreaterThan(0);
      expect(r.name).toBe(r.name.trim());
    }
  });

  it('memoises the loaded catalogue', async () => {
    expect(await loadRegionCatalog()).toBe(catalog);
  });
});

describe('searchRegions', () => {
  it('matches a name word in both kabupaten and kota', () => {
    expect(names(searchRegions(catalog, 'cirebon'))).toEqual(['Kabupaten Cirebon', 'Kota Cirebon']);
    expect(names(searchRegions(catalog, 'CIREBON'))).toEqual(['Kabupaten Cirebon', 'Kota Cirebon']);
  });

  it('ranks the requested type first', () => {
    expect(names(searchRegions(catalog, 'kota cirebon'))[0]).toBe('Kota Cirebon');
    expect(names(searchRegions(catalog, 'kab cirebon'))[0]).toBe('Kabupaten Cirebon');
    expect(names(searchRegions(catalog, 'Kab. Cirebon'))[0]).toBe('Kabupaten Cirebon');
    expect(names(searchRegions(catalog, 'kabupaten cirebon'))[0]).toBe('Kabupaten Cirebon');
  });

  it('ignores case and diacritics', () => {
    expect(names(searchRegions(catalog, 'Círèbon'))).toEqual(['Kabupaten Cirebon', 'Kota Cirebon']);
  });

  it('matches codes with or without the dot, exact code first', () => {
    expect(names(searchRegions(catalog, '32.74'))).toEqual(['Kota Cirebon']);
    expect(names(searchRegions(catalog, '3274'))).toEqual(['Kota Cirebon']);
    const jabar = searchRegions(catalog, '32', 100);
    expect(jabar).toHaveLength(27);
    expect(jabar.every((r) => r.provinceCode === '32')).toBe(true);
    expect(searchRegions(catalog, '32.7', 100).every((r) => r.type === 'kota')).toBe(true);
    expect(searchRegions(catalog, '99.99')).toEqual([]);
  });

  it('lists the regions of a province by its name', () => {
    const found = searchRegions(catalog, 'jawa barat', 100);
    expect(found).toHaveLength(27);
    expect(found.every((r) => r.provinceCode === '32')).toBe(true);
    expect(searchRegions(catalog, 'jawa barat')).toHaveLength(20);
  });

  it('ranks name starts-with before word match before province match', () => {
    // "bandung": base name starts with it (Bandung, Bandung Barat, Kota Bandung)…
    expect(names(searchRegions(catalog, 'bandung'))).toEqual(['Kabupaten Bandung', 'Kota Bandung', 'Kabupaten Bandung Barat']);
    // "barat": regions named "… Barat" come before regions that only lie in a "… Barat" province.
    const barat = searchRegions(catalog, 'barat', 600);
    const firstProvinceOnly = barat.findIndex((r) => !r.name.toLowerCase().includes('barat'));
    expect(firstProvinceOnly).toBeGreaterThan(0);
    expect(barat.slice(firstProvinceOnly).every((r) => !r.name.toLowerCase().includes('barat'))).toBe(true);
    // "jakarta": Jakarta kota (name starts with it after "Kota Administrasi") before Kepulauan Seribu (province only).
    expect(names(searchRegions(catalog, 'jakarta')).at(-1)).toBe('Kabupaten Administrasi Kepulauan Seribu');
  });

  it('matches names written without spaces or with hyphens', () => {
    expect(names(searchRegions(catalog, 'tanjungpinang'))).toEqual(['Kota Tanjung Pinang']);
    expect(names(searchRegions(catalog, 'toli toli'))[0]).toBe('Kabupaten Toli-Toli');
    expect(names(searchRegions(catalog, 'toli-toli'))[0]).toBe('Kabupaten Toli-Toli');
    expect(names(searchRegions(catalog, 'kota baru'))).toContain('Kabupaten Kotabaru');
  });

  it('returns nothing for blank queries, no matches or a non-positive limit', () => {
    expect(searchRegions(catalog, '')).toEqual([]);
    expect(searchRegions(catalog, '   ')).toEqual([]);
    expect(searchRegions(catalog, 'zzzz')).toEqual([]);
    expect(searchRegions(catalog, 'cirebon', 0)).toEqual([]);
    expect(searchRegions(catalog, 'cirebon', 1)).toHaveLength(1);
  });
});

describe('populationClass', () => {
  it.each([
    [0, 'le100k'],
    [100_000, 'le100k'],
    [100_001, '100k-500k'],
    [500_000, '100k-500k'],
    [500_001, '500k-1m'],
    [1_000_000, '500k-1m'],
    [1_000_001, '1m-2m'],
    [2_000_000, '1m-2m'],
    [2_000_001, 'gt2m'],
  ] as const)('classifies %i as %s', (population, expected) => {
    expect(populationClass(population)).toBe(expected);
  });

  it('rejects negative and non-finite populations', () => {
    expect(() => populationClass(-1)).toThrow(RangeError);
    expect(() => populationClass(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseRegionCatalog', () => {
  const province = ['32', 'Jawa Barat', 51316378, 37053.331];
  const region = ['32.74', 'Kota Cirebon', 'kota', 356629, 39.398];
  const valid = { provinces: [province], regencies: [region] };

  it('parses the bundled JSON and a minimal valid catalogue', () => {
    expect(parseRegionCatalog(rawData).regions).toHaveLength(514);
    const small = parseRegionCatalog(valid);
    expect(small.regions[0]).toEqual({
      code: '32.74',
      name: 'Kota Cirebon',
      type: 'kota',
      provinceCode: '32',
      population: 356629,
      areaKm2: 39.398,
    });
  });

  it.each([
    ['a non-object', 42, /root/],
    ['null', null, /root/],
    ['missing regencies', { provinces: [province] }, /regencies/],
    ['empty provinces', { provinces: [], regencies: [region] }, /provinces/],
    ['a short tuple', { provinces: [province], regencies: [['32.74', 'Kota Cirebon', 'kota', 1]] }, /regencies\[0\]/],
    ['a bad province code', { provinces: [['3', 'X', 1, 1]], regencies: [region] }, /provinces\[0\]\[0\]/],
    ['a bad region code', { provinces: [province], regencies: [['3274', 'Kota Cirebon', 'kota', 1, 1]] }, /regencies\[0\]\[0\]/],
    ['an unknown province', { provinces: [province], regencies: [['33.74', 'Kota Semarang', 'kota', 1, 1]] }, /unknown province 33/],
    ['a bad type', { provinces: [province], regencies: [['32.74', 'Kota Cirebon', 'city', 1, 1]] }, /"kab" or "kota"/],
    ['a type not matching the code', { provinces: [province], regencies: [['32.74', 'Kota Cirebon', 'kab', 1, 1]] }, /does not fit type/],
    ['RR 70', { provinces: [province], regencies: [['32.70', 'Kota X', 'kota', 1, 1]] }, /does not fit type/],
    ['an empty name', { provinces: [province], regencies: [['32.74', ' ', 'kota', 1, 1]] }, /\[1\] must be a non-empty string/],
    ['a fractional population', { provinces: [province], regencies: [['32.74', 'Kota Cirebon', 'kota', 1.5, 1]] }, /\[3\]/],
    ['a missing area', { provinces: [province], regencies: [['32.74', 'Kota Cirebon', 'kota', 1, null]] }, /\[4\] must be a positive number/],
    ['a duplicate code', { provinces: [province], regencies: [region, region] }, /duplicates code 32.74/],
    ['a duplicate province', { provinces: [province, province], regencies: [region] }, /duplicates code 32/],
  ])('rejects %s', (_label, input, message) => {
    expect(() => parseRegionCatalog(input)).toThrow(message);
  });
});
