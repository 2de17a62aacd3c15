/**
 * Loads the bundled region catalogue. The JSON is imported dynamically so the bundler puts it in
 * its own chunk: it stays out of the initial bundle and is still precached for offline use.
 */
import { parseRegionCatalog } from './parse-catalog';
import type { RegionCatalog } from './parse-catalog';

let catalogPromise: Promise<RegionCatalog> | undefined;

/**
 * Returns the validated region catalogue, loading and parsing it on first call; later calls share
 * the same promise. A failed load is not cached, so a later call can retry.
 */
export async function loadRegionCatalog(): Promise<RegionCatalog> {
  catalogPromise ??= import('./regions-data.json')
    .then((raw) => parseRegionCatalog(raw.default))
    .catch((error: unknown) => {
      catalogPromise = undefined;
      throw error;
    });
  return catalogPromise;
}
