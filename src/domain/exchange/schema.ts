/**
 * Zod schema of the exchange envelope, version 1: the one gate every imported file passes, and
 * the source of `docs/exchange-format.schema.json` (`z.toJSONSchema`, see schema-file.test.ts).
 *
 * Tolerant on import: unknown keys are dropped (a newer app may add fields within the same
 * format version), optional fields may be missing. Checks that need the instrument registry or
 * the region catalogue (known versions, indicator ids, region codes, NA rules) run afterwards in
 * `check-content.ts`, because they cannot be expressed in a static JSON Schema.
 */
import { z } from 'zod';
import { EVIDENCE_KINDS } from '../assessment/types';
import { LIMITS } from '../assessment/validation';
import { DIMENSION_IDS } from '../instrument/types';
import { FORMAT_NAME, INTEGRITY_ALGORITHM } from './format';
import { planSchema } from './plan-schema';
import { ELEMENT_ID, INDICATOR_ID, text, timestamp } from './schema-parts';
const score = z.number().min(0).max(5).nullable();

const evidenceSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string().min(1).max(LIMITS.evidenceTitleMax),
  reference: text(LIMITS.evidenceReferenceMax),
  url: text(LIMITS.evidenceUrlMax).optional().describe('Absolute http(s) link.'),
  date: z.iso.date().optional().describe('Date of the document, YYYY-MM-DD.'),
  ownerOpd: text(LIMITS.evidenceOwnerMax).optional(),
});

const provenanceSchema = z
  .object({
    opd: z.string().min(1).max(LIMITS.evidenceOwnerMax),
    packageId: z.string().min(1).max(200),
    answeredAt: timestamp.optional().describe('When the OPD answered (its answeredAt in the returned work package).'),
    mergedAt: timestamp.describe('When the coordinator accepted the answer.'),
  })
  .describe('Set when the answer was accepted from an OPD work package (docs/work-package-format.md).');

/** One answer (also used by work-package files, without `provenance`). */
export const answerSchema = z.object({
  level: z
    .union([z.int().min(0).max(5), z.literal('NA'), z.null()])
    .describe('0–5 rubric level, "NA" (tidak relevan, needs naReason), or null (not answered).'),
  naReason: text(LIMITS.naReasonMax).optional(),
  note: text(LIMITS.noteMax).optional(),
  evidence: z.array(evidenceSchema).max(LIMITS.evidencePerAnswerMax).optional().describe('Omitted when empty.'),
  answeredBy: text(200).optional(),
  answeredAt: timestamp.optional(),
  provenance: provenanceSchema.optional(),
});

const workPackageOriginSchema = z
  .object({
    packageId: z.string().min(1).max(200),
    opd: z.string().min(1).max(LIMITS.evidenceOwnerMax),
    sourceAssessmentId: z.string().min(1).max(200),
    indicatorIds: z.array(z.string().regex(INDICATOR_ID)).min(1).max(1000),
    exportedAt: timestamp,
  })
  .describe("Present only on an OPD's copy opened from a work package (docs/work-package-format.md).");

const scoresSchema = z
  .object({
    index: score,
    conservative: score,
    coverage: z.number().min(0).max(1),
    isFinalEligible: z.boolean(),
    dimensions: z.object(Object.fromEntries(DIMENSION_IDS.map((d) => [d, score])) as Record<(typeof DIMENSION_IDS)[number], typeof score>),
    elements: z.record(z.string().regex(ELEMENT_ID), score),
  })
  .describe('Scores computed by the exporting app (0–5). Informational: an importing app recomputes them.');

const regionSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}$/).describe('Kemendagri code PP.RR of the kabupaten/kota.'),
  name: text(200),
  type: z.enum(['kabupaten', 'kota']),
  provinceCode: z.string().regex(/^\d{2}$/),
  provinceName: text(200),
});

const assessmentSchema = z.object({
  id: z.string().min(1).max(200),
  instrumentVersion: z.string().min(1).max(100),
  weightProfileId: z.string().min(1).max(100),
  region: regionSchema,
  period: z.int().min(LIMITS.periodMin).max(LIMITS.periodMax).describe('Assessment period (year).'),
  status: z.enum(['draft', 'final']),
  team: text(LIMITS.teamMax).optional(),
  contact: text(LIMITS.contactMax).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  answers: z.record(z.string().regex(INDICATOR_ID), answerSchema).describe('Answers keyed by indicator id; a missing key is unanswered.'),
  scores: scoresSchema.optional(),
  workPackage: workPackageOriginSchema.optional(),
  plan: planSchema.optional(),
});

/** The exchange envelope, format version 1. */
export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    formatVersion: z.int().min(1).describe('Envelope version; an app refuses versions newer than it knows.'),
    app: z.object({ name: text(100), version: text(50) }),
    exportedAt: timestamp,
    assessments: z.array(assessmentSchema),
    integrity: z
      .object({ algorithm: z.literal(INTEGRITY_ALGORITHM), hash: z.string().regex(/^[0-9a-f]{64}$/) })
      .describe('SHA-256 (lower-case hex) of the canonical JSON (RFC 8785) of the envelope without this field.'),
  })
  .meta({
    title: 'Siap Cerdas assessment exchange file',
    description: 'Backups, exports and peer results of Siap Cerdas smart city readiness self-assessments. See docs/exchange-format.md.',
  });

export type ImportedEnvelope = z.output<typeof envelopeSchema>;
export type ImportedAssessment = ImportedEnvelope['assessments'][number];
export type ImportedAnswer = ImportedAssessment['answers'][string];
export type ImportedPlan = NonNullable<ImportedAssessment['plan']>;

/** The JSON Schema (draft 2020-12) of the envelope, as checked in at docs/exchange-format.schema.json. */
export function exchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(envelopeSchema, { target: 'draft-2020-12' });
}
