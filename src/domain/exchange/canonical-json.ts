/**
 * Canonical JSON used for the integrity hash: the JSON Canonicalization Scheme (RFC 8785) for
 * the values JSON.parse can produce. Object members sorted by key (UTF-16 code units, as
 * `Array.prototype.sort` compares strings), no whitespace, strings and numbers serialised as
 * ECMAScript `JSON.stringify` does (which is what RFC 8785 prescribes).
 */

/** A value JSON.parse can return. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Returns the canonical serialisation of `value`: equal for any two values that are equal as
 * JSON, whatever the key order or whitespace of their source text.
 * @throws TypeError for a non-finite number, which has no JSON form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported value of type ${typeof value}`);
}
