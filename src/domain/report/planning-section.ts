/**
 * The report's planning section (issue 6): the roadmap table (targets per dimension and element
 * per year, with the final gap) and the quick wins the team chose. Present only when the plan has
 * a roadmap or at least one chosen quick win.
 */
import { elementOrder } from '../instrument/lookup';
import type { Instrument, Lang, Level, WeightProfile } from '../instrument/types';
import { baselineChanges } from '../planning/baseline';
import { actionYearRange } from '../planning/actions';
import { quickWinsOf } from '../planning/plan';
import { roadmapView } from '../planning/roadmap-view';
import type { AssessmentPlan, Roadmap } from '../planning/types';
import { bandOf } from '../scoring/bands';
import type { ScoreResult } from '../scoring/types';
import { buildActionPlanReport } from './action-plan';
import { levelLabel } from './labels';
import type { ReportPlanning, ReportQuickWin, ReportRoadmap } from './types';

function buildRoadmap(instrument: Instrument, weights: WeightProfile, roadmap: Roadmap, score: ScoreResult, lang: Lang): ReportRoadmap {
  const view = roadmapView(instrument, weights, roadmap, score);
  const names = new Map(elementOrder(instrument).map((e) => [e.id, e.name[lang]]));
  return {
    startYear: view.startYear,
    horizon: view.horizon,
    years: view.years,
    index: { current: view.index.current, targets: view.index.targets, finalGap: view.index.finalGap },
    dimensions: view.dimensions.map((d) => ({
      dimensionId: d.dimensionId,
      name: instrument.dimensions.find((def) => def.id === d.dimensionId)?.name[lang] ?? d.dimensionId,
      current: d.current,
      targets: d.targets,
      finalGap: d.finalGap,
      isPartialBasis: d.isPartialBasis,
      elements: view.elements
        .filter((e) => e.dimensionId === d.dimensionId)
        .map((e) => ({
          elementId: e.elementId,
          name: names.get(e.elementId) ?? e.elementId,
          current: e.current,
          isValid: e.isValid,
          mode: e.mode,
          targets: e.targets,
          finalGap: e.finalGap,
        })),
    })),
    baselineAt: roadmap.baseline?.at ?? null,
    baselineChanges: baselineChanges(instrument, roadmap, score).map((c) => ({ ...c, name: names.get(c.elementId) ?? c.elementId })),
  };
}

function buildQuickWins(instrument: Instrument, plan: AssessmentPlan, score: ScoreResult, lang: Lang): ReportQuickWin[] {
  const order = elementOrder(instrument);
  const results = new Map(score.dimensions.flatMap((d) => d.elements).map((e) => [e.elementId, e]));
  const position = (id: string) => {
    const i = order.findIndex((e) => e.id === id);
    return i < 0 ? order.length : i;
  };
  return quickWinsOf(plan)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : position(a.elementId) - position(b.elementId)))
    .map((q) => {
      const def = order.find((e) => e.id === q.elementId);
      const current = results.get(q.elementId)?.score ?? null;
      const band = current === null ? null : bandOf(current);
      return {
        elementId: q.elementId,
        elementName: def?.name[lang] ?? q.elementId,
        dimensionName: instrument.dimensions.find((d) => d.id === def?.dimensionId)?.name[lang] ?? '',
        ownerOpd: q.ownerOpd,
        dueDate: q.dueDate,
        note: q.note?.trim() || null,
        score: current,
        nextLevel: band === null || band >= 5 ? null : levelLabel(instrument, (band + 1) as Level, lang),
      };
    });
}

/**
 * Builds the planning section, or undefined when nothing was planned (no roadmap and no action).
 * Roadmap rows follow `roadmapView` (unrounded; the view rounds). Quick wins are
 * listed by due date, then instrument order, each with the element's current score and the next
 * level it aims at (band + 1, with its rubric descriptor; none at level 5 or without a score).
 * The action plan covers the horizon's years (`actionYearRange` of the baseline `period`).
 */
export function buildPlanningSection(
  instrument: Instrument,
  weights: WeightProfile,
  plan: AssessmentPlan | undefined,
  score: ScoreResult,
  lang: Lang,
  period: number,
): ReportPlanning | undefined {
  if (!plan || (!plan.roadmap && plan.actions.length === 0)) return undefined;
  const range = actionYearRange(plan, period);
  const years = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const actionPlan = buildActionPlanReport(instrument, plan.actions, years, lang);
  return {
    roadmap: plan.roadmap ? buildRoadmap(instrument, weights, plan.roadmap, score, lang) : null,
    quickWins: buildQuickWins(instrument, plan, score, lang),
    ...(actionPlan ? { actionPlan } : {}),
  };
}
