/**
 * Zod schema of the work-package file, version 1 (docs/work-package-format.md), and the source of
 * docs/work-package-format.schema.json (see work-package-schema-file.test.ts). Tolerant on import:
 * unknown keys are dropped. Answers use the exchange format's answer schema without `provenance`.
 */
import { z } from 'zod';
import { LIMITS } from '../assessment/validation';
import { INTEGRITY_ALGORITHM } from '../exchange/format';
import { answerSchema } from '../exchange/schema';
import { INDICATOR_ID, text, timestamp } from '../exchange/schema-parts';
import { WORK_PACKAGE_FORMAT } from './work-package-format';

const sourceSchema = z
  .object({
    assessmentId: z.string().min(1).max(200),
    regionCode: z.string().regex(/^\d{2}\.\d{2}$/).describe('Kemendagri code PP.RR of the kabupaten/kota.'),
    regionName: text(200).optional().describe('Informational.'),
    period: z.int().min(LIMITS.periodMin).max(LIMITS.periodMax),
    instrumentVersion: z.string().min(1).max(100),
    weightProfileId: z.string().min(1).max(100),
  })
  .describe("The coordinator's assessment the package was cut from.");

/** The work-package file, version 1. */
export const workPackageSchema = z
  .object({
    format: z.literal(WORK_PACKAGE_FORMAT),
    formatVersion: z.int().min(1).describe('Package version; an app refuses versions newer than it knows.'),
    app: z.object({ name: text(100), version: text(50) }).optional(),
    direction: z.enum(['to_opd', 'to_coordinator']).describe('to_opd: coordinator → OPD; to_coordinator: the OPD sends its answers back.'),
    packageId: z.string().min(1).max(200),
    opd: z.string().min(1).max(LIMITS.evidenceOwnerMax),
    source: sourceSchema,
    indicatorIds: z.array(z.string().regex(INDICATOR_ID)).min(1).max(1000).describe('The indicators assigned to the OPD, in instrument order.'),
    exportedAt: timestamp.describe("Time of the coordinator's export."),
    returnedAt: timestamp.optional().describe("Time of the OPD's export; required when direction is to_coordinator."),
    answers: z.record(z.string().regex(INDICATOR_ID), answerSchema.omit({ provenance: true })).describe('Answers keyed by indicator id.'),
    integrity: z
      .object({ algorithm: z.literal(INTEGRITY_ALGORITHM), hash: z.string().regex(/^[0-9a-f]{64}$/) })
      .describe('SHA-256 (lower-case hex) of the canonical JSON (RFC 8785) of the file without this field.'),
  })
  .meta({
    title: 'Siap Cerdas OPD work package',
    description: 'Indicators assigned to one OPD, sent from the coordinator and back. See docs/work-package-format.md.',
  });

export type ImportedWorkPackage = z.output<typeof workPackageSchema>;

/** The JSON Schema (draft 2020-12) of the file, as checked in at docs/work-package-format.schema.json. */
export function workPackageJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(workPackageSchema, { target: 'draft-2020-12' });
}
