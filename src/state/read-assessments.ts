import type { AssessmentBundle } from '../storage/assessment-repo';
import { getRepository } from './repository';
import { reportFailure } from './storage-failure';

/**
 * Reads several assessments without opening any of them in the assessment store (e.g. for the
 * comparison report). Missing ids are simply absent from the map. A storage failure is reported
 * to the app banner and rethrown.
 */
export async function readAssessments(ids: readonly string[]): Promise<ReadonlyMap<string, AssessmentBundle>> {
  try {
    const repo = await getRepository();
    const found = await Promise.all(ids.map(async (id) => [id, await repo.get(id)] as const));
    return new Map(found.flatMap(([id, b]) => (b ? [[id, b] as const] : [])));
  } catch (e) {
    reportFailure(e);
    throw e;
  }
}
