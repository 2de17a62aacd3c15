/**
 * Integrity hash of an exchange envelope: SHA-256 over the UTF-8 bytes of the canonical JSON
 * (`canonical-json.ts`) of the envelope with its `integrity` member removed. It detects a file
 * changed by hand or damaged in transit; it is not a signature (anyone can recompute it).
 */
import { canonicalJson } from './canonical-json';
import type { ExportIntegrity, Sha256Hex } from './format';
import { INTEGRITY_ALGORITHM } from './format';

/** The text that is hashed: the canonical JSON of `envelope` without its `integrity` member. */
export function integrityInput(envelope: Readonly<Record<string, unknown>>): string {
  const { integrity: _integrity, ...rest } = envelope;
  return canonicalJson(rest);
}

/** Computes the `integrity` member for an envelope (any `integrity` already present is ignored). */
export async function computeIntegrity(
  envelope: Readonly<Record<string, unknown>>,
  sha256Hex: Sha256Hex,
): Promise<ExportIntegrity> {
  return { algorithm: INTEGRITY_ALGORITHM, hash: await sha256Hex(integrityInput(envelope)) };
}

/** The outcome of checking a parsed file's hash. */
export type IntegrityCheck = 'ok' | 'missing' | 'mismatch';

/**
 * Checks the `integrity` member of a parsed envelope against its content: 'missing' when there is
 * no `{ algorithm: 'SHA-256', hash }`, 'mismatch' when the content does not hash to `hash`.
 */
export async function checkIntegrity(envelope: Readonly<Record<string, unknown>>, sha256Hex: Sha256Hex): Promise<IntegrityCheck> {
  const integrity = envelope['integrity'];
  if (typeof integrity !== 'object' || integrity === null) return 'missing';
  const { algorithm, hash } = integrity as Record<string, unknown>;
  if (algorithm !== INTEGRITY_ALGORITHM || typeof hash !== 'string') return 'missing';
  const actual = await sha256Hex(integrityInput(envelope));
  return actual === hash.toLowerCase() ? 'ok' : 'mismatch';
}
