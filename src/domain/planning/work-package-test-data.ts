/**
 * Fixtures for the work-package tests, on the real instrument (parsing checks the registry): a
 * master assessment of Kota Cirebon 2026, its answers, a package for Diskominfo and the OPD's
 * answers sent back. Times are fixed ISO strings.
 */
import type { Answer, AnswerMap } from '../assessment/types';
import { makeAssessment } from '../exchange/exchange-test-data';
import { buildWorkPackage } from './work-package';

export const EXPORTED_AT = '2026-03-01T08:00:00.000Z';
export const OPENED_AT = '2026-03-02T08:00:00.000Z';
export const OPD_ANSWERED_AT = '2026-03-03T09:00:00.000Z';
export const RETURNED_AT = '2026-03-04T10:00:00.000Z';
export const MERGED_AT = '2026-03-06T11:00:00.000Z';

export const master = makeAssessment();

export const PACKAGE_INDICATORS = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'] as const;

function answers(list: readonly Answer[]): AnswerMap {
  return Object.fromEntries(list.map((a) => [a.indicatorId, a]));
}

/**
 * GOV.1.1 = 2 (merged earlier from Bappeda: has provenance), GOV.1.2 = 3 (edited by the
 * coordinator after the export), BRD.1.3 NA with a reason, ECO.1.1 = 4 (not in the package).
 */
export const masterAnswers = answers([
  {
    indicatorId: 'GOV.1.1', level: 2, note: 'Lama', evidence: [], answeredAt: '2026-02-01T08:00:00.000Z',
    provenance: { opd: 'Bappeda', packageId: 'wp-old', mergedAt: '2026-02-02T08:00:00.000Z' },
  },
  { indicatorId: 'GOV.1.2', level: 3, evidence: [], answeredAt: '2026-03-05T08:00:00.000Z' },
  { indicatorId: 'BRD.1.3', level: 'NA', naReason: 'Belum ada destinasi berbayar.', evidence: [] },
  { indicatorId: 'ECO.1.1', level: 4, evidence: [] },
]);

export const outgoing = buildWorkPackage({
  packageId: 'wp-1',
  opd: ' Diskominfo ',
  assessment: master,
  regionName: 'Kota Cirebon',
  indicatorIds: PACKAGE_INDICATORS,
  answers: masterAnswers,
  exportedAt: EXPORTED_AT,
});

/**
 * What the OPD answered on its copy: GOV.1.1 raised to 3; GOV.1.2 as received; GOV.1.3 new (level
 * 1 with a photo, no answeredAt); BRD.1.3 changed from NA to level 2; and ECO.2.1, which is not in
 * the package and must not travel back.
 */
export const opdAnswers = answers([
  { indicatorId: 'GOV.1.1', level: 3, note: 'Lama', evidence: [], answeredAt: OPD_ANSWERED_AT, answeredBy: 'Staf Diskominfo' },
  { indicatorId: 'GOV.1.2', level: 3, evidence: [], answeredAt: '2026-03-05T08:00:00.000Z' },
  { indicatorId: 'GOV.1.3', level: 1, evidence: [{ id: 'ev-1', kind: 'foto', title: 'Uji coba', reference: 'Dokumentasi' }] },
  { indicatorId: 'BRD.1.3', level: 2, evidence: [], answeredAt: OPD_ANSWERED_AT },
  { indicatorId: 'ECO.2.1', level: 5, evidence: [] },
]);
