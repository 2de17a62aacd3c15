import type { AssessmentStatus } from '../../domain/assessment/types';

/** The one primary action the results page offers. */
export type NextStep = 'continue' | 'finalize' | 'print';

/**
 * Continue answering while the assessment is not eligible for final status, mark it final once it
 * is, print the report when it is final.
 */
export function nextStepOf(status: AssessmentStatus, isFinalEligible: boolean): NextStep {
  if (status === 'final') return 'print';
  return isFinalEligible ? 'finalize' : 'continue';
}
