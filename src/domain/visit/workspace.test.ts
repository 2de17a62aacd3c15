import { describe, expect, it } from 'vitest';
import { readLegacyWorkspace } from './workspace';

const visit = { date: '', delegation: 'Bappeda', questions: null, lessons: 'x', adoptions: {} };
const legacy = (state: unknown) => JSON.stringify({ state, version: 1 });

describe('readLegacyWorkspace', () => {
  it('reads every entry of the old localStorage value', () => {
    const draft = { shares: {}, practices: {}, opds: {}, evidence: [], contact: '' };
    const pkg = { packageId: 'p', host: { regionCode: '32.74', period: 2026, instrumentVersion: 'gmsc-2026.1' }, shares: {}, levels: {}, elements: {} };
    expect(readLegacyWorkspace(legacy({ packages: [pkg], drafts: { a: draft }, visits: { k: visit } }))).toEqual({
      entries: [{ kind: 'package', id: 'p', value: pkg }, { kind: 'draft', id: 'a', value: draft }, { kind: 'visit', id: 'k', value: visit }],
      damaged: 0,
    });
  });

  it('counts each unreadable entry (3 here) and keeps the readable one', () => {
    const read = readLegacyWorkspace(legacy({ packages: ['nope', { packageId: 7 }], visits: { k: visit, bad: { ...visit, lessons: null } } }));
    expect(read).toEqual({ entries: [{ kind: 'visit', id: 'k', value: visit }], damaged: 3 });
  });

  it('counts a value that is not the workspace at all as one damaged value', () => {
    expect(readLegacyWorkspace('{"state":')).toEqual({ entries: [], damaged: 1 });
    expect(readLegacyWorkspace(legacy({ packages: {} }))).toEqual({ entries: [], damaged: 1 });
    expect(readLegacyWorkspace('null')).toEqual({ entries: [], damaged: 1 });
  });
});
