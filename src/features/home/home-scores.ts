/**
 * The scores of the home list, a lazy chunk: scored through the benchmark store (one bulk read,
 * summaries cached by `updatedAt`), so neither scoring nor the instrument is in the first bundle.
 */
import type { ScoreSummary } from '../../domain/benchmark/types';
import { useBenchmarkStore } from '../../state/benchmark-store';

/** Score summaries by assessment id (null: this app cannot score it). */
export async function loadHomeScores(): Promise<ReadonlyMap<string, ScoreSummary | null>> {
  await useBenchmarkStore.getState().load();
  return new Map(useBenchmarkStore.getState().entries.map((e) => [e.id, e.summary]));
}
