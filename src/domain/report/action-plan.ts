/**
 * The printed action plan (issue 16): every action of the plan as the report's timeline page and
 * per-dimension tables show it, and regrouped per OPD for the printable "Rencana aksi per OPD".
 * Pure: the years come from the caller (`actionYearRange`), text is resolved to `lang`.
 */
import { findDimension, findElement } from '../instrument/lookup';
import type { Instrument, Lang } from '../instrument/types';
import { statusIn } from '../planning/actions';
import { actionOpds, compareActions, timelineGroups } from '../planning/action-views';
import { opdKey } from '../planning/opd';
import type { PlanAction } from '../planning/types';
import type { ReportAction, ReportActionPlan, ReportStatusRun } from './types';

/** Consecutive years (start–end) with the same status, each run with the notes of its years. */
function statusRuns(action: PlanAction): ReportStatusRun[] {
  const runs: ReportStatusRun[] = [];
  for (let year = action.startYear; year <= action.endYear; year++) {
    const status = statusIn(action, year);
    const note = action.statuses.find((s) => s.year === year)?.note;
    const last = runs[runs.length - 1];
    if (last && last.status === status && !note && last.notes.length === 0) runs[runs.length - 1] = { ...last, to: year };
    else runs.push({ from: year, to: year, status, notes: note ? [note] : [] });
  }
  return runs;
}

function reportAction(instrument: Instrument, action: PlanAction, years: readonly number[], lang: Lang): ReportAction {
  return {
    id: action.id,
    name: action.name,
    opd: action.opd,
    supportingOpds: action.supportingOpds,
    elements: action.lifts.map((l) => ({ id: l.elementId, name: findElement(instrument, l.elementId)?.name[lang] ?? l.elementId, raiseBy: l.raiseBy ?? null })),
    startYear: action.startYear,
    endYear: action.endYear,
    cells: years.map((y) => (y >= action.startYear && y <= action.endYear ? statusIn(action, y) : null)),
    statusRuns: statusRuns(action),
    budgetNote: action.budgetNote ?? null,
    outputIndicator: action.outputIndicator ?? null,
    quickWin: action.quickWin,
  };
}

/**
 * Builds the printed action plan over `years` (the plan's horizon): the actions grouped by the
 * dimension of their first element in instrument order (actions without an element last, with
 * `dimensionId` null), and per OPD named anywhere in the plan (collation order) the actions it
 * leads and those it supports; within each list by start year, end year, then name. Every action
 * appears once per dimension group and once as lead; `cells` is null in a year it does not run.
 * Undefined when the plan has no action.
 */
export function buildActionPlanReport(instrument: Instrument, actions: readonly PlanAction[], years: readonly number[], lang: Lang): ReportActionPlan | undefined {
  if (actions.length === 0) return undefined;
  const rows = new Map(actions.map((a) => [a.id, reportAction(instrument, a, years, lang)]));
  const row = (a: PlanAction) => rows.get(a.id) as ReportAction;
  return {
    years,
    byDimension: timelineGroups(instrument, actions, 'dimension').map((g) => ({
      dimensionId: g.key === '' ? null : g.key,
      name: g.key === '' ? null : (findDimension(instrument, g.key)?.name[lang] ?? g.key),
      actions: g.actions.map(row),
    })),
    byOpd: actionOpds(actions).map((opd) => {
      const key = opdKey(opd);
      const of = (test: (a: PlanAction) => boolean) => actions.filter(test).sort(compareActions).map(row);
      return { opd, lead: of((a) => opdKey(a.opd) === key), support: of((a) => a.supportingOpds.some((o) => opdKey(o) === key)) };
    }),
  };
}
