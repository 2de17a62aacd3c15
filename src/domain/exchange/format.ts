/**
 * The Siap Cerdas exchange format (docs/exchange-format.md): one versioned JSON envelope for
 * backups, single-assessment exports and peer results. These are the STRICT types of what this
 * app writes; what it reads is validated by `schema.ts` and normalised by `restore.ts`.
 *
 * Persisted in users' files: never rename a field or change its meaning. An incompatible change
 * bumps `FORMAT_VERSION` and keeps reading every older version.
 */
import type { AssessmentStatus, EvidenceKind } from '../assessment/types';
import type { DimensionId, Level } from '../instrument/types';
import type { RegionType } from '../regions/types';
import type { PlanAction, RoadmapBaseline } from '../planning/types';
import type { VisitWorkspace } from '../visit/workspace';

/** Value of the envelope's `format` field. Persisted: never change. */
export const FORMAT_NAME = 'siap-cerdas.assessments';

/** The newest envelope version this build writes and reads. */
export const FORMAT_VERSION = 1;

/** Algorithm named in `integrity.algorithm`. */
export const INTEGRITY_ALGORITHM = 'SHA-256';

/**
 * Largest file accepted for import, in bytes (128 MiB). Measured for 514 regions × 5 periods of
 * complete assessments (docs/exchange-format.md): 12.8 MiB with levels only, 51 MiB with a note
 * and an evidence item on every second answer, 95 MiB with both on every answer.
 * The limit keeps even the heaviest of these restorable, while refusing files that would
 * exhaust a browser tab's memory.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

/** Scores are written with this many decimals; they are informational and never imported. */
export const SCORE_DECIMALS = 4;

export interface ExportedEvidence {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly reference: string;
  readonly url?: string;
  readonly date?: string;
  readonly ownerOpd?: string;
}

/** Where an answer accepted from an OPD work package came from (docs/work-package-format.md). */
export interface ExportedProvenance {
  readonly opd: string;
  readonly packageId: string;
  readonly answeredAt?: string;
  readonly mergedAt: string;
}

export interface ExportedAnswer {
  readonly level: Level | 'NA' | null;
  readonly naReason?: string;
  readonly note?: string;
  /** Omitted when empty (read as an empty list). */
  readonly evidence?: readonly ExportedEvidence[];
  readonly answeredBy?: string;
  readonly answeredAt?: string;
  /** Added within format version 1: only on answers merged from a work package. */
  readonly provenance?: ExportedProvenance;
}

/** Marker of an OPD's work-package copy (added within format version 1). */
export interface ExportedWorkPackageOrigin {
  readonly packageId: string;
  readonly opd: string;
  readonly sourceAssessmentId: string;
  readonly indicatorIds: readonly string[];
  readonly exportedAt: string;
}

export interface ExportedElementTargets {
  readonly mode: 'final' | 'yearly';
  readonly finalTarget: number;
  readonly yearly: readonly number[];
}

export interface ExportedRoadmap {
  readonly startYear: number;
  readonly horizon: number;
  readonly elements: Readonly<Record<string, ExportedElementTargets>>;
  /** The recorded baseline (`RoadmapBaseline`); absent when none was recorded. */
  readonly baseline?: RoadmapBaseline;
}

export interface ExportedQuickWin {
  readonly elementId: string;
  readonly ownerOpd: string;
  readonly dueDate: string;
  readonly note?: string;
  readonly chosenAt: string;
}

export interface ExportedWorkPackageRecord {
  readonly id: string;
  readonly opd: string;
  readonly indicatorIds: readonly string[];
  readonly exportedAt: string;
  readonly mergedAt?: string;
}

/** The plan made on an assessment (added within format version 1; see planning/types.ts). */
export interface ExportedPlan {
  readonly roadmap?: ExportedRoadmap;
  /** Quick wins (kept for apps that predate `actions`; also in `actions`). */
  readonly quickWins: readonly ExportedQuickWin[];
  /** The action plan (added within format version 1; absent when empty). */
  readonly actions?: readonly PlanAction[];
  readonly assignments: Readonly<Record<string, string>>;
  readonly workPackages: readonly ExportedWorkPackageRecord[];
  readonly updatedAt: string;
}

export interface ExportedRegion {
  /** Kemendagri code `PP.RR`. */
  readonly code: string;
  readonly name: string;
  readonly type: RegionType;
  readonly provinceCode: string;
  readonly provinceName: string;
}

/** Scores recomputed at export time (0–5, rounded to `SCORE_DECIMALS`); never trusted on import. */
export interface ExportedScores {
  readonly index: number | null;
  readonly conservative: number | null;
  /** Answered applicable / applicable indicators, 0–1. */
  readonly coverage: number;
  readonly isFinalEligible: boolean;
  readonly dimensions: Readonly<Record<DimensionId, number | null>>;
  /** Keyed by element id (`GOV.1` …). */
  readonly elements: Readonly<Record<string, number | null>>;
}

export interface ExportedAssessment {
  readonly id: string;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  readonly region: ExportedRegion;
  readonly period: number;
  readonly status: AssessmentStatus;
  readonly team?: string;
  readonly contact?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Keyed by indicator id (`GOV.1.1` …); a missing key is an unanswered indicator. */
  readonly answers: Readonly<Record<string, ExportedAnswer>>;
  /** Absent only when the exporting app cannot score this instrument version. */
  readonly scores?: ExportedScores;
  /** Only on an OPD's work-package copy. */
  readonly workPackage?: ExportedWorkPackageOrigin;
  /** Only when something was planned on this assessment. */
  readonly plan?: ExportedPlan;
}

export interface ExportIntegrity {
  readonly algorithm: typeof INTEGRITY_ALGORITHM;
  /** Lower-case hex SHA-256 of the canonical envelope without `integrity` (see `integrity.ts`). */
  readonly hash: string;
}

export interface ExportEnvelope {
  readonly format: typeof FORMAT_NAME;
  readonly formatVersion: number;
  readonly app: { readonly name: string; readonly version: string };
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
  readonly assessments: readonly ExportedAssessment[];
  /**
   * The studi-banding workspace (added within format version 1): only in a full backup, and only
   * when the device holds any (`domain/visit/workspace.ts`, written as stored).
   */
  readonly visitWorkspace?: VisitWorkspace;
  readonly integrity: ExportIntegrity;
}

/** Computes a SHA-256 digest of the UTF-8 bytes of `text` as lower-case hex. */
export type Sha256Hex = (text: string) => Promise<string>;
