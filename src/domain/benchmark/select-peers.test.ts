// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isInPeerGroup } from './peer-group';
import { latestPerRegion, selectPeers } from './select-peers';
import { entry, REGIONS, summaryOf } from './test-entries';
import type { PeerGroup } from './types';

const focus = entry('32.74', 3, { id: 'focus' }); // Kota Cirebon, Jawa Barat, 356,629 → 100k–500k
const peers = [
  entry('32.01', 5), // Kabupaten Bogor: kabupaten, Jawa Barat, > 2M
  entry('32.71', 3), // Kota Bogor: kota, Jawa Barat, 1M–2M
  entry('32.72', 1.5), // Kota Sukabumi: kota, Jawa Barat, 100k–500k
  entry('32.73', 4), // Kota Bandung: kota, Jawa Barat, > 2M
  entry('32.75', 2), // Kota Bekasi: kota, Jawa Barat, > 2M
  entry('32.76', 3), // Kota Depok: kota, Jawa Barat, > 2M
  entry('33.74', 4), // Kota Semarang: kota, Jawa Tengah, 1M–2M
];
const all = [focus, ...peers];
const codes = (group: PeerGroup) =>
  selectPeers(all, { focus, group, includeNonFinal: false }, REGIONS).peers.map((p) => p.regionCode);

describe('peer groups (§6.8)', () => {
  it.each<[string, PeerGroup, string[]]>([
    ['all regions', { kind: 'all' }, ['32.74', '32.01', '32.71', '32.72', '32.73', '32.75', '32.76', '33.74']],
    ['same type (kota)', { kind: 'type' }, ['32.74', '32.71', '32.72', '32.73', '32.75', '32.76', '33.74']],
    ['same province (32)', { kind: 'province' }, ['32.74', '32.01', '32.71', '32.72', '32.73', '32.75', '32.76']],
    ['same population class (100k–500k)', { kind: 'population' }, ['32.74', '32.72']],
    ['hand-picked', { kind: 'custom', regionCodes: ['33.74', '32.73', '99.99'] }, ['32.74', '32.73', '33.74']],
  ])('%s', (_name, group, expected) => {
    expect(codes(group)).toEqual(expected);
  });

  it('always counts the focus region in its own group, even when not hand-picked', () => {
    expect(isInPeerGroup({ kind: 'custom', regionCodes: [] }, '32.74', '32.74', REGIONS)).toBe(true);
  });

  it('matches an unknown region code only in "all" and when hand-picked', () => {
    expect(isInPeerGroup({ kind: 'all' }, '99.99', '32.74', REGIONS)).toBe(true);
    expect(isInPeerGroup({ kind: 'type' }, '99.99', '32.74', REGIONS)).toBe(false);
    expect(isInPeerGroup({ kind: 'custom', regionCodes: ['99.99'] }, '99.99', '32.74', REGIONS)).toBe(true);
  });

  it('population classes use the §6.8 bounds (1M–2M: Semarang with Kota Bogor, not with Bandung)', () => {
    const semarang = entry('33.74', 4, { id: 'smg' });
    const selection = selectPeers(all, { focus: semarang, group: { kind: 'population' }, includeNonFinal: false }, REGIONS);
    expect(selection.peers.map((p) => p.regionCode)).toEqual(['33.74', '32.71']);
  });
});

