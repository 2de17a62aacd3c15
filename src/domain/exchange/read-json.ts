/**
 * The tolerant JSON reader in front of every file kind (exchange files, backups, work packages):
 * length, nesting depth, JSON syntax, non-finite numbers and prototype keys, in that order. Each
 * refusal names where it is (a JSON path such as `assessments[0].answers.__proto__`). It never
 * throws: `JSON.parse` itself would overflow the stack on 100,000 nested arrays, so the depth is
 * scanned first, over the raw text.
 */
import { formatPath } from './import-errors';

/** Deepest nesting of arrays and objects accepted (valid files nest at most 8 levels). */
const MAX_JSON_DEPTH = 32;

/** Keys refused anywhere in a file: they would reach an object's prototype in careless code. */
const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type JsonReadError =
  /** Longer than `limit` bytes (`value`: the size, in bytes). */
  | { readonly code: 'too_large'; readonly limit: number; readonly value: string }
  | { readonly code: 'not_json' }
  /** Arrays or objects nested deeper than `limit` at `field`. */
  | { readonly code: 'too_deep'; readonly limit: number; readonly field: string }
  /** A number too large to represent (such as `1e999`), read as Infinity, at `field`. */
  | { readonly code: 'non_finite_number'; readonly field: string }
  /** A member named `__proto__`, `constructor` or `prototype` (`value`) at `field`. */
  | { readonly code: 'forbidden_key'; readonly field: string; readonly value: string };

export type JsonReadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonReadError };

/** Number of bytes `text` takes in UTF-8 (lone surrogates count as the 3-byte replacement). */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The refusal of a file of `bytes` bytes over `maxBytes`, or undefined (check before reading it). */
export function checkFileSize(bytes: number, maxBytes: number): Extract<JsonReadError, { code: 'too_large' }> | undefined {
  return bytes > maxBytes ? { code: 'too_large', limit: maxBytes, value: String(bytes) } : undefined;
}

type Segment = string | number;

/**
 * The path of the first place where nesting exceeds `maxDepth`, or undefined. A character scan
 * that skips strings; it tracks member names and array positions only to name the place, so
 * text that is not JSON at all just ends the scan (JSON.parse reports it).
 */
function findTooDeep(text: string, maxDepth: number): Segment[] | undefined {
  const path: Segment[] = [];
  const isArray: boolean[] = [];
  let lastString: [number, number] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      lastString = [start, i + 1];
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (isArray.length >= maxDepth) return path;
      isArray.push(c === 0x5b);
      path.push(c === 0x5b ? 0 : '');
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      isArray.pop();
      path.pop();
    } else if (c === 0x2c /* , */ && isArray[isArray.length - 1] === true) {
      path[path.length - 1] = (path[path.length - 1] as number) + 1;
    } else if (c === 0x3a /* : */ && lastString && path.length > 0) {
      path[path.length - 1] = keyText(text.slice(lastString[0], lastString[1]));
    }
  }
  return undefined;
}

function keyText(quoted: string): string {
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === 'string' ? key : quoted;
  } catch {
    return quoted;
  }
}

/** The first non-finite number or forbidden key in a parsed value (depth already bounded). */
function findHostile(value: unknown, path: Segment[]): JsonReadError | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { code: 'non_finite_number', field: formatPath(path) };
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = findHostile(value[i], path);
      path.pop();
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    const found = FORBIDDEN_KEYS.includes(key)
      ? { code: 'forbidden_key' as const, field: formatPath(path), value: key }
      : findHostile((value as Record<string, unknown>)[key], path);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads `text` as JSON within `maxBytes` (UTF-8) and `maxDepth` levels, refusing non-finite
 * numbers and prototype keys anywhere. A leading byte-order mark is ignored.
 */
export function readJson(text: string, maxBytes: number, maxDepth = MAX_JSON_DEPTH): JsonReadResult {
  // Every UTF-16 unit takes at least one UTF-8 byte: a long text is refused without counting.
  const tooLarge = checkFileSize(text.length > maxBytes ? text.length : utf8ByteLength(text), maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  const deep = findTooDeep(body, maxDepth);
  if (deep) return { ok: false, error: { code: 'too_deep', limit: maxDepth, field: formatPath(deep) } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, error: { code: 'not_json' } };
  }
  const hostile = findHostile(value, []);
  return hostile ? { ok: false, error: hostile } : { ok: true, value };
}
