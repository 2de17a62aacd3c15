import { compareIndonesian } from '../../lib/collate';
import type { AssessmentSummary } from '../../state/assessment-list-store';

export interface HomeListRow {
  readonly summary: AssessmentSummary;
  /** The first row of its region: the region name is shown in full, the following rows are its other periods. */
  readonly isFirstOfRegion: boolean;
}

/** `localeCompare` without a locale, as a collator made once: thousands of rows sort in milliseconds. */
const plain = new Intl.Collator();

/**
 * The assessments of one region together, regions by name (then code), each region's periods
 * newest first (then the latest change first).
 */
export function groupByRegion(items: readonly AssessmentSummary[], regionName: (code: string) => string): HomeListRow[] {
  const names = new Map<string, string>();
  const nameOf = (code: string) => names.get(code) ?? names.set(code, regionName(code)).get(code) ?? code;
  const sorted = [...items].sort((x, y) => {
    const a = x.assessment;
    const b = y.assessment;
    return (
      compareIndonesian(nameOf(a.regionCode), nameOf(b.regionCode)) ||
      plain.compare(a.regionCode, b.regionCode) ||
      b.period - a.period ||
      plain.compare(b.updatedAt, a.updatedAt)
    );
  });
  return sorted.map((summary, i) => ({ summary, isFirstOfRegion: sorted[i - 1]?.assessment.regionCode !== summary.assessment.regionCode }));
}