describe('which assessments enter', () => {
  it('uses only final assessments by default and counts the drafts left out', () => {
    const draft = entry('33.02', 5, { status: 'draft' });
    const selection = selectPeers([...all, draft], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(selection.peers.map((p) => p.id)).not.toContain(draft.id);
    expect(selection.excluded.nonFinal).toBe(1);
  });

  it('includes drafts when asked', () => {
    const draft = entry('33.02', 5, { status: 'draft' });
    const selection = selectPeers([...all, draft], { focus, group: { kind: 'all' }, includeNonFinal: true }, REGIONS);
    expect(selection.peers.map((p) => p.id)).toContain(draft.id);
    expect(selection.excluded.nonFinal).toBe(0);
  });

  it('never mixes other instrument versions or weight profiles, and counts them', () => {
    const otherWeights = entry('33.02', 5, { weightProfileId: 'expert-v1' });
    const otherVersion = entry('32.75', 1, { id: 'old-version', instrumentVersion: 'gmsc-2025.1' });
    const unscorable = entry('32.72', 1, { id: 'unscorable', summary: null });
    const selection = selectPeers([...all, otherWeights, otherVersion, unscorable], { focus, group: { kind: 'all' }, includeNonFinal: true }, REGIONS);
    const ids = selection.peers.map((p) => p.id);
    expect(ids).not.toContain(otherWeights.id);
    expect(ids).not.toContain('old-version');
    expect(ids).not.toContain('unscorable');
    expect(selection.excluded.otherInstrument).toBe(3);
    expect(selection.peers).toHaveLength(8);
  });

  it('compares only the focus period', () => {
    const older = entry('33.02', 5, { period: 2025 });
    expect(selectPeers([...all, older], { focus, group: { kind: 'all' }, includeNonFinal: true }, REGIONS).peers).toHaveLength(8);
  });

  it('lets the focus stand for its region: other assessments of the focus region are left out', () => {
    const sameRegion = entry('32.74', 5, { id: 'cirebon-other', updatedAt: '2026-12-01T00:00:00.000Z' });
    const selection = selectPeers([...all, sameRegion], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(selection.peers[0]).toBe(focus);
    expect(selection.peers.filter((p) => p.regionCode === '32.74')).toEqual([focus]);
  });

  it('leaves out a final that is not eligible for final status (provisional) by default, and counts it', () => {
    const provisional = entry('33.02', 5, { id: 'provisional', summary: { ...summaryOf([5, 5, 5, 5, 5, 5]), isFinalEligible: false } });
    const byDefault = selectPeers([...all, provisional], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(byDefault.peers.map((p) => p.id)).not.toContain('provisional');
    expect(byDefault.excluded.nonFinal).toBe(1);
    const included = selectPeers([...all, provisional], { focus, group: { kind: 'all' }, includeNonFinal: true }, REGIONS);
    expect(included.peers.map((p) => p.id)).toContain('provisional');
    expect(included.excluded.nonFinal).toBe(0);
  });

  it('does not rank a provisional focus unless non-finals are included', () => {
    const summary = { ...summaryOf([3, 3, 3, 3, 3, 3]), isFinalEligible: false };
    const provisional = entry('32.74', 3, { id: 'provisional-focus', status: 'draft', summary });
    const byDefault = selectPeers([...peers, provisional], { focus: provisional, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(byDefault.isFocusRanked).toBe(false);
    expect(byDefault.peers.map((p) => p.id)).not.toContain('provisional-focus');
    expect(byDefault.peers).toHaveLength(7);
    const included = selectPeers([...peers, provisional], { focus: provisional, group: { kind: 'all' }, includeNonFinal: true }, REGIONS);
    expect(included.isFocusRanked).toBe(true);
    expect(included.peers[0]).toBe(provisional);
  });

  it('keeps a final-eligible draft focus (it is the subject, not a peer)', () => {
    const draftFocus = entry('32.74', 3, { id: 'draft-focus', status: 'draft' });
    const selection = selectPeers([...peers, draftFocus], { focus: draftFocus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(selection.peers[0]).toBe(draftFocus);
  });
});

describe('latest final per region', () => {
  it('picks the latest final by updatedAt among several in one period', () => {
    const early = entry('32.73', 1, { id: 'early', updatedAt: '2026-01-01T00:00:00.000Z' });
    const late = entry('32.73', 4, { id: 'late', updatedAt: '2026-03-01T00:00:00.000Z' });
    const mid = entry('32.73', 2, { id: 'mid', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(latestPerRegion([early, late, mid]).get('32.73')?.id).toBe('late');
    expect(latestPerRegion([mid, late, early]).get('32.73')?.id).toBe('late');
  });

  it('prefers an older final over a newer draft', () => {
    const final = entry('32.73', 4, { id: 'final', updatedAt: '2026-01-01T00:00:00.000Z' });
    const draft = entry('32.73', 1, { id: 'draft', status: 'draft', updatedAt: '2026-06-01T00:00:00.000Z' });
    expect(latestPerRegion([draft, final]).get('32.73')?.id).toBe('final');
  });

  it('uses the latest draft only for a region without a final (drafts included)', () => {
    const d1 = entry('32.73', 1, { id: 'd1', status: 'draft', updatedAt: '2026-01-01T00:00:00.000Z' });
    const d2 = entry('32.73', 2, { id: 'd2', status: 'draft', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(latestPerRegion([d2, d1]).get('32.73')?.id).toBe('d2');
  });

  it('counts superseded assessments in the selection', () => {
    const early = entry('32.73', 1, { id: 'early', updatedAt: '2026-01-01T00:00:00.000Z' });
    const selection = selectPeers([...all, early], { focus, group: { kind: 'all' }, includeNonFinal: false }, REGIONS);
    expect(selection.peers.find((p) => p.regionCode === '32.73')?.id).not.toBe('early');
    expect(selection.excluded.superseded).toBe(1);
  });
});
