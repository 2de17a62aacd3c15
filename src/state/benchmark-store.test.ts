import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Assessment } from '../domain/assessment/types';
import { CURRENT_INSTRUMENT } from '../domain/instrument/registry';
import { listIndicators } from '../domain/instrument/lookup';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { cacheScores, readAllAssessments } from '../storage/bulk-read';
import type { BulkReadOptions } from '../storage/bulk-read';
import { peerGroupOf, setBenchmarkStorage, useBenchmarkStore } from './benchmark-store';
import { demoEntriesFor, useDemoStore } from './demo-store';
import { parseRegionCatalog } from '../domain/regions/regions';
import regionsData from '../domain/regions/regions-data.json';

let counter = 0;

function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id, regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
    status: 'final', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', ...overrides,
  };
}
const allAnswers = (level: 0 | 1 | 2 | 3 | 4 | 5): Answer[] =>
  listIndicators(CURRENT_INSTRUMENT).map((i) => ({ indicatorId: i.id, level, evidence: [] }));

async function seededReader() {
  const dbName = `benchmark-store-test-${++counter}`;
  const repo = await openAssessmentRepository({ dbName });
  await repo.create(assessment('a'), allAnswers(3));
  await repo.create(assessment('b', { regionCode: '32.73', updatedAt: '2026-02-01T00:00:00.000Z' }), allAnswers(4));
  await repo.create(assessment('c', { regionCode: '32.71', weightProfileId: 'unknown-weights' }), allAnswers(5));
  const calls: string[][] = [];
  const read = vi.fn(async (options: BulkReadOptions) => {
    const result = await readAllAssessments({ ...options, dbName });
    calls.push(result.items.filter((i) => i.answers !== null).map((i) => i.assessment.id));
    return result;
  });
  setBenchmarkStorage({ read, cacheScores: (scores) => cacheScores(scores, { dbName }) });
  return { repo, calls };
}

beforeEach(() => {
  useBenchmarkStore.getState().reset();
  setBenchmarkStorage(null);
});

describe('benchmark store', () => {
  it('loads every stored assessment as a scored entry, newest first', async () => {
    await seededReader();
    await useBenchmarkStore.getState().load();
    const { entries, status } = useBenchmarkStore.getState();
    expect(status).toBe('ready');
    expect(entries.map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(entries[0]?.summary?.index).toBe(4);
    expect(entries[1]?.summary?.dimensions.GOV).toBe(3);
    expect(entries[0]?.source).toBe('device');
  });

  it('keeps an entry it cannot score (unknown weight profile) with a null summary', async () => {
    await seededReader();
    await useBenchmarkStore.getState().load();
    expect(useBenchmarkStore.getState().entries.find((e) => e.id === 'c')?.summary).toBeNull();
  });

  it('re-reads answers only for assessments changed since the last load', async () => {
    const { repo, calls } = await seededReader();
    await useBenchmarkStore.getState().load();
    await repo.saveAnswer('a', { indicatorId: 'GOV.1.1', level: 0, evidence: [] }, '2026-03-01T00:00:00.000Z');
    await useBenchmarkStore.getState().load();
    expect(calls).toEqual([['a', 'b', 'c'], ['a']]);
    const a = useBenchmarkStore.getState().entries.find((e) => e.id === 'a');
    expect(a?.summary?.elements['GOV.1']).toBe(2.25); // (0 + 3 + 3 + 3)/4
  });

  it('caches the scores it computed in storage: a later session reads no answers for them, with the same scores', async () => {
    const { repo, calls } = await seededReader();
    await useBenchmarkStore.getState().load();
    const first = useBenchmarkStore.getState().entries;
    useBenchmarkStore.getState().reset(); // a new session: nothing in memory
    await useBenchmarkStore.getState().load();
    // c cannot be scored (unknown weights), so nothing is cached for it.
    expect(calls).toEqual([['a', 'b', 'c'], ['c']]);
    expect(useBenchmarkStore.getState().entries).toStrictEqual(first);
    // An answer written afterwards makes a's cached score stale.
    await repo.saveAnswer('a', { indicatorId: 'GOV.1.1', level: 0, evidence: [] }, '2026-03-01T00:00:00.000Z');
    useBenchmarkStore.getState().reset();
    await useBenchmarkStore.getState().load();
    expect(calls.at(-1)).toEqual(['a', 'c']);
    expect(useBenchmarkStore.getState().entries.find((e) => e.id === 'a')?.summary?.elements['GOV.1']).toBe(2.25);
  });

  it('reports a failed read as an error status', async () => {
    setBenchmarkStorage({ read: () => Promise.reject(new Error('boom')), cacheScores: () => Promise.resolve() });
    await useBenchmarkStore.getState().load();
    expect(useBenchmarkStore.getState().status).toBe('error');
  });

  it('manages options: group, drafts, source and at most 20 distinct picks', () => {
    const s = useBenchmarkStore.getState();
    s.setGroupKind('custom');
    s.addPick('32.73');
    s.addPick('32.73');
    s.addPick('32.71');
    s.setIncludeNonFinal(true);
    s.setSource('demo');
    expect(useBenchmarkStore.getState().options).toEqual({ groupKind: 'custom', picks: ['32.73', '32.71'], includeNonFinal: true, source: 'demo' });
    expect(peerGroupOf(useBenchmarkStore.getState().options)).toEqual({ kind: 'custom', regionCodes: ['32.73', '32.71'] });
    useBenchmarkStore.getState().removePick('32.73');
    for (let i = 0; i < 30; i++) useBenchmarkStore.getState().addPick(`11.${String(i + 1).padStart(2, '0')}`);
    expect(useBenchmarkStore.getState().options.picks).toHaveLength(20);
  });

  it('remembers only the "include non-finals" choice on this device', async () => {
    useBenchmarkStore.getState().setGroupKind('province');
    useBenchmarkStore.getState().setIncludeNonFinal(true);
    expect(JSON.parse(localStorage.getItem('siap-cerdas:benchmark') ?? '{}')).toEqual({ state: { includeNonFinal: true }, version: 1 });
    // A later visit (another session) starts from the defaults and reads the stored choice.
    useBenchmarkStore.setState({ options: { ...useBenchmarkStore.getState().options, groupKind: 'all' } });
    localStorage.setItem('siap-cerdas:benchmark', JSON.stringify({ state: { includeNonFinal: true }, version: 1 }));
    useBenchmarkStore.getState().reset();
    expect(useBenchmarkStore.getState().options.includeNonFinal).toBe(false);
    localStorage.setItem('siap-cerdas:benchmark', JSON.stringify({ state: { includeNonFinal: true }, version: 1 }));
    await useBenchmarkStore.persist.rehydrate();
    expect(useBenchmarkStore.getState().options).toMatchObject({ includeNonFinal: true, groupKind: 'all' });
  });
});

describe('demo store', () => {
  it('is off by default, persists the switch, and generates entries once per catalogue', () => {
    expect(useDemoStore.getState().isEnabled).toBe(false);
    useDemoStore.getState().enable();
    expect(JSON.parse(localStorage.getItem('siap-cerdas:demo') ?? '{}')).toEqual({ state: { isEnabled: true }, version: 1 });
    useDemoStore.getState().disable();
    expect(useDemoStore.getState().isEnabled).toBe(false);
    const catalog = parseRegionCatalog(regionsData);
    const entries = demoEntriesFor(catalog);
    expect(entries).toHaveLength(2570);
    expect(demoEntriesFor(catalog)).toBe(entries);
  });
});
