// @vitest-environment node
/**
 * The three-way merge of a returned package: exported (what left in the package), the OPD's
 * answer, the master's now. Hand-made answers on the real instrument.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, Evidence } from '../assessment/types';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { buildReturnedPackage, buildWorkPackage, openWorkPackage, workPackageRecordOf } from './work-package';
import { diffWorkPackage, mergeDecisions } from './work-package-merge';
import { EXPORTED_AT, MERGED_AT, OPD_ANSWERED_AT, OPENED_AT, RETURNED_AT, master } from './work-package-test-data';

const EDITED_AT = '2026-03-05T08:00:00.000Z';
const e1: Evidence = { id: 'ev-1', kind: 'sk', title: 'SK Wali Kota', reference: 'No. 1/2026' };
const e2: Evidence = { id: 'ev-2', kind: 'foto', title: 'Foto layanan', reference: 'Dokumentasi' };

const a = (indicatorId: string, level: Answer['level'], extra: Partial<Answer> = {}): Answer => ({ indicatorId, level, evidence: [], ...extra });
const map = (...list: Answer[]): AnswerMap => Object.fromEntries(list.map((x) => [x.indicatorId, x]));

/** The master when the package left. */
const atExport = map(
  a('GOV.1.1', 2), a('GOV.1.2', 2), a('GOV.1.3', 1), a('GOV.1.4', 3, { note: 'n' }),
  a('GOV.2.1', 1), a('GOV.2.2', 1), a('GOV.2.3', 2),
);
const ids = ['GOV.1.1', 'GOV.1.2', 'GOV.1.3', 'GOV.1.4', 'GOV.2.1', 'GOV.2.2', 'GOV.2.3'];
const outgoing = buildWorkPackage({ packageId: 'wp-3', opd: 'Diskominfo', assessment: master, indicatorIds: ids, answers: atExport, exportedAt: EXPORTED_AT });
const record = workPackageRecordOf(outgoing);

/** The master now: the coordinator edited GOV.1.3, GOV.1.4, GOV.2.1, GOV.2.2, GOV.2.3 after the export. */
const now = map(
  a('GOV.1.1', 2), a('GOV.1.2', 2),
  a('GOV.1.3', 2, { answeredAt: EDITED_AT }),
  a('GOV.1.4', 4, { note: 'n', answeredAt: EDITED_AT }),
  a('GOV.2.1', 1, { note: 'Catatan koordinator', answeredAt: EDITED_AT, answeredBy: 'Koordinator' }),
  a('GOV.2.2', 3, { answeredAt: EDITED_AT }),
  a('GOV.2.3', 2, { evidence: [e1], answeredAt: EDITED_AT }),
);

/** The OPD's answers. */
const opd = map(
  a('GOV.1.1', 2), // untouched
  a('GOV.1.2', 3, { note: 'Dari OPD', evidence: [e2], answeredAt: OPD_ANSWERED_AT, answeredBy: 'Staf Diskominfo' }), // OPD only
  a('GOV.1.3', 1), // untouched: still the exported 1 (master only changed it)
  a('GOV.1.4', 2, { note: 'n2', answeredAt: OPD_ANSWERED_AT }), // both changed the level: conflict
  a('GOV.2.1', 3, { answeredAt: OPD_ANSWERED_AT }), // OPD the level, master the note: no conflict
  a('GOV.2.2', 3, { answeredAt: OPD_ANSWERED_AT }), // both made it 3: nothing to merge
  a('GOV.2.3', 2, { evidence: [e2], answeredAt: OPD_ANSWERED_AT }), // both changed the evidence: conflict
);

function returned() {
  const back = buildReturnedPackage(openWorkPackage(outgoing, 'copy-3', OPENED_AT).assessment, opd, RETURNED_AT);
  if (!back.ok) throw new Error('expected a returned package');
  return back.pkg;
}

const rows = diffWorkPackage(CURRENT_INSTRUMENT, now, returned(), record.exportedAnswers);
const row = (id: string) => rows.find((r) => r.indicatorId === id);

