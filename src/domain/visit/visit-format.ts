/**
 * The visit package ("Paket studi banding", docs/studi-banding.md): what a host region lets a
 * visiting delegation take home from one assessment — its levels (scores are recomputed from
 * them) and, per element, only what the host chose to share: evidence items, the responsible OPD,
 * a short practice text, answer notes, and a contact. Persisted in users' files: never rename a
 * field or change its meaning; an incompatible change bumps `VISIT_PACKAGE_VERSION`.
 */
import type { AnswerValue, EvidenceKind } from '../assessment/types';

/** Value of the file's `format` field. Persisted: never change. */
export const VISIT_PACKAGE_FORMAT = 'siap-cerdas.visit-package';

/** The newest visit-package version this build writes and reads. */
export const VISIT_PACKAGE_VERSION = 1;

/** Largest visit-package file accepted. */
export const MAX_VISIT_PACKAGE_BYTES = 4 * 1024 * 1024;

/** Longest practice text ("praktik baik") per element. */
export const PRACTICE_MAX = 2000;

/** The kinds of content a host may choose to share; anything else never leaves the device. */
export const SHARE_FIELDS = ['evidence', 'opd', 'practice', 'notes', 'contact'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];
export type Shares = Readonly<Record<ShareField, boolean>>;

/** An evidence item as shared: no id, no owner, a link only when it is http(s). */
export interface SharedEvidence {
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly reference?: string;
  readonly url?: string;
  readonly date?: string;
}

/** What the host shares about one element. */
export interface SharedElement {
  readonly practice?: string;
  readonly opd?: string;
  readonly evidence?: readonly SharedEvidence[];
  readonly notes?: readonly string[];
}

export interface VisitHost {
  /** Kemendagri code `PP.RR`. */
  readonly regionCode: string;
  /** Informational; the app shows the catalogue's name. */
  readonly regionName?: string;
  readonly period: number;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
}

export interface VisitPackage {
  readonly packageId: string;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
  readonly host: VisitHost;
  /** What the host chose to share; the file holds nothing beyond it. */
  readonly shares: Shares;
  readonly contact?: string;
  /** Levels keyed by indicator id (no notes, no evidence: those are in `elements`). */
  readonly levels: Readonly<Record<string, AnswerValue>>;
  /** Keyed by element id; only elements with something shared. */
  readonly elements: Readonly<Record<string, SharedElement>>;
}
