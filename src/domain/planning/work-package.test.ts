// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReturnedPackage, openWorkPackage, workPackageFileName, workPackageRecordOf } from './work-package';
import { EXPORTED_AT, OPENED_AT, RETURNED_AT, master, masterAnswers, opdAnswers, outgoing } from './work-package-test-data';

describe('buildWorkPackage', () => {
  it('carries the source identity, the OPD and its indicators', () => {
    expect(outgoing).toMatchObject({
      direction: 'to_opd',
      packageId: 'wp-1',
      opd: 'Diskominfo',
      source: {
        assessmentId: 'a-cirebon-2026', regionCode: '32.74', regionName: 'Kota Cirebon', period: 2026,
        instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
      },
      indicatorIds: ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'],
      exportedAt: EXPORTED_AT,
    });
  });

  it("holds the master's answers for the package indicators only, without provenance", () => {
    expect(Object.keys(outgoing.answers)).toEqual(['GOV.1.1', 'GOV.1.2', 'BRD.1.3']);
    expect(outgoing.answers['GOV.1.1']).not.toHaveProperty('provenance');
    expect(outgoing.answers['GOV.1.1']).toMatchObject({ level: 2, note: 'Lama' });
    expect(masterAnswers['GOV.1.1']?.provenance?.opd).toBe('Bappeda');
  });

  it('gives the plan record of the export', () => {
    expect(workPackageRecordOf(outgoing)).toEqual({
      id: 'wp-1', opd: 'Diskominfo', indicatorIds: ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'], exportedAt: EXPORTED_AT, exportedAnswers: outgoing.answers,
    });
  });

  it('suggests file names for both directions', () => {
    expect(workPackageFileName(outgoing, '2026-03-01', 'id')).toBe(`paket-kerja-diskominfo-${outgoing.source.regionCode}-2026-2026-03-01.json`);
    expect(workPackageFileName(outgoing, '2026-03-01', 'en')).toBe(`work-package-diskominfo-${outgoing.source.regionCode}-2026-2026-03-01.json`);
    const back = buildReturnedPackage(openWorkPackage(outgoing, 'copy-1', OPENED_AT).assessment, opdAnswers, RETURNED_AT);
    if (!back.ok) throw new Error('expected a returned package');
    expect(workPackageFileName({ ...back.pkg, opd: 'Dinas Kesehatan' }, '2026-03-04', 'id')).toBe(`paket-kembali-dinas-kesehatan-${outgoing.source.regionCode}-2026-2026-03-04.json`);
    expect(workPackageFileName(back.pkg, '2026-03-04', 'en')).toMatch(/^returned-package-/);
  });
});

describe('openWorkPackage (OPD side)', () => {
  const copy = openWorkPackage(outgoing, 'copy-1', OPENED_AT);

  it('creates a draft copy of the same region, period and instrument, marked as a package copy', () => {
    expect(copy.assessment).toEqual({
      id: 'copy-1',
      regionCode: '32.74',
      period: 2026,
      instrumentVersion: 'gmsc-2026.1',
      weightProfileId: 'equal-v1',
      status: 'draft',
      createdAt: OPENED_AT,
      updatedAt: OPENED_AT,
      workPackage: {
        packageId: 'wp-1', opd: 'Diskominfo', sourceAssessmentId: 'a-cirebon-2026',
        indicatorIds: ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'], exportedAt: EXPORTED_AT,
      },
    });
  });

  it("starts from the master's answers for the package indicators", () => {
    expect(copy.answers.map((a) => [a.indicatorId, a.level])).toEqual([['GOV.1.1', 2], ['GOV.1.2', 3], ['BRD.1.3', 'NA']]);
  });
});

describe('buildReturnedPackage (OPD side)', () => {
  const copy = openWorkPackage(outgoing, 'copy-1', OPENED_AT).assessment;

  it("sends back the copy's answers for the package indicators only", () => {
    const result = buildReturnedPackage(copy, opdAnswers, RETURNED_AT, 'Kota Cirebon');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pkg).toMatchObject({
      direction: 'to_coordinator',
      packageId: 'wp-1',
      opd: 'Diskominfo',
      source: { assessmentId: 'a-cirebon-2026', regionCode: '32.74', regionName: 'Kota Cirebon', period: 2026, instrumentVersion: 'gmsc-2026.1' },
      indicatorIds: ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3'],
      exportedAt: EXPORTED_AT,
      returnedAt: RETURNED_AT,
    });
    expect(Object.keys(result.pkg.answers)).toEqual(['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'BRD.1.3']);
  });

  it('is refused for an assessment that is not a package copy', () => {
    expect(buildReturnedPackage(master, opdAnswers, RETURNED_AT)).toEqual({ ok: false, error: { code: 'not_a_package_copy' } });
  });
});
