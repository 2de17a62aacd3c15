/**
 * Zod schema of the visit-package file, version 1 (docs/studi-banding.md), and the source of
 * docs/visit-package.schema.json (see visit-schema-file.test.ts). Tolerant on import: unknown
 * keys are dropped. Runs only in the file reader worker.
 */
import { z } from 'zod/mini';
import { EVIDENCE_KINDS } from '../assessment/types';
import { LIMITS } from '../assessment/validation';
import { INTEGRITY_ALGORITHM } from '../exchange/format';
import { ELEMENT_ID, INDICATOR_ID, intIn, matching, sized, text, timestamp } from '../exchange/schema-parts';
import { PRACTICE_MAX, VISIT_PACKAGE_FORMAT } from './visit-format';

const evidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  title: sized(1, LIMITS.evidenceTitleMax),
  reference: z.optional(text(LIMITS.evidenceReferenceMax)),
  url: z.optional(text(LIMITS.evidenceUrlMax)).check(z.describe('Absolute http(s) link; anything else is refused.')),
  date: z.optional(z.iso.date()),
});

const elementSchema = z.object({
  practice: z.optional(sized(1, PRACTICE_MAX)).check(z.describe('Practice text ("praktik baik"); only when shares.practice.')),
  opd: z.optional(sized(1, LIMITS.evidenceOwnerMax)).check(z.describe('Responsible OPD; only when shares.opd.')),
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(100))).check(z.describe('Only when shares.evidence.')),
  notes: z.optional(z.array(sized(1, LIMITS.noteMax)).check(z.maxLength(20))).check(z.describe('Answer notes; only when shares.notes.')),
});

const flag = z.boolean();

/**
 * What a package holds inside its envelope: also the shape of the packages a full backup carries
 * (`visitWorkspace.packages`, docs/exchange-format.md).
 */
export const visitPackageBody = {
  packageId: sized(1, 200),
  exportedAt: timestamp,
  host: z.object({
    regionCode: matching(/^\d{2}\.\d{2}$/).check(z.describe('Kemendagri code PP.RR of the host kabupaten/kota.')),
    regionName: z.optional(text(200)).check(z.describe('Informational.')),
    period: intIn(LIMITS.periodMin, LIMITS.periodMax),
    instrumentVersion: sized(1, 100),
    weightProfileId: sized(1, 100),
  }),
  shares: z
    .object({ evidence: flag, opd: flag, practice: flag, notes: flag, contact: flag })
    .check(z.describe('What the host chose to share. A file holding a field that is not chosen here is refused.')),
  contact: z.optional(sized(1, LIMITS.contactMax)).check(z.describe('Only when shares.contact.')),
  levels: z
    .record(matching(INDICATOR_ID), z.union([intIn(0, 5), z.literal('NA'), z.null()]))
    .check(z.describe('Rubric level per indicator id (0–5, "NA" or null); scores are recomputed from them.')),
  elements: z.record(matching(ELEMENT_ID), elementSchema).check(z.describe('What is shared per element id.')),
};

/** The visit-package file, version 1. */
export const visitPackageSchema = z
  .object({
    format: z.literal(VISIT_PACKAGE_FORMAT),
    formatVersion: z.int().check(z.gte(1), z.describe('Package version; an app refuses versions newer than it knows.')),
    app: z.optional(z.object({ name: text(100), version: text(50) })),
    ...visitPackageBody,
    integrity: z
      .object({ algorithm: z.literal(INTEGRITY_ALGORITHM), hash: matching(/^[0-9a-f]{64}$/) })
      .check(z.describe('SHA-256 (lower-case hex) of the canonical JSON (RFC 8785) of the file without this field.')),
  })
  .check(z.meta({ title: 'Siap Cerdas visit package (paket studi banding)', description: 'What a host region shares with a visiting delegation. See docs/studi-banding.md.' }));

export type ImportedVisitPackage = z.output<typeof visitPackageSchema>;

/** The JSON Schema (draft 2020-12) of the file, as checked in at docs/visit-package.schema.json.
 * @public Generates the checked-in `docs/*.schema.json` (its unit test fails when they differ).
 */
export function visitPackageJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(visitPackageSchema, { target: 'draft-2020-12' });
}
