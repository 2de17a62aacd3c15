import type { AssessmentRepository } from '../storage/assessment-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { useAppStatusStore } from './app-status-store';

let repo: Promise<AssessmentRepository> | null = null;

/** The one repository the stores use; opened lazily, re-opened after a failed open. */
export function getRepository(): Promise<AssessmentRepository> {
  if (!repo) {
    repo = openAssessmentRepository({
      onVersionChange: () => useAppStatusStore.getState().setVersionChange(),
    });
    repo.catch(() => {
      repo = null;
    });
  }
  return repo;
}

/** Tests inject a repository (e.g. on a fresh fake-indexeddb database). */
export function setRepository(next: Promise<AssessmentRepository> | null): void {
  repo = next;
}
