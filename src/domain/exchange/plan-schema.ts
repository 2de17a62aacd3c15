/**
 * Zod schema of an assessment's plan in the exchange file (optional `plan` member, added within
 * format version 1): roadmap targets, chosen quick wins, OPD assignments and work-package records
 * (src/domain/planning/types.ts, docs/exchange-format.md "Plan").
 */
import { z } from 'zod/mini';
import { LIMITS } from '../assessment/validation';
import { HORIZONS } from '../planning/types';
import { ELEMENT_ID, ELEMENT_OR_INDICATOR_ID, INDICATOR_ID, intIn, matching, numberIn, sized, text, timestamp } from './schema-parts';

const target = numberIn(0, 5).check(z.describe('Target on the 0–5 element scale, at most one decimal.'));
const opdName = sized(1, LIMITS.evidenceOwnerMax);

const elementTargetsSchema = z.object({
  mode: z.enum(['final', 'yearly']),
  finalTarget: target,
  yearly: z.array(target).check(z.minLength(1), z.maxLength(10), z.describe('Target per year from startYear; as many as the horizon.')),
});

const baselineSchema = z.object({
  scores: z.record(matching(ELEMENT_ID), z.nullable(numberIn(0, 5))),
  decision: z.enum(['created', 'recomputed', 'kept']),
  at: timestamp,
}).check(z.describe('The element scores the targets were made from (null: no score then), and how they were adopted.'));

const roadmapSchema = z.object({
  startYear: intIn(LIMITS.periodMin + 1, LIMITS.periodMax + 1).check(z.describe('First target year = assessment period + 1.')),
  horizon: z.literal([...HORIZONS]).check(z.describe('Years in the roadmap: 5 or 10.')),
  elements: z.record(matching(ELEMENT_ID), elementTargetsSchema),
  baseline: z.optional(baselineSchema),
});

const quickWinSchema = z.object({
  elementId: matching(ELEMENT_ID),
  ownerOpd: opdName,
  dueDate: z.iso.date().check(z.describe('YYYY-MM-DD.')),
  note: z.optional(text(LIMITS.noteMax)),
  chosenAt: timestamp,
});

const workPackageRecordSchema = z.object({
  id: sized(1, 200),
  opd: opdName,
  indicatorIds: z.array(matching(INDICATOR_ID)).check(z.maxLength(1000)),
  exportedAt: timestamp,
  mergedAt: z.optional(timestamp),
});

/** The plan of one assessment (its baseline). */
export const planSchema = z
  .object({
    roadmap: z.optional(roadmapSchema),
    quickWins: z.array(quickWinSchema).check(z.maxLength(1000)),
    assignments: z.record(matching(ELEMENT_OR_INDICATOR_ID), opdName).check(z.describe('Responsible OPD per element or indicator id.')),
    workPackages: z.array(workPackageRecordSchema).check(z.maxLength(1000)),
    updatedAt: timestamp,
  })
  .check(z.describe('Roadmap, quick wins, OPD assignments and work packages planned on this assessment (docs/work-package-format.md).'));
