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

/** A quick win the team chose (§2: "Setiap tahunnya ada quick win yang harus dicapai"). */
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
}

/** Everything planned for one assessment (its baseline). */
export interface AssessmentPlan {
  readonly assessmentId: string;
  /** Absent until the team first saves targets. */
  readonly roadmap?: Roadmap;
  readonly quickWins: readonly ChosenQuickWin[];
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
