/**
 * Mutations of valid files for the property-based tests of the file readers: structural edits of
 * the parsed JSON (delete, duplicate, retype, deepen, a prototype key, re-hashed so the content
 * checks run) and text edits (a non-finite number, random bytes, truncation, not re-hashed).
 */
import fc from 'fast-check';
import { computeIntegrity } from '../domain/exchange/integrity';

type Json = unknown;
type Path = readonly (string | number)[];

export const MUTATION_KINDS = ['delete', 'duplicate', 'retype', 'deepen', 'proto', 'nonFinite', 'bytes', 'truncate'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** Picks the place (a path, or a position in the text). */
  readonly seed: number;
  readonly replacement: Json;
  readonly text: string;
  readonly rehash: boolean;
}

const jsonValue = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }), fc.constant([]), fc.constant({}), fc.constantFrom('NA', 'GOV.1.1', '2026-11-22T03:15:00Z', 'http://'),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  seed: fc.nat(),
  replacement: jsonValue,
  text: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }),
  rehash: fc.boolean(),
});

function paths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let current = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, Json>;
  return current;
}

function setOwn(target: Record<string | number, Json>, key: string | number, value: Json): void {
  // defineProperty, not assignment: `__proto__` must become an own member, as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutateValue(root: Json, m: Mutation): void {
  const all = paths(root);
  const path = all[m.seed % all.length] ?? [];
  const parent = parentOf(root, path);
  const key = path[path.length - 1] ?? 0;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[key]));
      else setOwn(parent, `${String(key)}_copy`, structuredClone(parent[key]));
      break;
    case 'retype':
      setOwn(parent, key, m.replacement);
      break;
    case 'deepen': {
      let deep: Json = parent[key];
      for (let i = 0; i < 40; i++) deep = [deep];
      setOwn(parent, key, deep);
      break;
    }
    default: {
      const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
      // JSON can only put a member name on an object, never on an array.
      const target = isObject(parent[key]) ? parent[key] : isObject(parent) ? parent : (root as Record<string, Json>);
      setOwn(target, ['__proto__', 'constructor', 'prototype'][m.seed % 3] ?? '__proto__', m.replacement);
    }
  }
}

/** The text of `valid` (a file's text) after the mutation `m`. */
export async function mutateFile(valid: string, m: Mutation, sha256Hex: (t: string) => Promise<string>): Promise<string> {
  if (m.kind === 'truncate') return valid.slice(0, m.seed % valid.length);
  if (m.kind === 'bytes') {
    const at = m.seed % valid.length;
    return `${valid.slice(0, at)}${m.text}${valid.slice(at + m.text.length)}`;
  }
  if (m.kind === 'nonFinite') {
    const numbers = [...valid.matchAll(/:(-?\d+(?:\.\d+)?)/g)];
    const hit = numbers[m.seed % Math.max(1, numbers.length)];
    if (!hit || hit.index === undefined) return valid;
    return `${valid.slice(0, hit.index)}:1e999${valid.slice(hit.index + hit[0].length)}`;
  }
  const root = JSON.parse(valid) as Record<string, Json>;
  mutateValue(root, m);
  if (m.rehash && typeof root === 'object' && root !== null && !Array.isArray(root)) {
    const { integrity: _old, ...body } = root;
    // Rest and spread copy an own `__proto__` member as an own member, so it stays in the text.
    return JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha256Hex) });
  }
  return JSON.stringify(root);
}

/** Opt-in: `PROPERTY_RUNS=5000 npx vitest run …` runs more cases than the bounded default. */
export function propertyRuns(bounded: number): number {
  const asked = Number(process.env['PROPERTY_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : bounded;
}
