import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment/types';
import { MAX_IMPORT_BYTES } from '../domain/exchange/format';
import { openAssessmentRepository, type AssessmentRepository } from '../storage/assessment-repo';
import { openExchangeRepository } from '../storage/exchange-repo';
import { useBackupStore } from './backup-store';
import { PREVIEW_PAGE, setExchangeRepository, useExchangeStore } from './exchange-store';
import type { PickedFile } from './exchange-store';
import { setRepository } from './repository';

const base: Assessment = {
  id: 'a1', regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const NOW = '2026-11-22T03:00:00.000Z';
let dbCount = 0;

async function freshDb(): Promise<AssessmentRepository> {
  const dbName = `exchange-store-test-${++dbCount}`;
  const repo = await openAssessmentRepository({ dbName });
  setRepository(Promise.resolve(repo));
  setExchangeRepository(openExchangeRepository({ dbName }));
  await repo.create(base, [{ indicatorId: 'GOV.1.1', level: 3, note: 'asli', evidence: [] }]);
  return repo;
}

const picked = (text: string, name = 'berkas.json', size = text.length): PickedFile => ({ name, size, text: async () => text });

beforeEach(() => {
  useExchangeStore.getState().resetImport();
  useBackupStore.setState({ lastBackupAt: null, lastImportAt: null });
});

describe('exchange store', () => {
  it('exports everything, records the backup, and re-imports with a chosen conflict decision', async () => {
    const repo = await freshDb();
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    expect(file?.count).toBe(1);
    expect(useBackupStore.getState().lastBackupAt).toBe(NOW);

    await repo.saveAnswer('a1', { indicatorId: 'GOV.1.1', level: 1, evidence: [] }, '2026-11-23T00:00:00.000Z');
    await useExchangeStore.getState().readFile(picked(file?.text ?? ''));
    const state = useExchangeStore.getState();
    expect(state.phase).toBe('preview');
    expect(state.plan?.rows[0]?.matches[0]?.reasons).toEqual(['same_id', 'same_region_period']);
    expect(state.plan).toMatchObject({ total: 1, conflicts: 1 });
    expect(state.decisions).toEqual({ all: 'mine', byKey: {} });

    state.decide('a1', 'theirs');
    await expect(useExchangeStore.getState().applyImport({ newId: () => 'copy', now: '2026-11-24T00:00:00.000Z' })).resolves.toBe(true);
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'done', summary: { added: 0, replaced: 1, keptBoth: 0, skipped: 0 } });
    expect((await repo.get('a1'))?.answers['GOV.1.1']).toMatchObject({ level: 3, note: 'asli' });
    expect(useBackupStore.getState().lastImportAt).toBe('2026-11-24T00:00:00.000Z');
  });

  it('keeps both with the ids it was given, reporting the saving step; a failed write keeps the preview for a retry', async () => {
    const repo = await freshDb();
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    await useExchangeStore.getState().readFile(picked(file?.text ?? ''));
    useExchangeStore.getState().decide('a1', 'both');
    // Behind the preview's back: the id the import will use already exists.
    await repo.create({ ...base, id: 'copy', period: 2020 }, []);
    const steps: string[] = [];
    const unsubscribe = useExchangeStore.subscribe((s) => s.progress && steps.push(`${s.progress.step} ${s.progress.done}/${s.progress.total}`));
    await expect(useExchangeStore.getState().applyImport({ newId: () => 'copy', now: NOW })).resolves.toBe(false);
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'preview', applyError: 'conflict', progress: null });
    expect((await repo.list()).map((s) => s.assessment.id).sort()).toEqual(['a1', 'copy']);

    await repo.remove('copy');
    await expect(useExchangeStore.getState().applyImport({ newId: () => 'copy', now: NOW })).resolves.toBe(true);
    unsubscribe();
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'done', summary: { added: 0, replaced: 0, keptBoth: 1, skipped: 0 } });
    expect(steps).toContain('saving 1/1');
    expect((await repo.get('copy'))?.answers['GOV.1.1']).toMatchObject({ level: 3, note: 'asli' });
  });

  it('hands the preview over a page at a time, and applies the decision for all to rows never fetched', async () => {
    const repo = await freshDb();
    for (let i = 2; i <= PREVIEW_PAGE + 10; i++) await repo.create({ ...base, id: `a${i}`, regionCode: '32.74', period: 2030 + i }, []);
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    await useExchangeStore.getState().readFile(picked(file?.text ?? ''));
    const total = PREVIEW_PAGE + 10;
    expect(useExchangeStore.getState().plan).toMatchObject({ total, conflicts: total });
    expect(useExchangeStore.getState().plan?.rows).toHaveLength(PREVIEW_PAGE);
    await useExchangeStore.getState().showMoreRows();
    const rows = useExchangeStore.getState().plan?.rows ?? [];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.key)).size).toBe(total);
    await useExchangeStore.getState().showMoreRows();
    expect(useExchangeStore.getState().plan?.rows).toHaveLength(total);

    // "Keep both" for all, except the first row: one new id per other row, the fetched or not.
    useExchangeStore.getState().decideAll('both');
    useExchangeStore.getState().decide(rows[0]?.key ?? '', 'mine');
    let n = 0;
    await expect(useExchangeStore.getState().applyImport({ newId: () => `copy-${++n}`, now: NOW })).resolves.toBe(true);
    expect(useExchangeStore.getState().summary).toEqual({ added: 0, replaced: 0, keptBoth: total - 1, skipped: 1 });
    expect(n).toBe(total - 1);
    expect(await repo.list()).toHaveLength(2 * total - 1);
  });

  it('refuses a bad file without touching the database', async () => {
    const repo = await freshDb();
    await useExchangeStore.getState().readFile(picked('bukan json'));
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'error', fileName: 'berkas.json', errors: [{ code: 'not_json' }] });
    expect((await repo.list()).map((s) => s.assessment.id)).toEqual(['a1']);
  });

  it('refuses a file over the limit before reading it', async () => {
    await freshDb();
    const huge: PickedFile = { name: 'besar.json', size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) };
    await useExchangeStore.getState().readFile(huge);
    expect(useExchangeStore.getState().errors).toEqual([{ code: 'too_large', limit: MAX_IMPORT_BYTES, value: String(MAX_IMPORT_BYTES + 1) }]);
  });

  it('stops reading when cancelled: back to idle, nothing written, a late result ignored', async () => {
    const repo = await freshDb();
    const file = await useExchangeStore.getState().exportJson('all', { now: NOW, appVersion: '0.1.0' });
    await repo.remove('a1');
    let release: (text: string) => void = () => undefined;
    const slow: PickedFile = { name: 'lambat.json', size: file?.text.length ?? 0, text: () => new Promise((resolve) => (release = resolve)) };
    const reading = useExchangeStore.getState().readFile(slow);
    await expect.poll(() => useExchangeStore.getState().progress?.step).toBe('reading');
    useExchangeStore.getState().cancelRead();
    release(file?.text ?? '');
    await reading;
    expect(useExchangeStore.getState()).toMatchObject({ phase: 'idle', fileName: null, plan: null, progress: null });
    expect(await repo.list()).toEqual([]);
  });

  it('exports the scores CSV of chosen assessments', async () => {
    await freshDb();
    const headers = {
      regionCode: 'a', regionName: 'b', provinceCode: 'c', provinceName: 'd', period: 'e', status: 'f',
      instrumentVersion: 'g', weightProfileId: 'h', index: 'i', coverage: 'j',
    };
    const csv = await useExchangeStore.getState().exportCsv(['a1'], { delimiter: ';', decimal: ',', headers, statusLabels: { draft: 'Draf', final: 'Final' } });
    const lines = csv?.text.split('\r\n') ?? [];
    expect(lines[1]).toMatch(/^32\.74;Kota Cirebon;32;Jawa Barat;2026;Draf;gmsc-2026\.1;equal-v1;;/);
    expect(useBackupStore.getState().lastBackupAt).toBeNull();
  });
});
