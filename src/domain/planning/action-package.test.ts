// @vitest-environment node
/**
 * The action-plan part of work packages (issue 16): written and read back, opened as the OPD copy's
 * plan, sent back, and reviewed three ways on the coordinator's side, with its refusals. Hand-made
 * actions on the real instrument; times are fixed ISO strings.
 */
import { describe, expect, it } from 'vitest';
import { computeIntegrity } from '../exchange/integrity';
import { nodeSha256Hex } from '../exchange/exchange-test-data';
import { CURRENT_INSTRUMENT } from '../instrument/registry';
import { elementOrder, listIndicators } from '../instrument/lookup';
import { actionPartFor } from './action-package';
import { checkReturnedActions, mergeActionDecisions } from './action-package-merge';
import { putAction, setActionStatus } from './actions';
import { emptyPlan } from './plan';
import type { AssessmentPlan, PlanAction } from './types';
import { buildReturnedPackage, buildWorkPackage, openWorkPackage, workPackageRecordOf } from './work-package';
import { checkReturnedPackage } from './work-package-merge';
import { parseWorkPackage } from './work-package-file';
import type { ReturnedWorkPackage, WorkPackage } from './work-package-format';
import { serializeWorkPackage } from './work-package-write';
import { EXPORTED_AT, MERGED_AT, OPENED_AT, RETURNED_AT, master, masterAnswers, outgoing as answersOnly } from './work-package-test-data';

const T0 = '2026-02-20T08:00:00.000Z';
const EDITED_AT = '2026-03-05T08:00:00.000Z';
const OPD_AT = '2026-03-03T09:00:00.000Z';

const act = (id: string, name: string, opd: string, extra: Partial<PlanAction> = {}): PlanAction => ({
  id, name, opd, supportingOpds: [], lifts: [{ elementId: 'GOV.1' }], startYear: 2027, endYear: 2028, statuses: [], quickWin: false,
  createdAt: T0, updatedAt: T0, ...extra,
});

/** Diskominfo leads "Perwal SPBE" and "Portal layanan", supports "Satu Data"; "Puskesmas digital" is not its business. */
const perwal = act('a-perwal', 'Perwal SPBE', 'Diskominfo', { budgetNote: 'APBD 2027' });
const portal = act('a-portal', 'Portal layanan', 'Diskominfo', { startYear: 2028, endYear: 2030 });
const satuData = act('a-satu', 'Satu Data', 'Bappeda', { supportingOpds: ['Diskominfo'], lifts: [{ elementId: 'GOV.2' }] });
const puskesmas = act('a-pkm', 'Puskesmas digital', 'Dinas Kesehatan', { lifts: [{ elementId: 'LIV.1' }] });

const plan: AssessmentPlan = {
  ...emptyPlan(master.id, T0),
  roadmap: { startYear: 2027, horizon: 5, baseline: null, elements: { 'GOV.1': { mode: 'yearly', finalTarget: 3, yearly: [1, 1.5, 2, 2.5, 3] } } },
  actions: [perwal, satuData, puskesmas, portal],
  assignments: { 'GOV.1': 'Diskominfo' },
};

const outgoing = buildWorkPackage({
  packageId: 'wp-act', opd: 'Diskominfo', assessment: master, indicatorIds: ['GOV.1.1'], answers: masterAnswers, exportedAt: EXPORTED_AT,
  actionPlan: actionPartFor(plan, 'diskominfo'),
});
const record = workPackageRecordOf(outgoing);
const coordinatorPlan: AssessmentPlan = { ...plan, workPackages: [record] };

const ctx = {
  years: { first: 2027, last: 2031 },
  elementIds: new Set(elementOrder(CURRENT_INSTRUMENT).map((e) => e.id)),
  indicatorIds: new Set(listIndicators(CURRENT_INSTRUMENT).map((i) => i.id)),
};

/** The OPD's copy after opening the package, its plan edited by `edit`, sent back. */
function returnedWith(edit: (p: AssessmentPlan) => AssessmentPlan): ReturnedWorkPackage {
  const copy = openWorkPackage(outgoing, 'copy-1', OPENED_AT);
  if (!copy.plan) throw new Error('expected a copy plan');
  const back = buildReturnedPackage(copy.assessment, {}, RETURNED_AT, undefined, edit(copy.plan));
  if (!back.ok) throw new Error('expected a returned package');
  return back.pkg;
}

type Json = Record<string, unknown>;
async function rehashed(file: Json): Promise<string> {
  const { integrity: _old, ...body } = file;
  return JSON.stringify({ ...body, integrity: await computeIntegrity(body, nodeSha256Hex) });
}
const fileOf = async (pkg: WorkPackage) => JSON.parse(await serializeWorkPackage(pkg, nodeSha256Hex)) as Json;

