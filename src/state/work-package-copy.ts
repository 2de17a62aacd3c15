import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import { useAssessmentListStore } from './assessment-list-store';
import { getRepository } from './repository';
import { reportFailure } from './storage-failure';

/**
 * Stores an OPD's copy of a work package (an assessment carrying `workPackage`) with its
 * answers and, for a package with an action part, its plan, in one transaction, and refreshes the
 * home list. Resolves to whether it was stored.
 */
export async function storeWorkPackageCopy(assessment: Assessment, answers: readonly Answer[], plan?: AssessmentPlan): Promise<boolean> {
  try {
    const repo = await getRepository();
    await repo.create(assessment, answers, plan);
    void useAssessmentListStore.getState().refresh();
    return true;
  } catch (e) {
    reportFailure(e);
    return false;
  }
}
