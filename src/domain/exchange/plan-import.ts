/**
 * Import preview and resolution. A file's assessment conflicts with a local one when they share
 * the id, or the region code and period. Per conflict the user keeps theirs ("mine"), takes the
 * file's ("theirs": the conflicting local assessments are replaced) or keeps both ("both": the
 * file's is added under a new id).
 */
import type { Answer, Assessment } from '../assessment/types';
import { summarizeScore } from '../benchmark/summarize-score';
import type { ScoreSummary } from '../benchmark/types';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import type { AssessmentPlan } from '../planning/types';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/types';
import type { VisitWorkspace } from '../visit/workspace';
import type { ImportedBundle } from './restore';

export type ConflictReason = 'same_id' | 'same_region_period';
export type ConflictDecision = 'mine' | 'theirs' | 'both';

export interface LocalMatch {
  readonly assessment: Assessment;
  readonly reasons: readonly ConflictReason[];
}

export interface ImportPlanRow {
  /** Stable key of the row for decisions: the incoming assessment id (unique within a file). */
  readonly key: string;
  readonly incoming: ImportedBundle;
  /** Recomputed from the file's answers (never read from the file); null if unscorable. */
  readonly score: ScoreResult | null;
  /** Local assessments this one conflicts with; empty = new. */
  readonly matches: readonly LocalMatch[];
}

export interface ImportPlan {
  readonly rows: readonly ImportPlanRow[];
  /** A full backup's studi-banding workspace: restored whatever the decisions (entries on the device are kept). */
  readonly visitWorkspace?: VisitWorkspace;
}

/**
 * The user's decisions: `all` for every conflict ("mine", keep the local data, until the user
 * picks one for all), overridden per row key in `byKey` (conflict rows only). So the page never
 * needs every row of a 5,000-assessment file to decide for all of them.
 */
export interface ImportDecisions {
  readonly all: ConflictDecision;
  readonly byKey: Readonly<Record<string, ConflictDecision>>;
}

export const DEFAULT_DECISIONS: ImportDecisions = { all: 'mine', byKey: {} };

/** The decision for the conflict row `key`. */
export function decisionOf(decisions: ImportDecisions, key: string): ConflictDecision {
  return decisions.byKey[key] ?? decisions.all;
}

export interface ImportWrite {
  readonly assessment: Assessment;
  readonly answers: readonly Answer[];
  /** The file's plan for this assessment, its `assessmentId` set to the id written. */
  readonly plan?: AssessmentPlan;
  /** The score summary of `answers` (computed for the preview), stored with the counts; absent when unscorable. */
  readonly score?: ScoreSummary;
}

/**
 * What to store, in one transaction: delete `deleteIds` (with answers), then create `create`, and
 * add the workspace entries the device does not hold yet.
 */
export interface ImportWrites {
  readonly deleteIds: readonly string[];
  readonly create: readonly ImportWrite[];
  readonly visitWorkspace?: VisitWorkspace;
}

export interface ImportSummary {
  readonly added: number;
  readonly replaced: number;
  readonly keptBoth: number;
  readonly skipped: number;
}

function scoreOf(bundle: ImportedBundle): ScoreResult | null {
  const instrument = getInstrument(bundle.assessment.instrumentVersion);
  const weights = getWeightProfile(bundle.assessment.weightProfileId);
  if (!instrument || !weights) return null;
  return scoreAssessment(instrument, weights, Object.fromEntries(bundle.answers.map((a) => [a.indicatorId, a])));
}

function matchesOf(incoming: Assessment, existing: readonly Assessment[]): LocalMatch[] {
  return existing.flatMap((local) => {
    const reasons: ConflictReason[] = [];
    if (local.id === incoming.id) reasons.push('same_id');
    if (local.regionCode === incoming.regionCode && local.period === incoming.period) reasons.push('same_region_period');
    return reasons.length > 0 ? [{ assessment: local, reasons }] : [];
  });
}

/**
 * Builds the preview: one row per assessment in the file, with its recomputed score and the
 * local assessments it conflicts with (same id, or same region code and period).
 */
export function planImport(bundles: readonly ImportedBundle[], existing: readonly Assessment[], visitWorkspace?: VisitWorkspace): ImportPlan {
  return {
    ...(visitWorkspace ? { visitWorkspace } : {}),
    rows: bundles.map((incoming) => ({
      key: incoming.assessment.id,
      incoming,
      score: scoreOf(incoming),
      matches: matchesOf(incoming.assessment, existing),
    })),
  };
}

/** Whether a row needs a decision. */
export function isConflict(row: { readonly matches: readonly LocalMatch[] }): boolean {
  return row.matches.length > 0;
}

/**
 * What the preview shows of a row: no answers, so a 5,000-assessment file's preview is a few
 * hundred kilobytes to hand from the file reader worker to the page, not the whole file again.
 */
export interface ImportPreviewRow {
  readonly key: string;
  readonly assessment: Pick<Assessment, 'id' | 'regionCode' | 'period' | 'status'>;
  /** The recomputed index (0–5), null when unscorable or nothing is answered. */
  readonly index: number | null;
  readonly matches: readonly LocalMatch[];
}

/** Preview rows handed from the file reader to the page at a time: the first page with the read, more on request. */
export const PREVIEW_PAGE = 50;

export function previewRow({ key, incoming: { assessment: a }, score, matches }: ImportPlanRow): ImportPreviewRow {
  return { key, assessment: { id: a.id, regionCode: a.regionCode, period: a.period, status: a.status }, index: score?.index ?? null, matches };
}

/** How many new ids `resolveImport` asks for under these decisions (one per "both") for a file with `conflicts` conflict rows. */
export function idsNeeded(decisions: ImportDecisions, conflicts: number): number {
  const own = Object.values(decisions.byKey);
  return own.filter((d) => d === 'both').length + (decisions.all === 'both' ? conflicts - own.length : 0);
}

/**
 * Turns a plan and the user's decisions into writes: new rows are created as in the file;
 * "theirs" deletes every conflicting local assessment and creates the file's; "both" creates
 * the file's under `newId()` with `updatedAt = now` (so it shows as a fresh change; its plan, if
 * any, moves to the new id); "mine"
 * (the default) skips the row. Pure: ids and time are injected.
 */
export function resolveImport(
  plan: ImportPlan,
  decisions: ImportDecisions,
  newId: () => string,
  now: string,
): { writes: ImportWrites; summary: ImportSummary } {
  const deleteIds = new Set<string>();
  const create: ImportWrite[] = [];
  const summary = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  for (const row of plan.rows) {
    const { assessment, answers, plan } = row.incoming;
    const score = row.score ? { score: summarizeScore(row.score) } : {};
    const decision: ConflictDecision | 'new' = isConflict(row) ? decisionOf(decisions, row.key) : 'new';
    if (decision === 'mine') {
      summary.skipped += 1;
    } else if (decision === 'both') {
      const id = newId();
      create.push({ assessment: { ...assessment, id, updatedAt: now }, answers, ...(plan ? { plan: { ...plan, assessmentId: id } } : {}), ...score });
      summary.keptBoth += 1;
    } else {
      for (const match of row.matches) deleteIds.add(match.assessment.id);
      create.push({ assessment, answers, ...(plan ? { plan } : {}), ...score });
      summary[decision === 'new' ? 'added' : 'replaced'] += 1;
    }
  }
  const visits = plan.visitWorkspace ? { visitWorkspace: plan.visitWorkspace } : {};
  return { writes: { deleteIds: [...deleteIds], create, ...visits }, summary };
}
