/**
 * The demo dataset switch ("Data contoh"). Only the on/off flag is persisted (localStorage,
 * versioned); the synthetic entries themselves are generated in memory from a seed
 * (`domain/benchmark/demo-data.ts`), never stored in IndexedDB, so removing them is one step
 * and they can never leak into an export of the device's assessments.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { generateDemoEntries } from '../domain/benchmark/demo-data';
import type { BenchmarkEntry } from '../domain/benchmark/types';
import type { RegionCatalog } from '../domain/regions/regions';
import { useRegionsStore } from './regions-store';

/** Persisted key: never rename without a migration. */
export const DEMO_STORAGE_KEY = 'siap-cerdas:demo';

interface DemoState {
  readonly isEnabled: boolean;
  enable(): void;
  disable(): void;
}

export const useDemoStore = create<DemoState>()(
  persist(
    (set) => ({
      isEnabled: false,
      enable: () => set({ isEnabled: true }),
      disable: () => set({ isEnabled: false }),
    }),
    {
      name: DEMO_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => ({ isEnabled: (persisted as { isEnabled?: unknown } | undefined)?.isEnabled === true }) as DemoState,
      partialize: (s) => ({ isEnabled: s.isEnabled }),
    },
  ),
);

const cache = new WeakMap<RegionCatalog, readonly BenchmarkEntry[]>();

/** User Timing name of the demo generation (visible in DevTools and read by scripts/bench-benchmark.mjs). */
export const DEMO_GENERATE_MEASURE = 'siap-cerdas:demo-generate';

/**
 * The demo entries for every region of `catalog` × 2022–2026, generated once per catalogue
 * (measured as `DEMO_GENERATE_MEASURE`).
 */
export function demoEntriesFor(catalog: RegionCatalog): readonly BenchmarkEntry[] {
  let entries = cache.get(catalog);
  if (!entries) {
    const start = performance.now();
    entries = generateDemoEntries(catalog.regions);
    performance.measure(DEMO_GENERATE_MEASURE, { start, end: performance.now() });
    cache.set(catalog, entries);
  }
  return entries;
}

/** The demo entries while the demo dataset is switched on and the catalogue is loaded, else null. */
export function useDemoEntries(): readonly BenchmarkEntry[] | null {
  const isEnabled = useDemoStore((s) => s.isEnabled);
  const catalog = useRegionsStore((s) => s.catalog);
  return isEnabled && catalog ? demoEntriesFor(catalog) : null;
}
