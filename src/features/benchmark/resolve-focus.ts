/**
 * Which entry the view is about: the one named in the route (`#/pembanding?fokus=<id>`), else a
 * sensible default (the newest scorable final assessment on the device, else any scorable one,
 * else — with the demo data on — a demo region in the latest demo period).
 */
import { isDemoId } from '../../domain/benchmark/demo-data';
import type { BenchmarkEntry } from '../../domain/benchmark/types';

export type FocusResult =
  | { readonly state: 'ok'; readonly focus: BenchmarkEntry }
  | { readonly state: 'none' | 'not_found' }
  | { readonly state: 'unscorable'; readonly focus: BenchmarkEntry };

function defaultFocus(device: readonly BenchmarkEntry[], demo: readonly BenchmarkEntry[] | null): BenchmarkEntry | undefined {
  const scorable = device.filter((e) => e.summary !== null);
  const latestDemoPeriod = demo?.reduce((max, e) => Math.max(max, e.period), 0);
  return (
    scorable.find((e) => e.status === 'final') ??
    scorable[0] ??
    demo?.find((e) => e.period === latestDemoPeriod)
  );
}

/** Resolves the focus entry; `device` is newest first (as the benchmark store keeps it). */
export function resolveFocus(
  focusId: string | undefined,
  device: readonly BenchmarkEntry[],
  demo: readonly BenchmarkEntry[] | null,
): FocusResult {
  if (focusId === undefined) {
    const focus = defaultFocus(device, demo);
    return focus ? { state: 'ok', focus } : { state: 'none' };
  }
  const pool = isDemoId(focusId) ? (demo ?? []) : device;
  const focus = pool.find((e) => e.id === focusId);
  if (!focus) return { state: 'not_found' };
  return focus.summary === null ? { state: 'unscorable', focus } : { state: 'ok', focus };
}
