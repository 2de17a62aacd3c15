import type { AssessmentSummary } from '../../state/assessment-list-store';

export interface HomeListRow {
  readonly summary: AssessmentSummary;
  /** The first row of its region: the region name is shown in full, the following rows are its other periods. */
  readonly isFirstOfRegion: boolean;
}

/**
 * The assessments of one region together, regions by name (then code), each region's periods
 * newest first (then the latest change first).
 */
export function groupByRegion(items: readonly AssessmentSummary[], regionName: (code: string) => string): HomeListRow[] {
  const sorted = [...items].sort((x, y) => {
    const a = x.assessment;
    const b = y.assessment;
    return (
      regionName(a.regionCode).localeCompare(regionName(b.regionCode), 'id') ||
      a.regionCode.localeCompare(b.regionCode) ||
      b.period - a.period ||
      b.updatedAt.localeCompare(a.updatedAt)
    );
  });
  return sorted.map((summary, i) => ({ summary, isFirstOfRegion: sorted[i - 1]?.assessment.regionCode !== summary.assessment.regionCode }));
}
