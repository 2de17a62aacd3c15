/**
 * The action-plan part of an OPD work package (issue 16, docs/work-package-format.md "Action-plan
 * part"): cut from the coordinator's plan for one OPD, opened as the plan of the OPD's copy, and
 * sent back from it. Pure; the three-way review of a returned part is in `action-package-merge.ts`.
 */
import { opdKey } from './opd';
import { emptyPlan } from './plan';
import { fitToHorizon, yearlyTargets } from './roadmap';
import type { AssessmentPlan, PlanAction } from './types';
import type { ActionPlanPart } from './work-package-format';

/** Whether `opd` leads `action` (is its responsible OPD), supports it, or neither. */
export function roleOf(action: PlanAction, opd: string): 'lead' | 'support' | null {
  const key = opdKey(opd);
  if (opdKey(action.opd) === key) return 'lead';
  return action.supportingOpds.some((o) => opdKey(o) === key) ? 'support' : null;
}

/**
 * The part a coordinator sends to `opd`: the actions it leads or supports (in plan order), and the
 * roadmap's yearly targets to read (absent before a roadmap exists).
 */
export function actionPartFor(plan: AssessmentPlan | null, opd: string): ActionPlanPart {
  const roadmap = plan?.roadmap;
  return {
    ...(roadmap ? {
      roadmap: {
        startYear: roadmap.startYear,
        horizon: roadmap.horizon,
        targets: Object.fromEntries(Object.entries(roadmap.elements).map(([id, e]) => [id, e.yearly])),
      },
    } : {}),
    actions: (plan?.actions ?? []).filter((a) => roleOf(a, opd) !== null),
  };
}

/**
 * The plan of an OPD's copy (id `copyId`) opened from a package with an action part: the part's
 * actions, and its targets as a year-by-year roadmap without a recorded baseline. A copy that has a
 * plan sends an action part back ({@link returnedActionPart}).
 */
export function copyPlanOf(part: ActionPlanPart, copyId: string, now: string): AssessmentPlan {
  const r = part.roadmap;
  const roadmap = r ? {
    startYear: r.startYear,
    horizon: r.horizon,
    elements: Object.fromEntries(Object.entries(r.targets).map(([id, yearly]) => [id, yearlyTargets(fitToHorizon(yearly, r.horizon))])),
    baseline: null,
  } : undefined;
  return { ...emptyPlan(copyId, now), ...(roadmap ? { roadmap } : {}), actions: part.actions };
}

/** The part an OPD sends back: every action of its copy (those received, as changed, and those it proposed). */
export function returnedActionPart(copyPlan: AssessmentPlan): ActionPlanPart {
  return { actions: copyPlan.actions };
}
