/**
 * The region catalogue (38 provinces, 514 kabupaten/kota) as plain data plus pure helpers: the
 * public entry point of `domain/regions`. Validation lives in `parse-catalog.ts`, search in
 * `search-regions.ts`, lazy loading of the bundled JSON in `load-catalog.ts`.
 */

export { parseRegionCatalog } from './parse-catalog';
export type { RegionCatalog } from './parse-catalog';
export { searchRegions } from './search-regions';

/** Population size classes for peer groups (§6.8). */
export const POPULATION_CLASSES = ['le100k', '100k-500k', '500k-1m', '1m-2m', 'gt2m'] as const;
export type PopulationClass = (typeof POPULATION_CLASSES)[number];

/**
 * Returns the population size class (§6.8). Upper bounds are inclusive: ≤ 100,000 → `le100k`;
 * > 100,000 and ≤ 500,000 → `100k-500k`; > 500,000 and ≤ 1,000,000 → `500k-1m`;
 * > 1,000,000 and ≤ 2,000,000 → `1m-2m`; > 2,000,000 → `gt2m`.
 * @throws RangeError for a negative or non-finite population (never in validated catalogue data).
 */
export function populationClass(population: number): PopulationClass {
  if (!Number.isFinite(population) || population < 0) {
    throw new RangeError(`populationClass: invalid population ${population}`);
  }
  if (population <= 100_000) return 'le100k';
  if (population <= 500_000) return '100k-500k';
  if (population <= 1_000_000) return '500k-1m';
  if (population <= 2_000_000) return '1m-2m';
  return 'gt2m';
}
