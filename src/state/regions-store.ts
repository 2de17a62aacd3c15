import { create } from 'zustand';
import type { RegionCatalog } from '../domain/regions/regions';
import { loadRegionCatalog } from '../domain/regions/load-catalog';

interface RegionsState {
  readonly catalog: RegionCatalog | null;
  readonly failed: boolean;
  load(): Promise<void>;
}

/** The 514 kabupaten/kota, loaded once from a lazy, precached chunk. */
export const useRegionsStore = create<RegionsState>()((set, get) => ({
  catalog: null,
  failed: false,
  load: async () => {
    if (get().catalog) return;
    try {
      set({ catalog: await loadRegionCatalog(), failed: false });
    } catch {
      set({ failed: true });
    }
  },
}));
