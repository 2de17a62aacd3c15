// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer } from '../assessment/types';
import { nodeSha256Hex } from '../exchange/exchange-test-data';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { emptyPlan, markWorkPackageMerged, recordWorkPackage } from './plan';
import type { AssessmentPlan } from './types';
import { buildReturnedPackage, openWorkPackage, workPackageRecordOf } from './work-package';
import { parseWorkPackage } from './work-package-file';
import { serializeWorkPackage } from './work-package-write';
import type { ReturnedWorkPackage } from './work-package-format';
import { checkReturnedPackage, diffWorkPackage, mergeDecisions } from './work-package-merge';
import {
  EXPORTED_AT, MERGED_AT, OPD_ANSWERED_AT, OPENED_AT, RETURNED_AT, master, masterAnswers, opdAnswers, outgoing,
} from './work-package-test-data';

const plan: AssessmentPlan = recordWorkPackage(emptyPlan(master.id, EXPORTED_AT), workPackageRecordOf(outgoing));

function returned(): ReturnedWorkPackage {
  const result = buildReturnedPackage(openWorkPackage(outgoing, 'copy-1', OPENED_AT).assessment, opdAnswers, RETURNED_AT, 'Kota Cirebon');
  if (!result.ok) throw new Error('expected a returned package');
  return result.pkg;
}

describe('checkReturnedPackage', () => {
  it('accepts the returned package of an open record and gives the record', () => {
    const pkg = returned();
    expect(checkReturnedPackage(pkg, { assessment: master, plan })).toEqual({ ok: true, pkg, record: plan.workPackages[0] });
  });

  it('refuses a package meant for the OPD (wrong_direction)', () => {
    expect(checkReturnedPackage(outgoing, { assessment: master, plan })).toEqual({ ok: false, error: { code: 'wrong_direction', direction: 'to_opd' } });
  });

  it.each([
    ['another period', { period: 2027 }],
    ['another region', { regionCode: '32.09' }],
    ['another assessment of the same region and period', { id: 'a-other' }],
  ])('refuses a package of %s, naming both sides (wrong_assessment)', (_name, change) => {
    const target = { ...master, ...change };
    expect(checkReturnedPackage(returned(), { assessment: target, plan: { ...plan, assessmentId: target.id } })).toEqual({
      ok: false,
      error: {
        code: 'wrong_assessment',
        file: { assessmentId: 'a-cirebon-2026', regionCode: '32.74', regionName: 'Kota Cirebon', period: 2026 },
        target: { assessmentId: target.id, regionCode: target.regionCode, period: target.period },
      },
    });
  });

  it('refuses a package answered under another instrument version', () => {
    expect(checkReturnedPackage(returned(), { assessment: { ...master, instrumentVersion: 'gmsc-2027.1' }, plan })).toEqual({
      ok: false, error: { code: 'instrument_mismatch', file: 'gmsc-2026.1', target: 'gmsc-2027.1' },
    });
  });

  it('refuses to merge into a final assessment', () => {
    expect(checkReturnedPackage(returned(), { assessment: { ...master, status: 'final' }, plan })).toEqual({ ok: false, error: { code: 'assessment_final' } });
  });

  it('refuses a package this plan never exported, or exported for another OPD (unknown_package)', () => {
    const error = { ok: false, error: { code: 'unknown_package', packageId: 'wp-1' } };
    expect(checkReturnedPackage(returned(), { assessment: master, plan: emptyPlan(master.id, EXPORTED_AT) })).toEqual(error);
    expect(checkReturnedPackage({ ...returned(), opd: 'Bappeda' }, { assessment: master, plan })).toEqual(error);
    // The OPD name is compared like assignments: case and spaces do not matter.
    expect(checkReturnedPackage({ ...returned(), opd: ' DISKOMINFO' }, { assessment: master, plan }).ok).toBe(true);
  });

  it('refuses a package merged before (already_merged)', () => {
    const merged = markWorkPackageMerged(plan, 'wp-1', MERGED_AT);
    expect(checkReturnedPackage(returned(), { assessment: master, plan: merged })).toEqual({ ok: false, error: { code: 'already_merged', mergedAt: MERGED_AT } });
  });

  it('refuses answers or indicators outside the assignment (outside_assignment)', () => {
    const pkg = returned();
    const extra: Answer = { indicatorId: 'ECO.1.1', level: 5, evidence: [] };
    expect(checkReturnedPackage({ ...pkg, answers: { ...pkg.answers, 'ECO.1.1': extra } }, { assessment: master, plan })).toEqual({
      ok: false, error: { code: 'outside_assignment', opd: 'Diskominfo', indicatorIds: ['ECO.1.1'] },
    });
    expect(checkReturnedPackage({ ...pkg, indicatorIds: [...pkg.indicatorIds, 'ENV.1.1'] }, { assessment: master, plan })).toEqual({
      ok: false, error: { code: 'outside_assignment', opd: 'Diskominfo', indicatorIds: ['ENV.1.1'] },
    });
    // An indicator dropped from the list also breaks the assignment.
    expect(checkReturnedPackage({ ...pkg, indicatorIds: pkg.indicatorIds.filter((id) => id !== 'GOV.1.2') }, { assessment: master, plan })).toEqual({
      ok: false, error: { code: 'outside_assignment', opd: 'Diskominfo', indicatorIds: ['GOV.1.2'] },
    });
  });
});

