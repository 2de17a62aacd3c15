/**
 * The printable report as plain data (STYLE.md rule 9): everything the report route draws, built
 * by `buildReportModel()` from one assessment, its answers and its instrument. Instrument text is
 * already resolved to the report language; UI labels stay in the feature's i18n namespace.
 */
import type { AssessmentStatus, EvidenceKind } from '../assessment/types';
import type { DimensionId, Lang, Layer, Level } from '../instrument/types';
import type { Band, IndicatorStatus, Predicate } from '../scoring/types';
import type { ReportPlanning } from './plan-types';

export type * from './plan-types';

/** Region identity shown on the cover; names are null when the catalogue does not know the code. */
export interface ReportRegion {
  readonly code: string;
  readonly name: string | null;
  readonly provinceName: string | null;
}

export interface ReportMeta {
  readonly assessmentId: string;
  readonly region: ReportRegion;
  readonly period: number;
  readonly status: AssessmentStatus;
  /** A draft carries the "DRAF" watermark on every page. */
  readonly isDraft: boolean;
  readonly team: string | null;
  readonly contact: string | null;
  readonly instrumentVersion: string;
  readonly instrumentTitle: string;
  readonly weightProfileId: string;
  readonly weightProfileName: string;
  /** ISO timestamp the report was produced (injected, never read from a clock here). */
  readonly printedAt: string;
  /** ISO timestamp of the assessment's last change. */
  readonly updatedAt: string;
  readonly lang: Lang;
}

/** A 0–5 level with its rubric name, e.g. 3 "Terdefinisi"; null when there is no score. */
export interface LevelLabel {
  readonly level: Band;
  readonly name: string;
  readonly descriptor: string;
}

export interface ReportDimensionScore {
  readonly dimensionId: DimensionId;
  readonly name: string;
  /** Recorded D_d on 0–5 (null when the dimension is not valid). */
  readonly score: number | null;
  readonly conservative: number | null;
  /** D_d with every answer capped at the level its evidence supports (§6.3). */
  readonly evidenceSupported: number | null;
  readonly level: LevelLabel | null;
  readonly isValid: boolean;
  readonly answered: number;
  readonly applicable: number;
}

export interface ReportSummary {
  readonly index: number | null;
  readonly level: LevelLabel | null;
  readonly predicate: Predicate | null;
  /** Answered applicable / applicable (0–1). */
  readonly coverage: number;
  readonly answered: number;
  readonly applicable: number;
  readonly na: number;
  readonly total: number;
  readonly conservative: number | null;
  readonly evidenceSupported: number | null;
  readonly isFinalEligible: boolean;
  readonly validDimensions: number;
  readonly dimensions: readonly ReportDimensionScore[];
}

export interface ReportEvidence {
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly reference: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly ownerOpd: string | null;
  /** Highest level this kind of evidence can support (see `EVIDENCE_SUPPORT_LEVEL`). */
  readonly supportsLevel: Level;
}

export interface ReportIndicator {
  readonly id: string;
  readonly question: string;
  readonly layer: Layer;
  readonly status: IndicatorStatus;
  /** The claimed level when answered. */
  readonly level: Level | null;
  readonly levelName: string | null;
  /** The level the evidence supports, when answered; lower than `level` means under-evidenced. */
  readonly supportedLevel: Level | null;
  readonly note: string | null;
  /** The "Tidak relevan" reason, when status is `na`. */
  readonly naReason: string | null;
  readonly evidence: readonly ReportEvidence[];
}

/** Why an element score needs a second look (§6.5, §6.7, §6.10). */
export type ReportElementFlag = 'notRated' | 'invalid' | 'narrow';

export interface ReportElement {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly conservative: number | null;
  readonly level: LevelLabel | null;
  readonly answered: number;
  readonly applicable: number;
  readonly flags: readonly ReportElementFlag[];
  readonly indicators: readonly ReportIndicator[];
}

export interface ReportDimension {
  readonly id: DimensionId;
  readonly name: string;
  readonly goal: string;
  readonly score: number | null;
  readonly level: LevelLabel | null;
  readonly isValid: boolean;
  readonly elements: readonly ReportElement[];
}

/** An element picked as a strength or a gap. */
export interface RankedElement {
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  readonly name: string;
  readonly dimensionName: string;
  readonly score: number;
  readonly level: LevelLabel;
}

/** An indicator of a gap element that is below the element's next level. */
export interface GapIndicator {
  readonly indicatorId: string;
  readonly question: string;
  readonly level: Level;
}

export interface GapElement extends RankedElement {
  /** The first whole level the element has not reached on average: ⌊score⌋ + 1 (≤ 5). */
  readonly nextLevel: LevelLabel;
  /** Answered indicators below `nextLevel`, lowest first: where to start. */
  readonly below: readonly GapIndicator[];
}

/** Peer position of one dimension (§6.8). Median, rank and percentile are null when N < 5. */
export interface BenchmarkDimension {
  readonly dimensionId: DimensionId;
  readonly name: string;
  readonly own: number | null;
  /** Number of peers with a score on this dimension (including the region itself). */
  readonly peers: number;
  readonly median: number | null;
  /** 1 = best. */
  readonly rank: number | null;
  /** 0–100. */
  readonly percentile: number | null;
  /** True when N < the minimum and the position is therefore not shown. */
  readonly isSuppressed: boolean;
}

/** Optional benchmark section: present only when peer data exists. */
export interface ReportBenchmark {
  readonly peerGroup: string;
  readonly minPeers: number;
  readonly dimensions: readonly BenchmarkDimension[];
}

/** One row of the band table in the method appendix: [from, to) on 0–5. */
export interface BandRange {
  readonly level: Band;
  readonly name: string;
  readonly descriptor: string;
  readonly from: number;
  /** Exclusive upper edge; null for the top band. */
  readonly to: number | null;
}

export interface ReportModel {
  readonly meta: ReportMeta;
  readonly summary: ReportSummary;
  readonly dimensions: readonly ReportDimension[];
  readonly strengths: readonly RankedElement[];
  readonly gaps: readonly GapElement[];
  readonly bands: readonly BandRange[];
  readonly benchmark?: ReportBenchmark;
  readonly planning?: ReportPlanning;
}
