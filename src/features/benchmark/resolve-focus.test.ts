// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entry } from '../../domain/benchmark/test-entries';
import { resolveFocus } from './resolve-focus';
import { peerSourceOf } from './use-benchmark-view';

const finalOld = entry('32.74', 3, { id: 'final-old', updatedAt: '2026-01-01T00:00:00.000Z' });
const draftNew = entry('32.73', 2, { id: 'draft-new', status: 'draft', updatedAt: '2026-05-01T00:00:00.000Z' });
const unscorable = entry('32.71', 1, { id: 'unscorable', summary: null, updatedAt: '2026-06-01T00:00:00.000Z' });
const demo = [
  entry('11.01', 2, { id: 'demo:11.01:2025', period: 2025, source: 'demo' }),
  entry('11.01', 2, { id: 'demo:11.01:2026', period: 2026, source: 'demo' }),
];

describe('resolveFocus', () => {
  it('uses the assessment named in the route', () => {
    expect(resolveFocus('draft-new', [unscorable, draftNew, finalOld], null)).toEqual({ state: 'ok', focus: draftNew });
    expect(resolveFocus('demo:11.01:2025', [finalOld], demo)).toEqual({ state: 'ok', focus: demo[0] });
  });

  it('defaults to the newest scorable final, then any scorable, then a demo entry of the latest period', () => {
    expect(resolveFocus(undefined, [unscorable, draftNew, finalOld], demo)).toMatchObject({ focus: { id: 'final-old' } });
    expect(resolveFocus(undefined, [unscorable, draftNew], demo)).toMatchObject({ focus: { id: 'draft-new' } });
    expect(resolveFocus(undefined, [unscorable], demo)).toMatchObject({ focus: { id: 'demo:11.01:2026' } });
    expect(resolveFocus(undefined, [], null)).toEqual({ state: 'none' });
  });

  it('reports a missing or unscorable focus', () => {
    expect(resolveFocus('gone', [finalOld], demo)).toEqual({ state: 'not_found' });
    expect(resolveFocus('demo:11.01:2026', [finalOld], null)).toEqual({ state: 'not_found' });
    expect(resolveFocus('unscorable', [unscorable], null)).toEqual({ state: 'unscorable', focus: unscorable });
  });
});

describe('peerSourceOf', () => {
  it('keeps demo and device data apart unless the user chose demo peers', () => {
    expect(peerSourceOf(finalOld, 'device', true)).toBe('device');
    expect(peerSourceOf(finalOld, 'demo', true)).toBe('demo');
    expect(peerSourceOf(finalOld, 'demo', false)).toBe('device'); // demo data switched off
    expect(peerSourceOf(demo[0] ?? finalOld, 'device', true)).toBe('demo'); // a demo focus: demo peers only
  });
});