describe('diffWorkPackage', () => {
  const rows = diffWorkPackage(CURRENT_INSTRUMENT, masterAnswers, returned());

  it('has one row per package indicator, in instrument order, unchanged rows included', () => {
    expect(rows.map((r) => [r.indicatorId, r.elementId, r.changed, r.changedFields])).toEqual([
      ['GOV.1.1', 'GOV.1', true, ['level']],
      ['GOV.1.2', 'GOV.1', false, []],
      ['GOV.1.3', 'GOV.1', true, ['level', 'evidence']],
      ['BRD.1.3', 'BRD.1', true, ['level', 'naReason']],
    ]);
  });

  it('without the exported answers (an older record): the master stands in for them, so these are OPD changes', () => {
    expect(rows.map((r) => r.kind)).toEqual(['opd', 'none', 'opd', 'opd']);
  });

  it('carries both answers and flags a master answer edited after the export', () => {
    expect(rows[0]?.master).toBe(masterAnswers['GOV.1.1']);
    expect(rows[0]?.returned).toMatchObject({ level: 3, answeredAt: OPD_ANSWERED_AT });
    expect(rows[2]).not.toHaveProperty('master');
    expect(rows.map((r) => r.masterChangedSinceExport)).toEqual([false, true, false, false]);
  });

  it('treats a missing answer as empty and never proposes deleting one', () => {
    const pkg = returned();
    const { 'GOV.1.1': _left, ...rest } = pkg.answers;
    const blank: Answer = { indicatorId: 'GOV.1.3', level: null, evidence: [] };
    const diff = diffWorkPackage(CURRENT_INSTRUMENT, masterAnswers, { ...pkg, answers: { ...rest, 'GOV.1.3': blank } });
    expect(diff[0]).toMatchObject({ indicatorId: 'GOV.1.1', changed: false, changedFields: [] });
    expect(diff[0]).not.toHaveProperty('returned');
    expect(diff[2]).toMatchObject({ indicatorId: 'GOV.1.3', changed: false });
  });

  it('sees a changed note and evidence', () => {
    const pkg = returned();
    const gov12 = pkg.answers['GOV.1.2'] as Answer;
    const edited = { ...gov12, note: 'Baru', evidence: [{ id: 'ev-2', kind: 'sk' as const, title: 'SK', reference: 'No. 1' }] };
    const diff = diffWorkPackage(CURRENT_INSTRUMENT, masterAnswers, { ...pkg, answers: { ...pkg.answers, 'GOV.1.2': edited } });
    expect(diff[1]?.changedFields).toEqual(['note', 'evidence']);
  });
});

