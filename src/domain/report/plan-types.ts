/**
 * The planning part of the printable report model (`ReportModel.planning`, types.ts): the roadmap
 * table, the quick wins and the action plan, as plain data built by `buildReportModel()`.
 */
import type { DimensionId } from '../instrument/types';
import type { ActionStatus, TargetMode } from '../planning/types';
import type { LevelLabel } from './types';

/** One element row of the roadmap table (0–5, unrounded). */
export interface ReportRoadmapElement {
  readonly elementId: string;
  readonly name: string;
  /** Baseline score; null when the element has none. */
  readonly current: number | null;
  /** The baseline element is valid (an invalid one shows a partial score). */
  readonly isValid: boolean;
  /** Null without targets ("menunggu skor"). */
  readonly mode: TargetMode | null;
  /** Target per year of `ReportRoadmap.years`; empty without targets. */
  readonly targets: readonly number[];
  /** Last year's target − current; null without a current score. */
  readonly finalGap: number | null;
}

export interface ReportRoadmapDimension {
  readonly dimensionId: DimensionId;
  readonly name: string;
  readonly current: number | null;
  /** Weighted mean of the element targets over the elements valid in the baseline (docs/scoring.md). */
  readonly targets: readonly number[];
  readonly finalGap: number | null;
  /** Some elements are left out of the dimension target because they are not valid yet. */
  readonly isPartialBasis: boolean;
  readonly elements: readonly ReportRoadmapElement[];
}

export interface ReportRoadmap {
  readonly startYear: number;
  readonly horizon: number;
  /** Calendar years of the target columns. */
  readonly years: readonly number[];
  readonly index: { readonly current: number | null; readonly targets: readonly number[]; readonly finalGap: number | null };
  readonly dimensions: readonly ReportRoadmapDimension[];
  /** When the recorded baseline was adopted; null when none was recorded (a plan from before they were kept). */
  readonly baselineAt: string | null;
  /** Elements whose score today differs from the recorded baseline (every element when not recorded). */
  readonly baselineChanges: readonly ReportBaselineChange[];
}

/** An element whose score moved since the targets were made. */
interface ReportBaselineChange {
  readonly elementId: string;
  readonly name: string;
  /** Recorded score (null: none then); undefined when no baseline was recorded. */
  readonly recorded: number | null | undefined;
  readonly current: number | null;
}

/** A quick win the team chose, as printed. */
export interface ReportQuickWin {
  readonly elementId: string;
  readonly elementName: string;
  readonly dimensionName: string;
  readonly ownerOpd: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly note: string | null;
  /** The element's current score (0–5, unrounded); null without one. */
  readonly score: number | null;
  /** The level the quick win aims at (band + 1); null at level 5 or without a score. */
  readonly nextLevel: LevelLabel | null;
}

/** Years (inclusive) in which an action has one status, with the notes of those years. */
export interface ReportStatusRun {
  readonly from: number;
  readonly to: number;
  readonly status: ActionStatus;
  readonly notes: readonly string[];
}

/** One action (programme / kegiatan) as printed (issue 16). */
export interface ReportAction {
  readonly id: string;
  readonly name: string;
  readonly opd: string;
  readonly supportingOpds: readonly string[];
  /** The elements it should lift, with the intended raise (0–5 scale; null = not quantified). */
  readonly elements: readonly { readonly id: string; readonly name: string; readonly raiseBy: number | null }[];
  readonly startYear: number;
  readonly endYear: number;
  /** Status per year of `ReportActionPlan.years`; null in a year the action does not run. */
  readonly cells: readonly (ActionStatus | null)[];
  /** Start to end year in runs of one status (a year without an entry is `direncanakan`). */
  readonly statusRuns: readonly ReportStatusRun[];
  readonly budgetNote: string | null;
  readonly outputIndicator: string | null;
  readonly quickWin: boolean;
}

/** The actions of one dimension (by their first element); `dimensionId` null = lifting no element. */
export interface ReportActionGroup {
  readonly dimensionId: string | null;
  readonly name: string | null;
  readonly actions: readonly ReportAction[];
}

/** One OPD's part of the action plan: what it leads and what it supports. */
export interface ReportOpdPlan {
  readonly opd: string;
  readonly lead: readonly ReportAction[];
  readonly support: readonly ReportAction[];
}

/** The action plan of the report's plan sheet and of "Rencana aksi per OPD". */
export interface ReportActionPlan {
  /** The roadmap horizon's years (the timeline's columns). */
  readonly years: readonly number[];
  readonly byDimension: readonly ReportActionGroup[];
  readonly byOpd: readonly ReportOpdPlan[];
}

/** Optional planning section: present when the plan has a roadmap or an action. */
export interface ReportPlanning {
  /** Null when actions were planned but no targets set. */
  readonly roadmap: ReportRoadmap | null;
  /** By due date, then instrument order. */
  readonly quickWins: readonly ReportQuickWin[];
  /** Absent when the plan has no action. */
  readonly actionPlan?: ReportActionPlan;
}
