/**
 * Plans (roadmap, quick wins, OPD assignments, work packages: `domain/planning/types.ts`), one
 * per assessment in the `plans` store, and the merge of a returned OPD work package. Exposed
 * through `AssessmentRepository`; every rejection is a `StorageError`.
 */
import type { Answer } from '../domain/assessment/types';
import type { AssessmentPlan } from '../domain/planning/types';
import { countAnswers } from './answer-counts';
import { effectiveAnswers, readAnswersOf, uniqueByIndicator } from './answer-stores';
import { ALL_STORES, answerStores, notFound } from './assessment-ops';
import { STORES, type SiapCerdasDatabase } from './db';
import { StorageError } from './errors';
import { readAssessment, readPlan, toAssessment, toPlan, toStoredAnswer, toStoredAssessment, toStoredPlan, toStoredSummary } from './records';
import { runTx, writer } from './transaction';

/**
 * The plan of an assessment, or undefined if none was saved. Readonly: a plan needing a
 * migration is migrated in memory and written in its new shape by the next save. Rejects with
 * `too_new` / `invalid` for a plan this app cannot read.
 */
export async function getPlan(db: SiapCerdasDatabase, assessmentId: string): Promise<AssessmentPlan | undefined> {
  return runTx(db, [STORES.plans], 'readonly', async (tx) => {
    const raw = await tx.objectStore(STORES.plans).get(assessmentId);
    return raw === undefined ? undefined : toPlan(readPlan(raw).record);
  });
}

/**
 * Stores `plan`, replacing the assessment's earlier plan. `not_found` if the assessment is
 * missing, `invalid` if the plan is malformed, `too_new` if the stored plan was written by a
 * newer app (never overwritten).
 */
export async function savePlan(db: SiapCerdasDatabase, plan: AssessmentPlan): Promise<void> {
  const record = toStoredPlan(plan);
  await runTx(db, [STORES.assessments, STORES.plans], 'readwrite', async (tx) => {
    const plans = tx.objectStore(STORES.plans);
    const [assessmentKey, existing] = await Promise.all([tx.objectStore(STORES.assessments).getKey(plan.assessmentId), plans.get(plan.assessmentId)]);
    if (assessmentKey === undefined) throw notFound(plan.assessmentId);
    if (existing !== undefined) readPlan(existing); // throws too_new: never overwrite a newer plan
    writer(plans).put(record);
  });
}

/**
 * Refuses (StorageError) a merge the stored plan contradicts. The packages being merged are
 * those `plan` marks merged with a `mergedAt` the stored plan does not have; each must exist in
 * the stored plan and not be merged there yet (`conflict`: a second merge, e.g. from another tab
 * holding an older plan). A merge never clears a stored `mergedAt` either (`conflict`).
 */
function checkMerge(plan: AssessmentPlan, stored: AssessmentPlan | undefined): void {
  const storedById = new Map((stored?.workPackages ?? []).map((p) => [p.id, p]));
  const merging = plan.workPackages.filter((p) => p.mergedAt !== undefined && storedById.get(p.id)?.mergedAt !== p.mergedAt);
  if (merging.length === 0) {
    throw new StorageError('invalid', `The plan of assessment "${plan.assessmentId}" marks no work package as newly merged; nothing was merged.`);
  }
  for (const { id } of merging) {
    const before = storedById.get(id);
    if (before === undefined) {
      throw new StorageError('not_found', `Work package "${id}" is not in the plan of assessment "${plan.assessmentId}"; nothing was merged.`);
    }
    if (before.mergedAt !== undefined) {
      throw new StorageError('conflict', `Work package "${id}" was already merged at ${before.mergedAt}; nothing was changed.`);
    }
  }
  const kept = new Map(plan.workPackages.map((p) => [p.id, p]));
  const unmerged = [...storedById.values()].find((p) => p.mergedAt !== undefined && kept.has(p.id) && kept.get(p.id)?.mergedAt === undefined);
  if (unmerged !== undefined) {
    throw new StorageError('conflict', `Work package "${unmerged.id}" was merged meanwhile; reload the plan. Nothing was changed.`);
  }
}

/**
 * Merges a returned work package in ONE transaction: the accepted answers become answer records,
 * the assessment gets `updatedAt`, the counts are recomputed from the answers, and `plan` (which
 * marks the package merged) is stored. Rejects, writing nothing, with `conflict` if the stored
 * plan already has that package merged; `not_found` if the assessment, its plan or the package
 * is missing; `invalid` for a malformed answer or plan, or a plan that marks nothing newly
 * merged; `too_new` for records written by a newer app.
 */
export async function mergeWorkPackage(
  db: SiapCerdasDatabase,
  assessmentId: string,
  answers: readonly Answer[],
  plan: AssessmentPlan,
  updatedAt: string,
): Promise<void> {
  if (plan.assessmentId !== assessmentId) {
    throw new StorageError('invalid', `The plan belongs to assessment "${plan.assessmentId}", not "${assessmentId}"; nothing was merged.`);
  }
  const planRecord = toStoredPlan(plan);
  const answerRecords = uniqueByIndicator(answers).map((a) => toStoredAnswer(assessmentId, a));
  await runTx(db, ALL_STORES, 'readwrite', async (tx) => {
    const assessmentStore = tx.objectStore(STORES.assessments);
    const planStore = tx.objectStore(STORES.plans);
    const stores = answerStores(tx);
    const [rawAssessment, rawPlan, read] = await Promise.all([
      assessmentStore.get(assessmentId),
      planStore.get(assessmentId),
      readAnswersOf(stores, assessmentId),
    ]);
    if (rawAssessment === undefined) throw notFound(assessmentId);
    const { record } = readAssessment(rawAssessment);
    checkMerge(plan, rawPlan === undefined ? undefined : readPlan(rawPlan).record);
    const byIndicator = new Map(effectiveAnswers(read).map((a) => [a.indicatorId, a]));
    for (const answer of answerRecords) byIndicator.set(answer.indicatorId, answer);
    const answerWriter = writer(stores.answers);
    for (const answer of answerRecords) answerWriter.put(answer);
    writer(assessmentStore).put(toStoredAssessment({ ...toAssessment(record), updatedAt }));
    writer(tx.objectStore(STORES.summaries)).put(toStoredSummary(assessmentId, countAnswers([...byIndicator.values()])));
    writer(planStore).put(planRecord);
  });
}
