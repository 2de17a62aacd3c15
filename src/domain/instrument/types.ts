/**
 * Types of the assessment instrument (assessment-model.md §6). The instrument is versioned data:
 * ids (`GOV`, `GOV.1`, `GOV.1.1`) are stable keys and never change meaning. A changed question
 * gets a new id and the instrument a new version; old assessments keep scoring with the version
 * they were answered under.
 */

/** The six GM100SC dimensions, in display order. */
export const DIMENSION_IDS = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Readiness layers (§6.1): suprastruktur, struktur, infrastruktur, layanan, dampak. */
export const LAYERS = ['SUP', 'STR', 'INF', 'LAY', 'DMP'] as const;
export type Layer = (typeof LAYERS)[number];

/** Maturity levels of the generic 0–5 rubric (§6.2). */
export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

/** Languages the instrument text is written in. Bahasa Indonesia first. */
export type Lang = 'id' | 'en';
export type LocalizedText = Readonly<Record<Lang, string>>;

export interface RubricLevel {
  readonly level: Level;
  readonly name: LocalizedText;
  readonly descriptor: LocalizedText;
}

export interface IndicatorDef {
  /** Stable id, e.g. `GOV.1.1`. */
  readonly id: string;
  readonly elementId: string;
  readonly dimensionId: DimensionId;
  readonly question: LocalizedText;
  readonly evidenceHint: LocalizedText;
  readonly layer: Layer;
  /** Whether "Tidak relevan" (NA, with a reason) is allowed (marked † in §6.9). */
  readonly naAllowed: boolean;
}

export interface ElementDef {
  /** Stable id, e.g. `GOV.1`. */
  readonly id: string;
  readonly dimensionId: DimensionId;
  readonly name: LocalizedText;
  readonly indicators: readonly IndicatorDef[];
}

export interface DimensionDef {
  readonly id: DimensionId;
  readonly name: LocalizedText;
  readonly goal: LocalizedText;
  readonly elements: readonly ElementDef[];
}

export interface Instrument {
  /** e.g. `gmsc-2026.1`. Stored with every assessment. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly dimensions: readonly DimensionDef[];
  readonly rubric: readonly RubricLevel[];
}

/**
 * Weights are data, not code (§6.4). Missing entries weigh 1. Benchmarks only compare results
 * computed with the same instrument version and weight profile.
 */
export interface WeightProfile {
  readonly id: string;
  readonly instrumentVersion: string;
  readonly name: LocalizedText;
  readonly indicator: Readonly<Record<string, number>>;
  readonly element: Readonly<Record<string, number>>;
  readonly dimension: Readonly<Record<string, number>>;
}
