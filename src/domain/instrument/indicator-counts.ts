/**
 * How many indicators each instrument version has, for screens that show progress without the
 * questions themselves: the home list. The instrument text (≈ 10 kB gzip) then need not be part of
 * the first bundle (docs/performance.md). When a version is added to `registry.ts`, add its count
 * here; `instrument.test.ts` checks every registered instrument against this table.
 */
const INDICATOR_COUNTS: Readonly<Record<string, number>> = {
  'gmsc-2026.1': 72,
};

/** Returns the number of indicators of instrument `version`, or undefined for an unknown version. */
export function indicatorCountOf(version: string): number | undefined {
  return INDICATOR_COUNTS[version];
}
