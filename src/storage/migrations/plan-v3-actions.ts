/**
 * Plan record version 3 (issue 16): the action plan. Quick wins become actions flagged
 * `quickWin` in `actions` (one list), each keeping its element, OPD, due date, note (as the
 * description) and the time it was chosen; `quickWins` is dropped. A version-2 plan opens with
 * everything kept. Self-contained (a released step never changes with the domain code).
 */
import type { RecordMigration, UnknownRecord } from './migrate';
import { isRecord, isString } from './record-shapes';

function toAction(q: UnknownRecord): UnknownRecord {
  const { elementId, ownerOpd, dueDate, note, chosenAt } = q;
  const year = Number(String(dueDate).slice(0, 4));
  const description = isString(note) ? note.trim() : '';
  return {
    id: `qw-${String(elementId)}`, name: `Quick win ${String(elementId)}`, ...(description !== '' ? { description } : {}),
    opd: isString(ownerOpd) ? ownerOpd.trim().replace(/\s+/g, ' ') : ownerOpd, supportingOpds: [], lifts: [{ elementId }],
    startYear: year, endYear: year, statuses: [], quickWin: true, dueDate, createdAt: chosenAt, updatedAt: chosenAt,
  };
}

export const planV3Actions: RecordMigration = {
  id: 'QuickWinsBecomeActions',
  version: 3,
  up: (record) => {
    const { quickWins, ...rest } = record;
    // A malformed entry is left as it is for the shape check to refuse (the plan then reads as invalid).
    const actions = (Array.isArray(quickWins) ? quickWins : []).map((q: unknown) => (isRecord(q) && isString(q['dueDate']) && isString(q['ownerOpd']) ? toAction(q) : q));
    return { ...rest, actions };
  },
};
