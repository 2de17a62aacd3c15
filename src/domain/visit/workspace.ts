/**
 * The studi-banding workspace of one device: the visit packages imported from hosts, the export
 * choices a host prepares per assessment, and each visit's record (details, questions, lessons,
 * practices marked to adopt). Kept in IndexedDB (`storage/visit-repo.ts`) and carried by a full
 * backup (`visits` in the exchange file, docs/exchange-format.md). Scores are never kept: they are
 * recomputed.
 */
import type { Adoption } from './adopt';
import type { VisitChoices } from './build-visit-package';
import type { VisitPackage } from './visit-format';

export interface VisitRecord {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly delegation: string;
  /** Questions to ask; null until edited (the screen prefills them from the gaps). */
  readonly questions: string | null;
  readonly lessons: string;
  /** Keyed by element id. */
  readonly adoptions: Readonly<Record<string, Adoption>>;
}

export interface VisitWorkspace {
  readonly packages: readonly VisitPackage[];
  /** Keyed by the host's assessment id. */
  readonly drafts: Readonly<Record<string, VisitChoices>>;
  /** Keyed by `visitKey(our assessment id, the other side's key)`. */
  readonly visits: Readonly<Record<string, VisitRecord>>;
}

export const EMPTY_WORKSPACE: VisitWorkspace = { packages: [], drafts: {}, visits: {} };

/** One entry of the workspace, as the storage layer keeps it (one record each). */
export type VisitEntry =
  | { readonly kind: 'package'; readonly id: string; readonly value: VisitPackage }
  | { readonly kind: 'draft'; readonly id: string; readonly value: VisitChoices }
  | { readonly kind: 'visit'; readonly id: string; readonly value: VisitRecord };

export function workspaceEntries(ws: VisitWorkspace): VisitEntry[] {
  return [
    ...ws.packages.map((value): VisitEntry => ({ kind: 'package', id: value.packageId, value })),
    ...Object.entries(ws.drafts).map(([id, value]): VisitEntry => ({ kind: 'draft', id, value })),
    ...Object.entries(ws.visits).map(([id, value]): VisitEntry => ({ kind: 'visit', id, value })),
  ];
}

export function workspaceOf(entries: readonly VisitEntry[]): VisitWorkspace {
  const packages: VisitPackage[] = [];
  const drafts: Record<string, VisitChoices> = {};
  const visits: Record<string, VisitRecord> = {};
  for (const e of entries) {
    if (e.kind === 'package') packages.push(e.value);
    else if (e.kind === 'draft') drafts[e.id] = e.value;
    else visits[e.id] = e.value;
  }
  return { packages, drafts, visits };
}


const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** A cheap shape check of one entry's value (no zod: it runs on the page, when reading records). */
export function isEntryValue(kind: VisitEntry['kind'], v: unknown): boolean {
  if (!isObject(v)) return false;
  if (kind === 'package') {
    const host = v['host'];
    return isText(v['packageId']) && isObject(host) && isText(host['regionCode']) && typeof host['period'] === 'number'
      && isText(host['instrumentVersion']) && isObject(v['shares']) && isObject(v['levels']) && isObject(v['elements']);
  }
  if (kind === 'draft') {
    return isObject(v['shares']) && isObject(v['practices']) && isObject(v['opds']) && Array.isArray(v['evidence']) && isText(v['contact']);
  }
  return isText(v['date']) && isText(v['delegation']) && (v['questions'] === null || isText(v['questions'])) && isText(v['lessons']) && isObject(v['adoptions']);
}

/**
 * Reads the workspace as the app kept it in localStorage before DB version 3 (zustand `persist`:
 * `{ state: { packages, drafts, visits }, version: 1 }`). Every readable entry is returned;
 * `damaged` counts what could not be read (the whole value, when it is not that shape), so the
 * caller can keep the value and say so rather than drop it.
 */
export function readLegacyWorkspace(text: string): { readonly entries: readonly VisitEntry[]; readonly damaged: number } {
  let state: unknown;
  try {
    state = (JSON.parse(text) as { state?: unknown } | null)?.state;
  } catch {
    return { entries: [], damaged: 1 };
  }
  if (!isObject(state)) return { entries: [], damaged: 1 };
  const { packages = [], drafts = {}, visits = {} } = state;
  if (!Array.isArray(packages) || !isObject(drafts) || !isObject(visits)) return { entries: [], damaged: 1 };
  const objects = packages.filter(isObject);
  const candidates = workspaceEntries({ packages: objects, drafts, visits } as unknown as VisitWorkspace);
  const entries = candidates.filter((c) => isText(c.id) && isEntryValue(c.kind, c.value));
  return { entries, damaged: packages.length - objects.length + candidates.length - entries.length };
}
