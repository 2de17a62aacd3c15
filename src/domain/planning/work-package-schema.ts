/**
 * Zod schema of the work-package file, version 1 (docs/work-package-format.md), and the source of
 * docs/work-package-format.schema.json (see work-package-schema-file.test.ts). Tolerant on import:
 * unknown keys are dropped. Answers use the exchange format's answer schema without `provenance`.
 */
import { z } from 'zod/mini';
import { LIMITS } from '../assessment/validation';
import { INTEGRITY_ALGORITHM } from '../exchange/format';
import { actionSchema, target } from '../exchange/plan-schema';
import { answerSchema } from '../exchange/schema';
import { ELEMENT_ID, INDICATOR_ID, intIn, matching, sized, text, timestamp } from '../exchange/schema-parts';
import { HORIZONS } from './types';
import { WORK_PACKAGE_FORMAT } from './work-package-format';

const sourceSchema = z
  .object({
    assessmentId: sized(1, 200),
    regionCode: matching(/^\d{2}\.\d{2}$/).check(z.describe('Kemendagri code PP.RR of the kabupaten/kota.')),
    regionName: z.optional(text(200)).check(z.describe('Informational.')),
    period: intIn(LIMITS.periodMin, LIMITS.periodMax),
    instrumentVersion: sized(1, 100),
    weightProfileId: sized(1, 100),
  })
  .check(z.describe("The coordinator's assessment the package was cut from."));

const actionPlanSchema = z
  .object({
    partVersion: z.int().check(z.gte(1), z.describe('Version of this part; an app refuses part versions newer than it knows.')),
    roadmap: z.optional(z.object({
      startYear: intIn(LIMITS.periodMin + 1, LIMITS.periodMax + 1),
      horizon: z.literal([...HORIZONS]),
      targets: z.record(matching(ELEMENT_ID), z.array(target).check(z.minLength(1), z.maxLength(10))).check(z.describe('Target per year from startYear per element (to read).')),
    })),
    actions: z.array(actionSchema).check(z.maxLength(2000), z.describe('to_opd: the actions the OPD leads or supports; to_coordinator: those as the OPD changed them, and its proposals.')),
  })
  .check(z.describe('The OPD\'s part of the action plan (optional; docs/work-package-format.md "Action-plan part").'));

/** The work-package file, version 1. */
export const workPackageSchema = z
  .object({
    format: z.literal(WORK_PACKAGE_FORMAT),
    formatVersion: z.int().check(z.gte(1), z.describe('Package version; an app refuses versions newer than it knows.')),
    app: z.optional(z.object({ name: text(100), version: text(50) })),
    direction: z.enum(['to_opd', 'to_coordinator']).check(z.describe('to_opd: coordinator → OPD; to_coordinator: the OPD sends its answers back.')),
    packageId: sized(1, 200),
    opd: sized(1, LIMITS.evidenceOwnerMax),
    source: sourceSchema,
    indicatorIds: z.array(matching(INDICATOR_ID)).check(z.minLength(1), z.maxLength(1000), z.describe('The indicators assigned to the OPD, in instrument order.')),
    exportedAt: timestamp.check(z.describe("Time of the coordinator's export.")),
    returnedAt: z.optional(timestamp).check(z.describe("Time of the OPD's export; required when direction is to_coordinator.")),
    answers: z.record(matching(INDICATOR_ID), z.omit(answerSchema, { provenance: true })).check(z.describe('Answers keyed by indicator id.')),
    actionPlan: z.optional(actionPlanSchema),
    integrity: z
      .object({ algorithm: z.literal(INTEGRITY_ALGORITHM), hash: matching(/^[0-9a-f]{64}$/) })
      .check(z.describe('SHA-256 (lower-case hex) of the canonical JSON (RFC 8785) of the file without this field.')),
  })
  .check(z.meta({
    title: 'Siap Cerdas OPD work package',
    description: 'Indicators assigned to one OPD, sent from the coordinator and back. See docs/work-package-format.md.',
  }));

export type ImportedWorkPackage = z.output<typeof workPackageSchema>;

/** The JSON Schema (draft 2020-12) of the file, as checked in at docs/work-package-format.schema.json.
 * @public Generates the checked-in `docs/*.schema.json` (its unit test fails when they differ).
 */
export function workPackageJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(workPackageSchema, { target: 'draft-2020-12' });
}
