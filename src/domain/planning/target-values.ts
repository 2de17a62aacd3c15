/**
 * Target values of the roadmap: numbers on the 0–5 element scale with at most one decimal (a
 * tenth of a level), how they are rounded, interpolated between the baseline and a final target,
 * and how a typed value is checked (docs/scoring.md "Roadmap and quick wins").
 */
import { EDGE_TOLERANCE } from '../scoring/bands';

export const TARGET_MIN = 0;
export const TARGET_MAX = 5;

/**
 * Rounds a value to a valid target: clamped to 0–5, then to one decimal with halves rounded up
 * (2.95 → 3.0, 3.65 → 3.7). The tolerance makes a value that is mathematically a half but a few
 * ulps short in binary floating point (3.65 is stored as 3.6499999999999999) round up as intended,
 * the same judgement as the band edges (`EDGE_TOLERANCE`). Not finite → 0.
 */
export function roundTarget(value: number): number {
  if (!Number.isFinite(value)) return TARGET_MIN;
  const clamped = Math.min(TARGET_MAX, Math.max(TARGET_MIN, value));
  return Math.floor(clamped * 10 + 0.5 + EDGE_TOLERANCE) / 10;
}

/**
 * Yearly targets from `current` (the unrounded baseline score; pass 0 for an element without a
 * score) to `finalTarget` over `horizon` years: year k (0-based) gets
 * `round1(current + (final − current)·(k+1)/horizon)` and the last year is the final target
 * exactly. Rounding is monotone, so the sequence is monotone (rising, or falling when the final
 * target is below the current score) and never passes the final target. Values are within 0–5.
 *
 * Example: current 2.25, final 4, horizon 5 → steps of 0.35 → 2.6, 2.95→3.0, 3.3, 3.65→3.7, 4.
 */
export function interpolateTargets(current: number, finalTarget: number, horizon: number): number[] {
  const from = Number.isFinite(current) ? Math.min(TARGET_MAX, Math.max(TARGET_MIN, current)) : TARGET_MIN;
  const to = roundTarget(finalTarget);
  return Array.from({ length: horizon }, (_, k) =>
    k === horizon - 1 ? to : roundTarget(from + ((to - from) * (k + 1)) / horizon),
  );
}

/** Why a typed target is refused; the UI maps each code to a message in its language. */
export type TargetInputError =
  /** Nothing typed. */
  | 'required'
  /** Not a decimal number (letters, two separators …). */
  | 'not_a_number'
  /** Below 0 or above 5. */
  | 'out_of_range'
  /** More than one decimal (e.g. 3,25). */
  | 'too_many_decimals';

export type TargetInputResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: TargetInputError };

const DECIMAL = /^-?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Parses a target typed by a user: a number 0–5 with at most one decimal, written with a decimal
 * comma ("3,5", Indonesian) or point ("3.5"). Spaces around it are ignored; trailing zeros do
 * not count as decimals ("3,50" is 3.5).
 */
export function parseTargetInput(text: string): TargetInputResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (!DECIMAL.test(trimmed)) return { ok: false, error: 'not_a_number' };
  const normalized = trimmed.replace(',', '.');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false, error: 'not_a_number' };
  if (value < TARGET_MIN || value > TARGET_MAX) return { ok: false, error: 'out_of_range' };
  const decimals = (normalized.split('.')[1] ?? '').replace(/0+$/, '');
  if (decimals.length > 1) return { ok: false, error: 'too_many_decimals' };
  return { ok: true, value: roundTarget(value) };
}

