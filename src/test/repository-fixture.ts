/**
 * A real repository on a fresh fake-indexeddb database, seeded and installed as the one the
 * stores use: for component tests of screens that load and save through the stores (features may
 * not import storage/ or state/repository.ts themselves).
 */
import type { Answer, Assessment } from '../domain/assessment/types';
import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { setRepository } from '../state/repository';

let databases = 0;

/** Opens a fresh database, stores `assessment` with `answers`, and makes the stores use it. */
export async function seedRepository(assessment: Assessment, answers: readonly Answer[] = []): Promise<AssessmentRepository> {
  const repo = await openAssessmentRepository({ dbName: `fixture-${++databases}` });
  await repo.create(assessment, answers);
  setRepository(Promise.resolve(repo));
  return repo;
}
