/**
 * Building work packages on both sides: the coordinator cuts one for an OPD from the master
 * assessment; the OPD opens it as a local copy limited to its indicators and sends that copy back
 * as a returned package (docs/work-package-format.md).
 */
import type { Answer, AnswerMap, Assessment } from '../assessment/types';
import type { Lang } from '../instrument/types';
import { copyPlanOf, returnedActionPart } from './action-package';
import { normalizeOpdName } from './opd';
import type { PackageError } from './package-errors';
import type { ActionPlanPart, OutgoingWorkPackage, ReturnedWorkPackage, WorkPackage } from './work-package-format';
import type { AssessmentPlan, WorkPackageRecord } from './types';

/** The answers of `indicatorIds` found in `answers`, without `provenance` (never sent). */
function answersFor(indicatorIds: readonly string[], answers: AnswerMap): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const id of indicatorIds) {
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!answer) continue;
    const { provenance: _local, ...rest } = answer;
    out[id] = { ...rest, indicatorId: id };
  }
  return out;
}

export interface BuildWorkPackageParams {
  /** A new random id, unique per export. */
  readonly packageId: string;
  readonly opd: string;
  /** The master assessment. */
  readonly assessment: Assessment;
  /** Region name from the catalogue (informational, for people reading the file). */
  readonly regionName?: string;
  /** The OPD's indicators in instrument order (`indicatorsOfOpd`); must not be empty. */
  readonly indicatorIds: readonly string[];
  /** The master's answers; only those of `indicatorIds` are put in the package. */
  readonly answers: AnswerMap;
  /** ISO timestamp. */
  readonly exportedAt: string;
  /** The OPD's part of the action plan (`actionPartFor`); absent = a package of answers only. */
  readonly actionPlan?: ActionPlanPart;
}

/**
 * Builds the package a coordinator sends to one OPD: the source assessment's identity, the OPD's
 * indicators (duplicates dropped) and the master's current answers for them. Store
 * {@link workPackageRecordOf} of it in the plan so the returned copy can be checked later.
 */
export function buildWorkPackage(p: BuildWorkPackageParams): OutgoingWorkPackage {
  const a = p.assessment;
  const indicatorIds = [...new Set(p.indicatorIds)];
  return {
    direction: 'to_opd',
    packageId: p.packageId,
    opd: normalizeOpdName(p.opd),
    source: {
      assessmentId: a.id,
      regionCode: a.regionCode,
      ...(p.regionName !== undefined ? { regionName: p.regionName } : {}),
      period: a.period,
      instrumentVersion: a.instrumentVersion,
      weightProfileId: a.weightProfileId,
    },
    indicatorIds,
    exportedAt: p.exportedAt,
    answers: answersFor(indicatorIds, p.answers),
    ...(p.actionPlan ? { actionPlan: p.actionPlan } : {}),
  };
}

/**
 * The plan record of an exported package (not merged yet), keeping the answers and actions as they
 * left (the three-way merge's ancestors).
 */
export function workPackageRecordOf(pkg: OutgoingWorkPackage): WorkPackageRecord {
  return {
    id: pkg.packageId, opd: pkg.opd, indicatorIds: [...pkg.indicatorIds], exportedAt: pkg.exportedAt, exportedAnswers: pkg.answers,
    ...(pkg.actionPlan ? { exportedActions: pkg.actionPlan.actions } : {}),
  };
}

/**
 * The OPD's local copy of a package: a new draft assessment (id `newAssessmentId`, created now)
 * with the source's region, period, instrument version and weight profile, marked with
 * `workPackage` so only the package's indicators are answered and it can be sent back; and the
 * master's answers for those indicators; and, for a package with an action part, the copy's plan
(`copyPlanOf`: its actions and targets), stored with the copy. Check first that no assessment on the device already
 * has this `packageId` (then open that one instead).
 */
export function openWorkPackage(pkg: OutgoingWorkPackage, newAssessmentId: string, now: string): { assessment: Assessment; answers: Answer[]; plan?: AssessmentPlan } {
  const assessment: Assessment = {
    id: newAssessmentId,
    regionCode: pkg.source.regionCode,
    period: pkg.source.period,
    instrumentVersion: pkg.source.instrumentVersion,
    weightProfileId: pkg.source.weightProfileId,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    workPackage: {
      packageId: pkg.packageId,
      opd: pkg.opd,
      sourceAssessmentId: pkg.source.assessmentId,
      indicatorIds: [...pkg.indicatorIds],
      exportedAt: pkg.exportedAt,
    },
  };
  const answers = Object.values(answersFor(pkg.indicatorIds, pkg.answers));
  return { assessment, answers, ...(pkg.actionPlan ? { plan: copyPlanOf(pkg.actionPlan, newAssessmentId, now) } : {}) };
}

export type ReturnedPackageResult =
  | { readonly ok: true; readonly pkg: ReturnedWorkPackage }
  | { readonly ok: false; readonly error: Extract<PackageError, { code: 'not_a_package_copy' }> };

/**
 * The package an OPD sends back from its copy: the source identity and indicator list from the
 * copy's `workPackage` marker, `returnedAt`, and the copy's answers for the marker's indicators
 * only (anything else on the copy is left out), and — when the copy has a plan (it was opened from a
package with an action part) — the copy's actions as the action part. Refused (`not_a_package_copy`) for an assessment
 * that was not opened from a work package.
 */
export function buildReturnedPackage(assessment: Assessment, answers: AnswerMap, returnedAt: string, regionName?: string, copyPlan?: AssessmentPlan | null): ReturnedPackageResult {
  const origin = assessment.workPackage;
  if (!origin) return { ok: false, error: { code: 'not_a_package_copy' } };
  return {
    ok: true,
    pkg: {
      direction: 'to_coordinator',
      packageId: origin.packageId,
      opd: origin.opd,
      source: {
        assessmentId: origin.sourceAssessmentId,
        regionCode: assessment.regionCode,
        ...(regionName !== undefined ? { regionName } : {}),
        period: assessment.period,
        instrumentVersion: assessment.instrumentVersion,
        weightProfileId: assessment.weightProfileId,
      },
      indicatorIds: [...origin.indicatorIds],
      exportedAt: origin.exportedAt,
      returnedAt,
      answers: answersFor(origin.indicatorIds, answers),
      ...(copyPlan ? { actionPlan: returnedActionPart(copyPlan) } : {}),
    },
  };
}

/** A file-name-safe form of a text: lower case, runs of other characters as one `-`. */
function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'opd';
}

const FILE_KIND: Readonly<Record<Lang, Readonly<Record<WorkPackage['direction'], string>>>> = {
  id: { to_opd: 'paket-kerja', to_coordinator: 'paket-kembali' },
  en: { to_opd: 'work-package', to_coordinator: 'returned-package' },
};

/**
 * Suggested file name in the UI language `lang`, dated `date` (YYYY-MM-DD in the device's time
 * zone, supplied by the caller): `paket-kerja-<opd>-<region code>-<period>-<date>.json` for the
 * OPD and `paket-kembali-…` for the returned package (English `work-package-…`, `returned-package-…`).
 */
export function workPackageFileName(pkg: WorkPackage, date: string, lang: Lang): string {
  const kind = FILE_KIND[lang][pkg.direction];
  return `${kind}-${slug(pkg.opd)}-${pkg.source.regionCode}-${pkg.source.period}-${date}.json`;
}
