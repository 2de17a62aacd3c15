/**
 * Types of the masterplan roadmap (targets per element per year), quick wins, OPD assignments
 * and OPD work packages (issue 6). Pure data: stored by `storage/` in the `plans` store (one
 * plan per assessment, the assessment being the roadmap's baseline) and in exchange files (the
 * optional `plan` member). Work-package files are described in `work-package-format.ts`.
 */
import type { Answer } from '../assessment/types';

export type { AnswerProvenance, WorkPackageOrigin } from '../assessment/types';

/** Roadmap horizons offered (GM100SC masterplans run 5–10 years). */
export const HORIZONS = [5, 10] as const;
export type Horizon = (typeof HORIZONS)[number];

/**
 * How the targets were entered: `final` = one final target per element with yearly steps
 * interpolated from the baseline; `yearly` = each year typed in by the team.
 */
export type TargetMode = 'final' | 'yearly';

export interface ElementTargets {
  readonly mode: TargetMode;
  /** Final target on the 0–5 element scale (used by mode `final`; kept when switching). */
  readonly finalTarget: number;
  /**
   * Target for years `startYear … startYear + horizon − 1` (index 0 = startYear), 0–5 with at
   * most one decimal. Length = horizon.
   */
  readonly yearly: readonly number[];
}

/**
 * How the recorded baseline was adopted: `created` with the roadmap, `recomputed` (final-mode
 * targets re-interpolated from these scores), or `kept` (these scores acknowledged, targets kept).
 */
export type BaselineDecision = 'created' | 'recomputed' | 'kept';

/** The baseline scores a roadmap's targets were made from (plan record version 2). */
export interface RoadmapBaseline {
  /** Unrounded element score per element id of the instrument; null = the element had no score. */
  readonly scores: Readonly<Record<string, number | null>>;
  readonly decision: BaselineDecision;
  /** ISO timestamp of the decision. */
  readonly at: string;
}

export interface Roadmap {
  /** First target year = baseline period + 1. */
  readonly startYear: number;
  readonly horizon: Horizon;
  /**
   * Keyed by element id (`GOV.1`). An element without a score when the targets were made has no
   * entry ("menunggu skor") until it has one and the baseline is recomputed or kept.
   */
  readonly elements: Readonly<Record<string, ElementTargets>>;
  /** The scores the targets were made from; null for a roadmap made before they were recorded. */
  readonly baseline: RoadmapBaseline | null;
}

/**
 * A quick win as the quick-win screens and the report show it: a view of an action flagged
 * `quickWin` (plan record version 3 keeps quick wins in `AssessmentPlan.actions`).
 */
export interface ChosenQuickWin {
  readonly elementId: string;
  /** Responsible OPD (free text, e.g. "Diskominfo"). */
  readonly ownerOpd: string;
  /** ISO date YYYY-MM-DD. */
  readonly dueDate: string;
  readonly note?: string;
  /** ISO timestamp. */
  readonly chosenAt: string;
}

/** The status of an action in one year (issue 16). */
export const ACTION_STATUSES = ['direncanakan', 'berjalan', 'selesai', 'ditunda', 'dibatalkan'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What happened to an action in one year; a year without an entry counts as `direncanakan`. */
export interface ActionYearStatus {
  readonly year: number;
  readonly status: ActionStatus;
  /** Short note ("Perwal terbit Juni"). */
  readonly note?: string;
  /** ISO timestamp of the last change of this entry. */
  readonly at: string;
}

/** An element (optionally some of its indicators) an action is meant to raise, and by how much. */
export interface ActionLift {
  readonly elementId: string;
  /** Indicator ids of that element (`GOV.1.2`); absent = the element as a whole. */
  readonly indicatorIds?: readonly string[];
  /** Intended raise on the 0–5 element scale (one decimal); absent = not quantified. */
  readonly raiseBy?: number;
}

/** Where an action came from when it was not planned from scratch (issue 15: studi banding). */
export interface ActionSource {
  readonly kind: 'studi-banding';
  /** Host region name ("Kota Cirebon"). */
  readonly hostName: string;
  /** Kemendagri code of the host when known. */
  readonly hostCode?: string;
  /** YYYY-MM-DD. */
  readonly visitDate: string;
  /** The host's element the practice came from. */
  readonly elementId: string;
}

/**
 * A programme / kegiatan of the masterplan's action plan: who does what, when, and whether it
 * happened (issue 16). Quick wins are actions with `quickWin: true`, so there is one list.
 */
export interface PlanAction {
  /** Unique within the plan (random; `qw-<element>` for a quick win chosen from the suggestions). */
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** Responsible OPD (normalised name). */
  readonly opd: string;
  /** Supporting OPDs (normalised names, without the responsible one). */
  readonly supportingOpds: readonly string[];
  /** The elements it should lift; may be empty (the planning page warns). */
  readonly lifts: readonly ActionLift[];
  /** Inclusive years within the roadmap horizon. */
  readonly startYear: number;
  readonly endYear: number;
  /** Free text, e.g. "APBD 2027, ± Rp 250 juta". */
  readonly budgetNote?: string;
  /** Output indicator ("Perwal SPBE ditetapkan"). */
  readonly outputIndicator?: string;
  /** Status per year (only years that have one, ascending). */
  readonly statuses: readonly ActionYearStatus[];
  readonly quickWin: boolean;
  /** Due date YYYY-MM-DD of a quick win. */
  readonly dueDate?: string;
  readonly source?: ActionSource;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A work package exported from this (coordinator) device to one OPD. */
export interface WorkPackageRecord {
  /** Random id, unique per export. */
  readonly id: string;
  readonly opd: string;
  /** The indicators the OPD may answer, in instrument order. */
  readonly indicatorIds: readonly string[];
  /** ISO timestamp. */
  readonly exportedAt: string;
  /** ISO timestamp; set when its returned copy has been merged (a second merge is refused). */
  readonly mergedAt?: string;
  /**
   * The master's answers as they left in the package (keyed by indicator id; unanswered ones
   * absent): the common ancestor of the three-way merge. Absent for packages exported before it
   * was kept (the merge then falls back to `masterChangedSinceExport`).
   */
  readonly exportedAnswers?: Readonly<Record<string, Answer>>;
  /**
   * The actions as they left in the package's action part (issue 16): the ancestor of the action
   * three-way review. Absent for a package without the part, or exported before it existed.
   */
  readonly exportedActions?: readonly PlanAction[];
}

/** Everything planned for one assessment (its baseline). */
export interface AssessmentPlan {
  readonly assessmentId: string;
  /** Absent until the team first saves targets. */
  readonly roadmap?: Roadmap;
  /** The action plan, quick wins included (plan record version 3; before it: `quickWins`). */
  readonly actions: readonly PlanAction[];
  /**
   * Responsible OPD per element id (`GOV.1`) or indicator id (`GOV.1.1`); an indicator entry
   * overrides its element's.
   */
  readonly assignments: Readonly<Record<string, string>>;
  readonly workPackages: readonly WorkPackageRecord[];
  /** ISO timestamp. */
  readonly updatedAt: string;
}

/** OPD names suggested in the assignment fields (free text is allowed). */
export const SUGGESTED_OPDS = [
  'Diskominfo',
  'Bappeda',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Lingkungan Hidup',
  'Dinas Perhubungan',
  'Dinas Pariwisata',
] as const;