describe('the action-plan part, out and back', () => {
  it('holds the actions the OPD leads or supports (plan order) and the targets to read', () => {
    expect(outgoing.actionPlan?.actions.map((a) => a.name)).toEqual(['Perwal SPBE', 'Satu Data', 'Portal layanan']);
    expect(outgoing.actionPlan?.roadmap).toEqual({ startYear: 2027, horizon: 5, targets: { 'GOV.1': [1, 1.5, 2, 2.5, 3] } });
    expect(record.exportedActions).toEqual([perwal, satuData, portal]);
  });

  it('is written with partVersion 1 and read back unchanged', async () => {
    const file = await fileOf(outgoing);
    expect(file['actionPlan']).toMatchObject({ partVersion: 1 });
    const parsed = await parseWorkPackage(JSON.stringify(file), nodeSha256Hex);
    expect(parsed).toEqual({ ok: true, pkg: outgoing });
  });

  it('opens as the copy plan: the actions and a year-by-year roadmap without a baseline', () => {
    const copy = openWorkPackage(outgoing, 'copy-1', OPENED_AT);
    expect(copy.plan).toEqual({
      assessmentId: 'copy-1', actions: [perwal, satuData, portal], assignments: {}, workPackages: [], updatedAt: OPENED_AT,
      roadmap: { startYear: 2027, horizon: 5, baseline: null, elements: { 'GOV.1': { mode: 'yearly', finalTarget: 3, yearly: [1, 1.5, 2, 2.5, 3] } } },
    });
  });

  it('keeps older packages valid: no part out, none on the copy, none back', async () => {
    const parsed = await parseWorkPackage(await serializeWorkPackage(answersOnly, nodeSha256Hex), nodeSha256Hex);
    expect(parsed.ok && parsed.pkg.actionPlan).toBe(undefined);
    const copy = openWorkPackage(answersOnly, 'copy-0', OPENED_AT);
    expect(copy.plan).toBeUndefined();
    expect(workPackageRecordOf(answersOnly).exportedActions).toBeUndefined();
  });

  it('refuses a newer part version before its content, and a tampered action', async () => {
    const file = await fileOf(returnedWith((p) => p));
    const newer = await parseWorkPackage(await rehashed({ ...file, actionPlan: { partVersion: 2, actions: 'other shape' } }), nodeSha256Hex);
    expect(newer).toEqual({ ok: false, errors: [{ code: 'newer_part_version', version: 2, supported: 1 }] });
    const part = file['actionPlan'] as { actions: Json[] };
    const edited = { ...file, actionPlan: { ...part, actions: part.actions.map((a, i) => (i === 0 ? { ...a, name: 'Diubah' } : a)) } };
    expect(await parseWorkPackage(JSON.stringify(edited), nodeSha256Hex)).toEqual({ ok: false, errors: [{ code: 'hash_mismatch' }] });
  });

  it('refuses an action listed twice', async () => {
    const file = await fileOf(outgoing);
    const part = file['actionPlan'] as { actions: Json[] };
    const twice = await parseWorkPackage(await rehashed({ ...file, actionPlan: { ...part, actions: [...part.actions, part.actions[0]] } }), nodeSha256Hex);
    expect(twice).toMatchObject({ ok: false, errors: [{ code: 'invalid', reason: 'duplicate_id', field: 'actionPlan.actions' }] });
  });
});

/** The OPD: proposes "Aplikasi TTE", marks Perwal 2027 selesai with a note, renames Portal layanan. */
const proposal = act('a-tte', 'Aplikasi TTE', 'Diskominfo', { startYear: 2029, endYear: 2029, createdAt: OPD_AT, updatedAt: OPD_AT });
const returned = returnedWith((p) => {
  const done = setActionStatus(p, 'a-perwal', 2027, 'selesai', ' Perwal terbit Juni ', OPD_AT);
  return putAction(putAction(done, { ...portal, name: 'Portal layanan terpadu', updatedAt: OPD_AT }), proposal);
});

/** The coordinator since export: set a budget on Perwal, renamed Portal too, set Satu Data 2027 berjalan. */
const ours: AssessmentPlan = (() => {
  const withBudget = putAction(coordinatorPlan, { ...perwal, budgetNote: 'APBD 2027, ± Rp 250 juta', updatedAt: EDITED_AT });
  const renamed = putAction(withBudget, { ...portal, name: 'Portal SIPD', updatedAt: EDITED_AT });
  return setActionStatus(renamed, 'a-satu', 2027, 'berjalan', '', EDITED_AT);
})();

