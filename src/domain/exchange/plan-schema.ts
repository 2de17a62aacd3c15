/**
 * Zod schema of an assessment's plan in the exchange file (optional `plan` member, added within
 * format version 1): roadmap targets, chosen quick wins, OPD assignments and work-package records
 * (src/domain/planning/types.ts, docs/exchange-format.md "Plan").
 */
import { z } from 'zod';
import { LIMITS } from '../assessment/validation';
import { HORIZONS } from '../planning/types';
import { ELEMENT_ID, ELEMENT_OR_INDICATOR_ID, INDICATOR_ID, text, timestamp } from './schema-parts';

const target = z.number().min(0).max(5).describe('Target on the 0–5 element scale, at most one decimal.');
const opdName = z.string().min(1).max(LIMITS.evidenceOwnerMax);

const elementTargetsSchema = z.object({
  mode: z.enum(['final', 'yearly']),
  finalTarget: target,
  yearly: z.array(target).min(1).max(10).describe('Target per year from startYear; as many as the horizon.'),
});

const baselineSchema = z.object({
  scores: z.record(z.string().regex(ELEMENT_ID), z.number().min(0).max(5).nullable()),
  decision: z.enum(['created', 'recomputed', 'kept']),
  at: timestamp,
}).describe('The element scores the targets were made from (null: no score then), and how they were adopted.');

const roadmapSchema = z.object({
  startYear: z.int().min(LIMITS.periodMin + 1).max(LIMITS.periodMax + 1).describe('First target year = assessment period + 1.'),
  horizon: z.literal([...HORIZONS]).describe('Years in the roadmap: 5 or 10.'),
  elements: z.record(z.string().regex(ELEMENT_ID), elementTargetsSchema),
  baseline: baselineSchema.optional(),
});

const quickWinSchema = z.object({
  elementId: z.string().regex(ELEMENT_ID),
  ownerOpd: opdName,
  dueDate: z.iso.date().describe('YYYY-MM-DD.'),
  note: text(LIMITS.noteMax).optional(),
  chosenAt: timestamp,
});

const workPackageRecordSchema = z.object({
  id: z.string().min(1).max(200),
  opd: opdName,
  indicatorIds: z.array(z.string().regex(INDICATOR_ID)).max(1000),
  exportedAt: timestamp,
  mergedAt: timestamp.optional(),
});

/** The plan of one assessment (its baseline). */
export const planSchema = z
  .object({
    roadmap: roadmapSchema.optional(),
    quickWins: z.array(quickWinSchema).max(1000),
    assignments: z.record(z.string().regex(ELEMENT_OR_INDICATOR_ID), opdName).describe('Responsible OPD per element or indicator id.'),
    workPackages: z.array(workPackageRecordSchema).max(1000),
    updatedAt: timestamp,
  })
  .describe('Roadmap, quick wins, OPD assignments and work packages planned on this assessment (docs/work-package-format.md).');
