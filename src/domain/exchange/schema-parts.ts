/**
 * Building blocks shared by the zod schemas of the exchange envelope, plans and work packages.
 * The schemas use zod's functional "mini" API (a fraction of the classic API's bytes); they run
 * only in the file reader worker.
 */
import { z } from 'zod/mini';

// No `new Function` probe: the app's Content-Security-Policy forbids eval, and the probe would
// report a violation on every load of a screen that reads files.
z.config({ jitless: true });

/** An indicator id such as `GOV.1.1`. */
export const INDICATOR_ID = /^[A-Z]{3}\.\d+\.\d+$/;
/** An element id such as `GOV.1`. */
export const ELEMENT_ID = /^[A-Z]{3}\.\d+$/;
/** An element or an indicator id (keys of OPD assignments). */
export const ELEMENT_OR_INDICATOR_ID = /^[A-Z]{3}\.\d+(?:\.\d+)?$/;

export const timestamp = z.iso.datetime({ offset: true }).check(z.describe('ISO 8601 timestamp, e.g. 2026-11-22T03:15:00.000Z'));

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** A string of `min` to `max` characters. */
export const sized = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** A string matching `pattern`. */
export const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));

/** A whole number from `min` to `max`. */
export const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** A number from `min` to `max`. */
export const numberIn = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