describe('diffWorkPackage, three ways', () => {
  it.each([
    ['GOV.1.1', 'none', [], []],
    ['GOV.1.2', 'opd', ['level', 'note', 'evidence'], []],
    ['GOV.1.3', 'master', [], []],
    ['GOV.1.4', 'both', ['level', 'note'], ['level']],
    ['GOV.2.1', 'opd', ['level'], []],
    ['GOV.2.2', 'none', [], []],
    ['GOV.2.3', 'both', ['evidence'], ['evidence']],
  ])('%s: %s, changed %j, conflicting %j', (id, kind, changedFields, conflictFields) => {
    expect(row(id)).toMatchObject({ kind, changedFields, conflictFields, changed: changedFields.length > 0 });
  });

  it('carries the three versions', () => {
    expect(row('GOV.1.4')?.exported).toMatchObject({ level: 3, note: 'n' });
    expect(row('GOV.1.4')?.master).toBe(now['GOV.1.4']);
    expect(row('GOV.1.4')?.returned).toMatchObject({ level: 2, note: 'n2' });
  });

  it('sees a note-only and an evidence-only change by the OPD alone', () => {
    const pkg = returned();
    const edited = { ...pkg, answers: { ...pkg.answers, 'GOV.1.1': a('GOV.1.1', 2, { note: 'Baru' }), 'GOV.1.3': a('GOV.1.3', 1, { evidence: [e1] }) } };
    const diff = diffWorkPackage(CURRENT_INSTRUMENT, now, edited, record.exportedAnswers);
    expect(diff[0]).toMatchObject({ kind: 'opd', changedFields: ['note'] });
    // GOV.1.3: the master changed the level, the OPD the evidence: different fields, no conflict.
    expect(diff[2]).toMatchObject({ kind: 'opd', changedFields: ['evidence'], conflictFields: [] });
  });

  it('without the exported answers, a master edit after the export makes a difference a conflict', () => {
    const legacy = diffWorkPackage(CURRENT_INSTRUMENT, now, returned());
    // GOV.1.3 differs (master 2, OPD 1) and the master was edited after the export: unknown who changed it.
    expect(legacy[2]).toMatchObject({ indicatorId: 'GOV.1.3', kind: 'both', masterChangedSinceExport: true });
    expect(legacy[1]).toMatchObject({ indicatorId: 'GOV.1.2', kind: 'opd' });
  });
});

describe('mergeDecisions, three ways', () => {
  const options = { opd: 'Diskominfo', packageId: 'wp-3', mergedAt: MERGED_AT };

  it('leaves a conflict undecided until the coordinator chooses', () => {
    const result = mergeDecisions(rows, new Map([['GOV.1.2', true], ['GOV.2.1', true]]), options);
    expect(result.undecided).toEqual(['GOV.1.4', 'GOV.2.3']);
  });

  it('writes exactly the chosen fields: the OPD’s changed fields over the master’s answer', () => {
    const decisions = new Map([['GOV.1.2', true], ['GOV.2.1', true], ['GOV.1.4', false], ['GOV.2.3', true], ['GOV.1.3', true], ['GOV.1.1', true]]);
    const result = mergeDecisions(rows, decisions, options);
    expect(result).toMatchObject({ accepted: ['GOV.1.2', 'GOV.2.1', 'GOV.2.3'], rejected: ['GOV.1.4'], undecided: [] });
    const provenance = { opd: 'Diskominfo', packageId: 'wp-3', answeredAt: OPD_ANSWERED_AT, mergedAt: MERGED_AT };
    expect(result.answers).toEqual([
      { indicatorId: 'GOV.1.2', level: 3, note: 'Dari OPD', evidence: [e2], answeredBy: 'Staf Diskominfo', answeredAt: OPD_ANSWERED_AT, provenance },
      // The level is the OPD's; the note the coordinator added after the export stays.
      { indicatorId: 'GOV.2.1', level: 3, note: 'Catatan koordinator', evidence: [], answeredAt: OPD_ANSWERED_AT, provenance },
      { indicatorId: 'GOV.2.3', level: 2, evidence: [e2], answeredAt: OPD_ANSWERED_AT, provenance },
    ]);
    // The master-only change (GOV.1.3) and the untouched row (GOV.1.1) are never written.
    expect(result.answers.map((x) => x.indicatorId)).not.toContain('GOV.1.3');
  });
});
