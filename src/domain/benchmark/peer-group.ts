/**
 * Peer groups (§6.8): which regions a focus region is compared with. Regions are looked up in
 * the region catalogue (`byCode`); a region code missing from it only matches `all` (and
 * `custom` when listed), because its type, province and population are unknown.
 */
import { populationClass } from '../regions/regions';
import type { Region } from '../regions/types';
import type { PeerGroup } from './types';

/** Region lookup by Kemendagri code, e.g. `RegionCatalog.byCode`. */
export type RegionLookup = ReadonlyMap<string, Region>;

/**
 * Whether the region `code` belongs to the peer group of the focus region `focusCode`:
 * `all` — every region; `type` — same type (kota/kabupaten); `province` — same province;
 * `population` — same population class (`populationClass`: ≤ 100k, 100k–500k, 500k–1M, 1M–2M,
 * > 2M); `custom` — listed in `regionCodes`. The focus region always belongs to its own group.
 */
export function isInPeerGroup(group: PeerGroup, code: string, focusCode: string, regions: RegionLookup): boolean {
  if (code === focusCode || group.kind === 'all') return true;
  if (group.kind === 'custom') return group.regionCodes.includes(code);
  const region = regions.get(code);
  const focus = regions.get(focusCode);
  if (!region || !focus) return false;
  switch (group.kind) {
    case 'type':
      return region.type === focus.type;
    case 'province':
      return region.provinceCode === focus.provinceCode;
    case 'population':
      return populationClass(region.population) === populationClass(focus.population);
  }
}
