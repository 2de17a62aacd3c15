/**
 * Why a work-package file is refused, by the parser (damaged, edited, not a package) or by the
 * checks on either side (wrong assessment, already merged …). The UI maps each `code` to a
 * message in its language; the data a message must name (both assessments, the indicators) is
 * carried along. A refused package changes nothing.
 */
import type { ImportErrorCode } from '../exchange/import-errors';
import type { JsonReadError } from '../exchange/read-json';
import type { WorkPackageDirection } from './work-package-format';

/** Which assessment a package names, or which one it was imported into. */
export interface PackageAssessmentRef {
  readonly assessmentId: string;
  readonly regionCode: string;
  readonly period: number;
}

export type PackageError =
  /** Bigger than `limit` bytes (`value`: the size in bytes, when known). */
  | { readonly code: 'too_large'; readonly limit: number; readonly value?: string }
  | { readonly code: 'not_json' }
  /** Refused by the tolerant reader: nested too deep, `1e999`, a `__proto__` key (`field` names where). */
  | Extract<JsonReadError, { code: 'too_deep' | 'non_finite_number' | 'forbidden_key' }>
  /** The file could not be read at all. */
  | { readonly code: 'unreadable' }
  /** JSON, but not a work package (e.g. an assessment export). */
  | { readonly code: 'wrong_format' }
  /** Written by a newer app (package version `version`; this app reads up to `supported`). */
  | { readonly code: 'newer_version'; readonly version: number; readonly supported: number }
  | { readonly code: 'integrity_missing' }
  /** The content does not match its hash: edited by hand or damaged. */
  | { readonly code: 'hash_mismatch' }
  /**
   * A field has a wrong value. `reason` is the specific problem (`level_out_of_range`,
   * `too_long`, `na_not_allowed`, `missing_value` …), `detail` a short technical form such as
   * `answers.GOV.1.1.level: 7`.
   */
  | { readonly code: 'invalid'; readonly reason: ImportErrorCode; readonly field: string; readonly detail: string; readonly indicatorId?: string; readonly limit?: number }
  | { readonly code: 'unknown_instrument'; readonly value: string }
  | { readonly code: 'unknown_weight_profile'; readonly value: string }
  /** Indicator ids the package's instrument does not have. */
  | { readonly code: 'unknown_indicator'; readonly indicatorIds: readonly string[] }
  /** A returned package opened as a new one, or a package for the OPD imported as returned. */
  | { readonly code: 'wrong_direction'; readonly direction: WorkPackageDirection }
  /** Cut from another assessment (region, period or id differ): names both. */
  | { readonly code: 'wrong_assessment'; readonly file: PackageAssessmentRef & { readonly regionName?: string }; readonly target: PackageAssessmentRef }
  | { readonly code: 'instrument_mismatch'; readonly file: string; readonly target: string }
  /** The master assessment is final (read-only): reopen it as a draft before merging. */
  | { readonly code: 'assessment_final' }
  /** No work package with this id was exported from this assessment. */
  | { readonly code: 'unknown_package'; readonly packageId: string }
  /** This package was merged before, at `mergedAt`. */
  | { readonly code: 'already_merged'; readonly mergedAt: string }
  /**
   * Answers or indicators outside what was assigned to `opd` in this package (`indicatorIds`:
   * the ones outside, or missing from it).
   */
  | { readonly code: 'outside_assignment'; readonly opd: string; readonly indicatorIds: readonly string[] }
  /** Only a copy opened from a work package can be sent back. */
  | { readonly code: 'not_a_package_copy' }
  /** The action-plan part was written by a newer app (part version `version`; this app reads up to `supported`). */
  | { readonly code: 'newer_part_version'; readonly version: number; readonly supported: number }
  /**
   * A returned action part changes or adds actions of another OPD than the package's `opd` (or
   * hands one of its actions to another OPD): `actions` names them.
   */
  | { readonly code: 'other_opd_actions'; readonly opd: string; readonly actions: readonly string[] }
  /** A returned action breaks the action rules (name, OPD, years in the horizon, known elements, lengths). */
  | { readonly code: 'invalid_action'; readonly action: string };

export type PackageErrorCode = PackageError['code'];
