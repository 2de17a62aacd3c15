/**
 * Zod schema of the exchange envelope, version 1: the one gate every imported file passes, and
 * the source of `docs/exchange-format.schema.json` (`z.toJSONSchema`, see schema-file.test.ts).
 *
 * Tolerant on import: unknown keys are dropped (a newer app may add fields within the same
 * format version), optional fields may be missing. Checks that need the instrument registry or
 * the region catalogue (known versions, indicator ids, region codes, NA rules) run afterwards in
 * `check-content.ts`, because they cannot be expressed in a static JSON Schema.
 */
import { z } from 'zod/mini';
import { EVIDENCE_KINDS } from '../assessment/types';
import { LIMITS } from '../assessment/validation';
import { DIMENSION_IDS } from '../instrument/types';
import { FORMAT_NAME, INTEGRITY_ALGORITHM } from './format';
import { planSchema } from './plan-schema';
import { visitWorkspaceSchema } from './visit-workspace-schema';
import { ELEMENT_ID, INDICATOR_ID, intIn, matching, numberIn, sized, text, timestamp } from './schema-parts';
const score = z.nullable(numberIn(0, 5));

const evidenceSchema = z.object({
  id: sized(1, 100),
  kind: z.enum(EVIDENCE_KINDS),
  title: sized(1, LIMITS.evidenceTitleMax),
  reference: text(LIMITS.evidenceReferenceMax),
  url: z.optional(text(LIMITS.evidenceUrlMax)).check(z.describe('Absolute http(s) link.')),
  date: z.optional(z.iso.date()).check(z.describe('Date of the document, YYYY-MM-DD.')),
  ownerOpd: z.optional(text(LIMITS.evidenceOwnerMax)),
});

const provenanceSchema = z
  .object({
    opd: sized(1, LIMITS.evidenceOwnerMax),
    packageId: sized(1, 200),
    answeredAt: z.optional(timestamp).check(z.describe('When the OPD answered (its answeredAt in the returned work package).')),
    mergedAt: timestamp.check(z.describe('When the coordinator accepted the answer.')),
  })
  .check(z.describe('Set when the answer was accepted from an OPD work package (docs/work-package-format.md).'));

/** One answer (also used by work-package files, without `provenance`). */
export const answerSchema = z.object({
  level: z
    .union([intIn(0, 5), z.literal('NA'), z.null()])
    .check(z.describe('0–5 rubric level, "NA" (tidak relevan, needs naReason), or null (not answered).')),
  naReason: z.optional(text(LIMITS.naReasonMax)),
  note: z.optional(text(LIMITS.noteMax)),
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(LIMITS.evidencePerAnswerMax))).check(z.describe('Omitted when empty.')),
  answeredBy: z.optional(text(200)),
  answeredAt: z.optional(timestamp),
  provenance: z.optional(provenanceSchema),
});

const workPackageOriginSchema = z
  .object({
    packageId: sized(1, 200),
    opd: sized(1, LIMITS.evidenceOwnerMax),
    sourceAssessmentId: sized(1, 200),
    indicatorIds: z.array(matching(INDICATOR_ID)).check(z.minLength(1), z.maxLength(1000)),
    exportedAt: timestamp,
  })
  .check(z.describe("Present only on an OPD's copy opened from a work package (docs/work-package-format.md)."));

const scoresSchema = z
  .object({
    index: score,
    conservative: score,
    coverage: numberIn(0, 1),
    isFinalEligible: z.boolean(),
    dimensions: z.object(Object.fromEntries(DIMENSION_IDS.map((d) => [d, score])) as Record<(typeof DIMENSION_IDS)[number], typeof score>),
    elements: z.record(matching(ELEMENT_ID), score),
  })
  .check(z.describe('Scores computed by the exporting app (0–5). Informational: an importing app recomputes them.'));

const regionSchema = z.object({
  code: matching(/^\d{2}\.\d{2}$/).check(z.describe('Kemendagri code PP.RR of the kabupaten/kota.')),
  name: text(200),
  type: z.enum(['kabupaten', 'kota']),
  provinceCode: matching(/^\d{2}$/),
  provinceName: text(200),
});

const assessmentSchema = z.object({
  id: sized(1, 200),
  instrumentVersion: sized(1, 100),
  weightProfileId: sized(1, 100),
  region: regionSchema,
  period: intIn(LIMITS.periodMin, LIMITS.periodMax).check(z.describe('Assessment period (year).')),
  status: z.enum(['draft', 'final']),
  team: z.optional(text(LIMITS.teamMax)),
  contact: z.optional(text(LIMITS.contactMax)),
  createdAt: timestamp,
  updatedAt: timestamp,
  answers: z.record(matching(INDICATOR_ID), answerSchema).check(z.describe('Answers keyed by indicator id; a missing key is unanswered.')),
  scores: z.optional(scoresSchema),
  workPackage: z.optional(workPackageOriginSchema),
  plan: z.optional(planSchema),
});

/** The exchange envelope, format version 1. */
export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    formatVersion: z.int().check(z.gte(1), z.describe('Envelope version; an app refuses versions newer than it knows.')),
    app: z.object({ name: text(100), version: text(50) }),
    exportedAt: timestamp,
    assessments: z.array(assessmentSchema),
    visitWorkspace: z.optional(visitWorkspaceSchema),
    integrity: z
      .object({ algorithm: z.literal(INTEGRITY_ALGORITHM), hash: matching(/^[0-9a-f]{64}$/) })
      .check(z.describe('SHA-256 (lower-case hex) of the canonical JSON (RFC 8785) of the envelope without this field.')),
  })
  .check(z.meta({
    title: 'Siap Cerdas assessment exchange file',
    description: 'Backups, exports and peer results of Siap Cerdas smart city readiness self-assessments. See docs/exchange-format.md.',
  }));

export type ImportedEnvelope = z.output<typeof envelopeSchema>;
export type ImportedAssessment = ImportedEnvelope['assessments'][number];
export type ImportedAnswer = ImportedAssessment['answers'][string];
export type ImportedPlan = NonNullable<ImportedAssessment['plan']>;

/** The JSON Schema (draft 2020-12) of the envelope, as checked in at docs/exchange-format.schema.json.
 * @public Generates the checked-in `docs/*.schema.json` (its unit test fails when they differ).
 */
export function exchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(envelopeSchema, { target: 'draft-2020-12' });
}