describe('mergeDecisions', () => {
  const rows = diffWorkPackage(CURRENT_INSTRUMENT, masterAnswers, returned());
  const result = mergeDecisions(rows, new Map([['GOV.1.1', true], ['GOV.1.2', true], ['GOV.1.3', true]]), { opd: 'Diskominfo', packageId: 'wp-1', mergedAt: MERGED_AT });

  it('writes the accepted changes with provenance and leaves rejected and unchanged rows out', () => {
    expect(result.accepted).toEqual(['GOV.1.1', 'GOV.1.3']);
    expect(result.rejected).toEqual(['BRD.1.3']);
    expect(result.answers).toEqual([
      {
        indicatorId: 'GOV.1.1', level: 3, note: 'Lama', evidence: [], answeredAt: OPD_ANSWERED_AT, answeredBy: 'Staf Diskominfo',
        provenance: { opd: 'Diskominfo', packageId: 'wp-1', answeredAt: OPD_ANSWERED_AT, mergedAt: MERGED_AT },
      },
      {
        indicatorId: 'GOV.1.3', level: 1, evidence: [{ id: 'ev-1', kind: 'foto', title: 'Uji coba', reference: 'Dokumentasi' }],
        provenance: { opd: 'Diskominfo', packageId: 'wp-1', mergedAt: MERGED_AT },
      },
    ]);
  });

  it('writes nothing when every change is rejected', () => {
    expect(mergeDecisions(rows, new Map(), { opd: 'Diskominfo', packageId: 'wp-1', mergedAt: MERGED_AT })).toEqual({
      answers: [], accepted: [], rejected: ['GOV.1.1', 'GOV.1.3', 'BRD.1.3'], undecided: [],
    });
  });
});

describe('a work package through files, both ways', () => {
  it('goes coordinator → OPD → coordinator and merges with provenance', async () => {
    // Coordinator exports; the OPD opens the file in a fresh app.
    const sent = await parseWorkPackage(await serializeWorkPackage(outgoing, nodeSha256Hex), nodeSha256Hex);
    if (!sent.ok || sent.pkg.direction !== 'to_opd') throw new Error('expected a package for the OPD');
    expect(checkReturnedPackage(sent.pkg, { assessment: master, plan }).ok).toBe(false);
    const copy = openWorkPackage(sent.pkg, 'copy-1', OPENED_AT);
    // The OPD answers and sends its copy back.
    const back = buildReturnedPackage(copy.assessment, opdAnswers, RETURNED_AT);
    if (!back.ok) throw new Error('expected a returned package');
    const received = await parseWorkPackage(await serializeWorkPackage(back.pkg, nodeSha256Hex), nodeSha256Hex);
    if (!received.ok) throw new Error('expected the returned file to parse');
    // The coordinator checks, reviews and merges.
    const check = checkReturnedPackage(received.pkg, { assessment: master, plan });
    expect(check.ok).toBe(true);
    const rows = diffWorkPackage(CURRENT_INSTRUMENT, masterAnswers, received.pkg);
    const merge = mergeDecisions(rows, new Map([['GOV.1.1', true]]), { opd: received.pkg.opd, packageId: received.pkg.packageId, mergedAt: MERGED_AT });
    expect(merge.answers.map((a) => [a.indicatorId, a.level, a.provenance?.opd])).toEqual([['GOV.1.1', 3, 'Diskominfo']]);
    // Importing the same file again after the merge is refused.
    const merged = markWorkPackageMerged(plan, received.pkg.packageId, MERGED_AT);
    expect(checkReturnedPackage(received.pkg, { assessment: master, plan: merged })).toMatchObject({ ok: false, error: { code: 'already_merged' } });
  });
});
