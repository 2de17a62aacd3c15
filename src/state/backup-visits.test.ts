import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment/types';
import { buildExport, serializeExport } from '../domain/exchange/build-export';
import type { VisitWorkspace } from '../domain/visit/workspace';
import { sha256Hex } from '../lib/sha256';
import { openAssessmentRepository, type AssessmentRepository } from '../storage/assessment-repo';
import { openExchangeRepository } from '../storage/exchange-repo';
import { openVisitRepository, type VisitRepository } from '../storage/visit-repo';
import { setExchangeRepository, useExchangeStore } from './exchange-store';
import type { PickedFile } from './exchange-store';
import { useRegionsStore } from './regions-store';
import { setRepository } from './repository';

const base: Assessment = {
  id: 'demak-2026', regionCode: '33.21', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const NOW = '2026-11-22T03:00:00.000Z';
const shares = { evidence: true, opd: true, practice: true, notes: false, contact: true };
const workspace: VisitWorkspace = {
  packages: [{
    packageId: 'p-cbn', exportedAt: '2026-03-20T02:00:00.000Z', host: { regionCode: '32.74', regionName: 'Kota Cirebon', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1' },
    shares, contact: 'Diskominfo', levels: { 'GOV.1.1': 5, 'GOV.1.2': 'NA', 'GOV.1.3': null }, elements: { 'GOV.1': { practice: 'Mal pelayanan publik', evidence: [{ kind: 'aplikasi_url', title: 'Perizinan', url: 'https://izin.contoh.go.id/' }] } },
  }],
  drafts: { 'demak-2026': { shares, practices: { 'GOV.1': 'Satu aplikasi' }, opds: { 'GOV.1': 'DPMPTSP' }, evidence: ['GOV.1.1#ev-1'], contact: 'Bappeda' } },
  visits: {
    'demak-2026|paket:p-cbn': {
      date: '2026-03-25', delegation: 'Bappeda, Diskominfo', questions: null, lessons: 'Izin satu pintu, 3 hari.',
      adoptions: { 'GOV.1': { ownerOpd: 'DPMPTSP', targetYear: '2027', note: '', quickWin: true } },
    },
  },
};
let dbCount = 0;

/** A device: its repositories, wired into the stores. */
async function device(): Promise<{ repo: AssessmentRepository; visits: VisitRepository }> {
  const dbName = `backup-visits-test-${++dbCount}`;
  const repo = await openAssessmentRepository({ dbName });
  setRepository(Promise.resolve(repo));
  setExchangeRepository(openExchangeRepository({ dbName }));
  return { repo, visits: await openVisitRepository({ dbName }) };
}

async function seedWorkspace(visits: VisitRepository, ws: VisitWorkspace): Promise<void> {
  for (const value of ws.packages) await visits.put({ kind: 'package', id: value.packageId, value });
  for (const [id, value] of Object.entries(ws.drafts)) await visits.put({ kind: 'draft', id, value });
  for (const [id, value] of Object.entries(ws.visits)) await visits.put({ kind: 'visit', id, value });
}

const picked = (text: string): PickedFile => ({ name: 'cadangan.json', size: text.length, text: async () => text });

async function restore(text: string): Promise<void> {
  await useExchangeStore.getState().readFile(picked(text));
  expect(useExchangeStore.getState().phase).toBe('preview');
  await expect(useExchangeStore.getState().applyImport({ newId: () => 'new-id', now: NOW })).resolves.toBe(true);
}

beforeEach(() => useExchangeStore.getState().resetImport());

describe('backup with the studi-banding workspace', () => {
  it('carries the workspace in a full backup and restores it on a fresh device, keeping what that device typed', async () => {
    const source = await device();
    await source.repo.create(base, [{ indicatorId: 'GOV.1.1', level: 2, evidence: [] }]);
    await seedWorkspace(source.visits, workspace);
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    expect(JSON.parse(file?.text ?? '{}').visitWorkspace).toEqual(workspace);
    // A selection is not a backup: it carries no workspace.
    const some = await useExchangeStore.getState().exportJson(['demak-2026'], { now: NOW, appVersion: '0.1.0' });
    expect(JSON.parse(some?.text ?? '{}')).not.toHaveProperty('visitWorkspace');

    const target = await device();
    const typedHere = { ...workspace.visits['demak-2026|paket:p-cbn']!, lessons: 'Diketik di perangkat ini' };
    await target.visits.put({ kind: 'visit', id: 'demak-2026|paket:p-cbn', value: typedHere });
    await restore(file?.text ?? '');
    expect(await target.visits.load()).toEqual({ ...workspace, visits: { 'demak-2026|paket:p-cbn': typedHere } });
    expect((await target.repo.get('demak-2026'))?.answers['GOV.1.1']?.level).toBe(2);
  });

  it('writes no workspace member when there is none, and such a backup (like an older one) restores', async () => {
    const source = await device();
    await source.repo.create(base, []);
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    expect(JSON.parse(file?.text ?? '{}')).not.toHaveProperty('visitWorkspace');

    const target = await device();
    await restore(file?.text ?? '');
    expect((await target.repo.list()).map((s) => s.assessment.id)).toEqual(['demak-2026']);
    expect(await target.visits.load()).toEqual({ packages: [], drafts: {}, visits: {} });
  });

  it('refuses a backup whose workspace is malformed as a whole: nothing is written', async () => {
    await useRegionsStore.getState().load();
    const catalog = useRegionsStore.getState().catalog;
    if (!catalog) throw new Error('no catalogue');
    const broken = { ...workspace, visits: { v: { ...workspace.visits['demak-2026|paket:p-cbn']!, questions: 7 } } } as unknown as VisitWorkspace;
    const envelope = await buildExport({
      bundles: [{ assessment: base, answers: {} }], catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: NOW, sha256Hex, visitWorkspace: broken,
    });
    const target = await device();
    await useExchangeStore.getState().readFile(picked(serializeExport(envelope)));
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'error', errors: [{ code: 'invalid_value', field: 'visitWorkspace.visits.v.questions' }] });
    expect(await target.repo.list()).toEqual([]);
    expect(await target.visits.load()).toEqual({ packages: [], drafts: {}, visits: {} });
  });
});
