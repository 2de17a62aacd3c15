/**
 * An assessment's plan in and out of the exchange file: `exportPlan` writes the strict form
 * (optional fields absent, never undefined), `restorePlan` normalises what was read (roadmap
 * targets rounded to one decimal within 0–5, each yearly list as long as the horizon).
 */
import { quickWinAction, quickWinsOf } from '../planning/plan';
import type { AssessmentPlan, ElementTargets, Horizon, PlanAction, Roadmap } from '../planning/types';
import { fitToHorizon } from '../planning/roadmap';
import { roundTarget } from '../planning/target-values';
import type { ExportedPlan, ExportedRoadmap } from './format';
import type { ImportedPlan } from './schema';

function exportRoadmap({ baseline, ...rest }: Roadmap): ExportedRoadmap {
  return baseline ? { ...rest, baseline } : rest;
}

/** The plan in export form (the assessment id is implied by the enclosing assessment). */
export function exportPlan(plan: AssessmentPlan): ExportedPlan {
  return {
    ...(plan.roadmap ? { roadmap: exportRoadmap(plan.roadmap) } : {}),
    quickWins: quickWinsOf(plan),
    ...(plan.actions.length > 0 ? { actions: plan.actions } : {}),
    assignments: plan.assignments,
    workPackages: plan.workPackages.map((r) => ({
      id: r.id, opd: r.opd, indicatorIds: r.indicatorIds, exportedAt: r.exportedAt, ...(r.mergedAt !== undefined ? { mergedAt: r.mergedAt } : {}),
    })),
    updatedAt: plan.updatedAt,
  };
}

function restoreTargets(entry: ElementTargets, horizon: Horizon): ElementTargets {
  return { mode: entry.mode, finalTarget: roundTarget(entry.finalTarget), yearly: fitToHorizon(entry.yearly.map(roundTarget), horizon) };
}

function restoreRoadmap(r: NonNullable<ImportedPlan['roadmap']>): Roadmap {
  const elements = Object.fromEntries(Object.entries(r.elements).map(([id, e]) => [id, restoreTargets(e, r.horizon)]));
  // A file without the recorded baseline (written before it was kept): "not recorded".
  return { startYear: r.startYear, horizon: r.horizon, elements, baseline: r.baseline ?? null };
}

/** Strict form of an imported action (optional fields absent, never undefined). */
function restoreAction(a: NonNullable<ImportedPlan['actions']>[number]): PlanAction {
  return JSON.parse(JSON.stringify(a)) as PlanAction;
}

/** Converts a validated imported plan into the domain plan of assessment `assessmentId`. */
export function restorePlan(p: ImportedPlan, assessmentId: string): AssessmentPlan {
  return {
    assessmentId,
    ...(p.roadmap ? { roadmap: restoreRoadmap(p.roadmap) } : {}),
    // A file written before the action plan carries quick wins only: they become actions.
    actions: p.actions ? p.actions.map(restoreAction) : p.quickWins.map((q) => quickWinAction(q)),
    assignments: p.assignments,
    workPackages: p.workPackages.map((r) => ({
      id: r.id, opd: r.opd, indicatorIds: r.indicatorIds, exportedAt: r.exportedAt, ...(r.mergedAt !== undefined ? { mergedAt: r.mergedAt } : {}),
    })),
    updatedAt: p.updatedAt,
  };
}
