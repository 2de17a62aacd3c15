/**
 * Plan record version 3 (issue 16): the action plan. Quick wins become actions flagged
 * `quickWin` in `actions` (one list), each keeping its element, OPD, due date, note (as the
 * description) and the time it was chosen; `quickWins` is dropped. A version-2 plan opens with
 * everything kept.
 */
import { quickWinAction } from '../../domain/planning/plan';
import type { ChosenQuickWin } from '../../domain/planning/types';
import type { RecordMigration } from './migrate';

export const planV3Actions: RecordMigration = {
  id: 'QuickWinsBecomeActions',
  version: 3,
  up: (record) => {
    const { quickWins, ...rest } = record;
    const list = Array.isArray(quickWins) ? (quickWins as ChosenQuickWin[]) : [];
    // A malformed entry is left for the shape check to refuse (the plan then reads as invalid).
    const actions = list.map((q) => (typeof q?.dueDate === 'string' && typeof q.ownerOpd === 'string' ? quickWinAction(q) : q));
    return { ...rest, actions };
  },
};
