/** Building blocks shared by the zod schemas of the exchange envelope, plans and work packages. */
import { z } from 'zod';

// No `new Function` probe: the app's Content-Security-Policy forbids eval, and the probe would
// report a violation on every load of a screen that reads files.
z.config({ jitless: true });

/** An indicator id such as `GOV.1.1`. */
export const INDICATOR_ID = /^[A-Z]{3}\.\d+\.\d+$/;
/** An element id such as `GOV.1`. */
export const ELEMENT_ID = /^[A-Z]{3}\.\d+$/;
/** An element or an indicator id (keys of OPD assignments). */
export const ELEMENT_OR_INDICATOR_ID = /^[A-Z]{3}\.\d+(?:\.\d+)?$/;

export const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp, e.g. 2026-11-22T03:15:00.000Z');

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().max(max);