describe('checkReturnedActions: three ways per action', () => {
  const check = checkReturnedActions(returned, record, ours, ctx);
  const rows = check.ok ? check.rows : [];
  const row = (id: string) => rows.find((r) => r.actionId === id);

  it('offers the OPD-only status update, keeps the coordinator-only change, flags the rename on both sides', () => {
    expect(check.ok).toBe(true);
    expect(rows.map((r) => [r.actionId, r.kind, r.changedFields, r.conflictFields])).toEqual([
      ['a-perwal', 'opd', ['status:2027'], []],
      ['a-satu', 'coordinator', [], []],
      ['a-portal', 'both', ['name'], ['name']],
      ['a-tte', 'new', [], []],
    ]);
    expect(row('a-perwal')?.theirs.statuses).toEqual([{ year: 2027, status: 'selesai', note: 'Perwal terbit Juni', at: OPD_AT }]);
  });

  it('writes accepted changes field by field and never the coordinator-only rows', () => {
    const decisions = new Map([['a-perwal', true], ['a-portal', false], ['a-tte', true], ['a-satu', true]]);
    const result = mergeActionDecisions(rows, decisions, MERGED_AT);
    expect(result).toMatchObject({ accepted: ['a-perwal', 'a-tte'], rejected: ['a-portal'], undecided: [] });
    expect(result.actions).toEqual([
      // The coordinator's budget stays; the OPD's status comes in.
      { ...perwal, budgetNote: 'APBD 2027, ± Rp 250 juta', statuses: [{ year: 2027, status: 'selesai', note: 'Perwal terbit Juni', at: OPD_AT }], updatedAt: MERGED_AT },
      proposal,
    ]);
  });

  it('leaves a conflict undecided until the coordinator chooses, and rejects unticked rows', () => {
    const result = mergeActionDecisions(rows, new Map(), MERGED_AT);
    expect(result).toEqual({ actions: [], accepted: [], rejected: ['a-perwal', 'a-tte'], undecided: ['a-portal'] });
    const taken = mergeActionDecisions(rows, new Map([['a-portal', true]]), MERGED_AT);
    expect(taken.actions).toEqual([{ ...portal, name: 'Portal layanan terpadu', updatedAt: MERGED_AT }]);
  });

  it('without exported actions (older record): a led action edited after the export conflicts on every difference, a supported one is not offered', () => {
    const { exportedActions: _gone, ...older } = record;
    const fallback = checkReturnedActions(returned, older, ours, ctx);
    const kinds = fallback.ok ? fallback.rows.map((r) => [r.actionId, r.kind, r.conflictFields]) : [];
    expect(kinds).toEqual([
      ['a-perwal', 'both', ['budgetNote', 'status:2027']],
      ['a-satu', 'coordinator', []],
      ['a-portal', 'both', ['name']],
      ['a-tte', 'new', []],
    ]);
  });
});

describe('checkReturnedActions: refusals', () => {
  const refusedFor = (edit: (p: AssessmentPlan) => AssessmentPlan, target: AssessmentPlan = coordinatorPlan) =>
    checkReturnedActions(returnedWith(edit), record, target, ctx);

  it.each([
    ['a status update of a supported action', (p: AssessmentPlan) => setActionStatus(p, 'a-satu', 2027, 'selesai', '', OPD_AT), ['Satu Data']],
    ['a supported action renamed', (p: AssessmentPlan) => putAction(p, { ...satuData, name: 'Satu Data Kota' }), ['Satu Data Kota']],
    ['a led action handed to another OPD', (p: AssessmentPlan) => putAction(p, { ...perwal, opd: 'Bappeda' }), ['Perwal SPBE']],
    ['a proposal for another OPD', (p: AssessmentPlan) => putAction(p, { ...proposal, opd: 'Dinas Kesehatan' }), ['Aplikasi TTE']],
    ['an action of another OPD it never received', (p: AssessmentPlan) => putAction(p, { ...puskesmas, name: 'Puskesmas digital', opd: 'Diskominfo' }), ['Puskesmas digital']],
  ])('refuses %s (other_opd_actions)', (_case, edit, actions) => {
    expect(refusedFor(edit)).toEqual({ ok: false, error: { code: 'other_opd_actions', opd: 'Diskominfo', actions } });
  });

  it('keeps the package refusals: another period, already merged', () => {
    const pkg = returnedWith((p) => p);
    expect(checkReturnedPackage(pkg, { assessment: { ...master, period: 2027 }, plan: coordinatorPlan })).toMatchObject({ ok: false, error: { code: 'wrong_assessment' } });
    const merged = { ...coordinatorPlan, workPackages: [{ ...record, mergedAt: MERGED_AT }] };
    expect(checkReturnedPackage(pkg, { assessment: master, plan: merged })).toEqual({ ok: false, error: { code: 'already_merged', mergedAt: MERGED_AT } });
  });

  it('refuses a proposal outside the horizon (invalid_action), and accepts an untouched supported action', () => {
    expect(refusedFor((p) => putAction(p, { ...proposal, endYear: 2035 }))).toEqual({ ok: false, error: { code: 'invalid_action', action: 'Aplikasi TTE' } });
    const untouched = refusedFor((p) => p);
    expect(untouched.ok && untouched.rows.map((r) => r.kind)).toEqual(['none', 'none', 'none']);
  });
});
