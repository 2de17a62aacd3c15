import type { DimensionId, Level } from '../instrument/types';

/** Evidence kinds (§6.3). Persisted values: never rename without a record migration. */
export const EVIDENCE_KINDS = [
  'regulasi', 'sk', 'sop', 'dokumen_rencana', 'laporan', 'data', 'aplikasi_url', 'foto', 'lainnya',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  /** Unique within its answer. */
  readonly id: string;
  readonly kind: EvidenceKind;
  /** e.g. "Perbup No. 107 Tahun 2019 tentang Masterplan Smart City". */
  readonly title: string;
  /** Document number or file location on the shared drive (free text). */
  readonly reference: string;
  /**
   * Optional web link. Deviation from §6.3 (which folds URLs into `reference`): a separate field
   * lets us require http(s) for links without rejecting drive paths such as `S:\SmartCity\…`.
   */
  readonly url?: string;
  /** ISO date (YYYY-MM-DD) of the document or data. */
  readonly date?: string;
  readonly ownerOpd?: string;
}

/** `null` = not answered yet; `'NA'` = tidak relevan (needs `naReason`). */
export type AnswerValue = Level | 'NA' | null;

/** Where an answer merged from an OPD work package came from (kept on the answer, shown beside it). */
export interface AnswerProvenance {
  readonly opd: string;
  readonly packageId: string;
  /** When the OPD answered (the answer's `answeredAt` in the returned package), if known. */
  readonly answeredAt?: string;
  /** When the coordinator accepted it (ISO timestamp). */
  readonly mergedAt: string;
}

export interface Answer {
  readonly indicatorId: string;
  readonly level: AnswerValue;
  readonly naReason?: string;
  readonly note?: string;
  readonly evidence: readonly Evidence[];
  readonly answeredBy?: string;
  /** ISO timestamp of the last change. */
  readonly answeredAt?: string;
  /** Set when the answer was accepted from an OPD work package; cleared by a later local edit. */
  readonly provenance?: AnswerProvenance;
}

/** Answers of one assessment keyed by indicator id. Missing key = unanswered. */
export type AnswerMap = Readonly<Record<string, Answer>>;

/**
 * Marks an OPD's copy opened from a work package: only `indicatorIds` may be answered, and the
 * copy is sent back to the coordinator as a returned work package.
 */
export interface WorkPackageOrigin {
  readonly packageId: string;
  readonly opd: string;
  /** The coordinator's assessment the package was cut from. */
  readonly sourceAssessmentId: string;
  readonly indicatorIds: readonly string[];
  /** ISO timestamp of the coordinator's export. */
  readonly exportedAt: string;
}

export type AssessmentStatus = 'draft' | 'final';

export interface Assessment {
  readonly id: string;
  /** Kemendagri code `PP.RR` of the kabupaten/kota. */
  readonly regionCode: string;
  /** Assessment period (year), 2000–2100. */
  readonly period: number;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  readonly status: AssessmentStatus;
  readonly team?: string;
  readonly contact?: string;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Present only on an OPD's work-package copy. */
  readonly workPackage?: WorkPackageOrigin;
}

export type { DimensionId };
