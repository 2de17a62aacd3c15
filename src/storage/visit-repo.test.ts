import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { VisitChoices } from '../domain/visit/build-visit-package';
import type { VisitPackage } from '../domain/visit/visit-format';
import type { VisitRecord } from '../domain/visit/workspace';
import { openDb, STORES } from './db';
import { openVisitRepository } from './visit-repo';

let counter = 0;
const uniqueDbName = () => `siap-cerdas-visit-test-${(counter += 1)}`;

const pkg: VisitPackage = {
  packageId: 'p-1', exportedAt: '2026-03-20T02:00:00.000Z',
  host: { regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1' },
  shares: { evidence: true, opd: true, practice: true, notes: false, contact: false },
  levels: { 'GOV.1.1': 5 }, elements: { 'GOV.1': { practice: 'Mal pelayanan publik' } },
};
const draft: VisitChoices = { shares: pkg.shares, practices: { 'GOV.1': 'Satu aplikasi' }, opds: {}, evidence: [], contact: '' };
const visit: VisitRecord = { date: '2026-03-25', delegation: 'Bappeda', questions: null, lessons: 'Perizinan satu pintu', adoptions: {} };

describe('visit repository', () => {
  it('stores and replaces entries of each kind', async () => {
    const repo = await openVisitRepository({ dbName: uniqueDbName() });
    await repo.put({ kind: 'package', id: 'p-1', value: pkg });
    await repo.put({ kind: 'draft', id: 'cbn-2026', value: draft });
    await repo.put({ kind: 'visit', id: 'demak|paket:p-1', value: visit });
    await repo.put({ kind: 'visit', id: 'demak|paket:p-1', value: { ...visit, lessons: 'Diubah' } });
    expect(await repo.load()).toEqual({ packages: [pkg], drafts: { 'cbn-2026': draft }, visits: { 'demak|paket:p-1': { ...visit, lessons: 'Diubah' } } });
  });

  it('adds only missing entries in one transaction: an entry on the device is kept as typed', async () => {
    const repo = await openVisitRepository({ dbName: uniqueDbName() });
    await repo.put({ kind: 'visit', id: 'v', value: visit });
    const added = await repo.addMissing([
      { kind: 'visit', id: 'v', value: { ...visit, lessons: 'dari berkas' } },
      { kind: 'draft', id: 'cbn-2026', value: draft },
    ]);
    expect(added).toBe(1);
    expect(await repo.load()).toEqual({ packages: [], drafts: { 'cbn-2026': draft }, visits: { v: visit } });
  });

  it('refuses a malformed entry before writing, and a record from a newer app on reading', async () => {
    const dbName = uniqueDbName();
    const repo = await openVisitRepository({ dbName });
    await expect(repo.put({ kind: 'visit', id: 'v', value: { lessons: 1 } as unknown as VisitRecord })).rejects.toMatchObject({ kind: 'invalid' });
    expect(await repo.load()).toEqual({ packages: [], drafts: {}, visits: {} });

    const db = await openDb({ dbName });
    await db.put(STORES.visitWorkspace, { kind: 'visit', id: 'w', value: visit, schemaVersion: 2 });
    db.close();
    await expect(repo.load()).rejects.toMatchObject({ kind: 'too_new' });
    // Nothing was changed by the refusal.
    const raw = await openDB(dbName);
    expect(await raw.getAll(STORES.visitWorkspace)).toHaveLength(1);
    raw.close();
  });
});
