/**
 * Why a visit-package file is refused. The parser's problems are the work-package ones (same
 * envelope, same tolerant reader, same hash); the visit-specific ones name the region or the
 * field. The UI maps each `code` to a message in its language. A refused package changes nothing.
 */
import type { PackageError } from '../planning/package-errors';
import type { ShareField } from './visit-format';

export type VisitError =
  | Extract<PackageError, { code: 'too_large' | 'not_json' | 'too_deep' | 'non_finite_number' | 'forbidden_key' | 'unreadable' | 'wrong_format' | 'newer_version' | 'integrity_missing' | 'hash_mismatch' | 'invalid' | 'unknown_instrument' | 'unknown_weight_profile' | 'unknown_indicator' }>
  /** The host's region code is not in the region catalogue. */
  | { readonly code: 'unknown_region'; readonly value: string }
  /** An element id the instrument does not have. */
  | { readonly code: 'unknown_element'; readonly value: string }
  /** The file holds `field` (in element `elementId`, or at the top) although the host did not choose to share it. */
  | { readonly code: 'unshared_field'; readonly field: ShareField; readonly elementId?: string }
  /** A shared link that is not an absolute http(s) address. */
  | { readonly code: 'bad_link'; readonly elementId: string; readonly value: string };
