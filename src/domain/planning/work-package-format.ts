/**
 * The OPD work-package file (docs/work-package-format.md): a coordinator sends an OPD the
 * indicators assigned to it (`to_opd`), the OPD answers them in its own copy of the app and sends
 * them back (`to_coordinator`). These are the domain types of a package; the file adds the
 * envelope (format, version, app, integrity hash) around them.
 *
 * Persisted in users' files: never rename a field or change its meaning. An incompatible change
 * bumps `WORK_PACKAGE_VERSION` and keeps reading every older version.
 */
import type { AnswerMap } from '../assessment/types';
import type { Horizon, PlanAction } from './types';

/** Value of the file's `format` field. Persisted: never change. */
export const WORK_PACKAGE_FORMAT = 'siap-cerdas.work-package';

/** The newest work-package version this build writes and reads. */
export const WORK_PACKAGE_VERSION = 1;

/** Largest work-package file accepted (72 indicators with 20 evidence items each stay far below). */
export const MAX_WORK_PACKAGE_BYTES = 16 * 1024 * 1024;

/**
 * The newest version of the optional `actionPlan` part this build writes and reads (issue 16). The
 * part has its own version so it can evolve without making older work-package files invalid; a file
 * with a newer part version is refused (`newer_part_version`).
 */
export const ACTION_PART_VERSION = 1;

/** The roadmap targets an OPD reads beside its actions (never sent back). */
export interface ActionPartRoadmap {
  readonly startYear: number;
  readonly horizon: Horizon;
  /** Target per year from `startYear` per element id (as many as the horizon). */
  readonly targets: Readonly<Record<string, readonly number[]>>;
}

/**
 * The action-plan part of a work package. `to_opd`: the actions the OPD leads or supports, and the
 * roadmap's targets to read. `to_coordinator`: the OPD's version of those actions and the actions it
 * proposes (no roadmap).
 */
export interface ActionPlanPart {
  readonly roadmap?: ActionPartRoadmap;
  readonly actions: readonly PlanAction[];
}

/** `to_opd`: coordinator → OPD. `to_coordinator`: the OPD's answers coming back. */
export type WorkPackageDirection = 'to_opd' | 'to_coordinator';

/** The coordinator's assessment a package was cut from. */
export interface WorkPackageSource {
  readonly assessmentId: string;
  /** Kemendagri code `PP.RR`. */
  readonly regionCode: string;
  /** Informational (for people reading the file); the app shows the catalogue's name. */
  readonly regionName?: string;
  readonly period: number;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
}

interface WorkPackageBase {
  readonly packageId: string;
  readonly opd: string;
  readonly source: WorkPackageSource;
  /** The indicators the OPD answers, in instrument order. */
  readonly indicatorIds: readonly string[];
  /** ISO timestamp of the coordinator's export. */
  readonly exportedAt: string;
  /** Answers keyed by indicator id (never with `provenance`). */
  readonly answers: AnswerMap;
  /** The action-plan part (absent in packages written before it, or by an older app). */
  readonly actionPlan?: ActionPlanPart;
}

/** Coordinator → OPD: the master copy's current answers for the package's indicators. */
export interface OutgoingWorkPackage extends WorkPackageBase {
  readonly direction: 'to_opd';
}

/** OPD → coordinator: the OPD's answers for the package's indicators only. */
export interface ReturnedWorkPackage extends WorkPackageBase {
  readonly direction: 'to_coordinator';
  /** ISO timestamp of the OPD's export. */
  readonly returnedAt: string;
}

export type WorkPackage = OutgoingWorkPackage | ReturnedWorkPackage;
