/**
 * Zod schema of an assessment's plan in the exchange file (optional `plan` member, added within
 * format version 1): roadmap targets, chosen quick wins, OPD assignments and work-package records
 * (src/domain/planning/types.ts, docs/exchange-format.md "Plan").
 */
import { z } from 'zod/mini';
import { LIMITS } from '../assessment/validation';
import { ACTION_BUDGET_MAX, ACTION_NAME_MAX, ACTION_OUTPUT_MAX, ACTION_STATUS_NOTE_MAX, ACTION_SUPPORTING_MAX } from '../planning/actions';
import { ACTION_STATUSES, HORIZONS } from '../planning/types';
import { ELEMENT_ID, ELEMENT_OR_INDICATOR_ID, INDICATOR_ID, intIn, matching, numberIn, sized, text, timestamp } from './schema-parts';

/** A target on the 0–5 element scale. */
export const target = numberIn(0, 5).check(z.describe('Target on the 0–5 element scale, at most one decimal.'));
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

const year = intIn(LIMITS.periodMin + 1, LIMITS.periodMax + 10);

/** One action of the action plan (also the work package's action-plan part). */
export const actionSchema = z.object({
  id: sized(1, 200),
  name: sized(1, ACTION_NAME_MAX),
  description: z.optional(text(LIMITS.noteMax)),
  opd: opdName,
  supportingOpds: z.array(opdName).check(z.maxLength(ACTION_SUPPORTING_MAX)),
  lifts: z.array(z.object({
    elementId: matching(ELEMENT_ID),
    indicatorIds: z.optional(z.array(matching(INDICATOR_ID)).check(z.maxLength(100))),
    raiseBy: z.optional(target),
  })).check(z.maxLength(100), z.describe('Elements (optionally indicators) the action should raise, and by how much.')),
  startYear: year,
  endYear: year,
  budgetNote: z.optional(text(ACTION_BUDGET_MAX)),
  outputIndicator: z.optional(text(ACTION_OUTPUT_MAX)),
  statuses: z.array(z.object({
    year,
    status: z.enum([...ACTION_STATUSES]),
    note: z.optional(text(ACTION_STATUS_NOTE_MAX)),
    at: timestamp,
  })).check(z.maxLength(20), z.describe('Status per year; a year without one is "direncanakan".')),
  quickWin: z.boolean(),
  dueDate: z.optional(z.iso.date()),
  source: z.optional(z.object({
    kind: z.literal('studi-banding'),
    hostName: sized(1, 200),
    hostCode: z.optional(text(20)),
    visitDate: z.iso.date(),
    elementId: matching(ELEMENT_ID),
  })),
  createdAt: timestamp,
  updatedAt: timestamp,
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
    quickWins: z.array(quickWinSchema).check(z.maxLength(1000), z.describe('The quick wins (also in actions when present, for apps that predate them).')),
    actions: z.optional(z.array(actionSchema).check(z.maxLength(2000), z.describe('The action plan, quick wins included (added within format version 1).'))),
    assignments: z.record(matching(ELEMENT_OR_INDICATOR_ID), opdName).check(z.describe('Responsible OPD per element or indicator id.')),
    workPackages: z.array(workPackageRecordSchema).check(z.maxLength(1000)),
    updatedAt: timestamp,
  })
  .check(z.describe('Roadmap, quick wins, OPD assignments and work packages planned on this assessment (docs/work-package-format.md).'));
