/**
 * Plan record version 2 (issue 13): a roadmap records the baseline scores its targets were made
 * from (`Roadmap.baseline`). A version-1 roadmap did not, so it gets `baseline: null` ("not
 * recorded"): every target stays as it was, and the planning page asks once whether to recompute
 * them from today's scores or keep them. Plans without a roadmap are unchanged.
 */
import type { RecordMigration } from './migrate';
import { isRecord } from './record-shapes';

export const planV2RecordBaseline: RecordMigration = {
  id: 'RecordRoadmapBaseline',
  version: 2,
  up: (record) => {
    const roadmap = record['roadmap'];
    if (!isRecord(roadmap) || 'baseline' in roadmap) return { ...record };
    return { ...record, roadmap: { ...roadmap, baseline: null } };
  },
};
