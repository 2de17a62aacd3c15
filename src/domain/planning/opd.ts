/**
 * OPD (perangkat daerah) responsibilities: which OPD answers which indicator, and how far each
 * OPD has got. Assignments are free text keyed by element id (`GOV.1`) or indicator id
 * (`GOV.1.1`); an indicator entry overrides its element's. OPD names are compared after trimming,
 * collapsing spaces and ignoring case, so "Diskominfo" and " diskominfo " are one OPD.
 */
import type { AnswerMap } from '../assessment/types';
import { listIndicators } from '../instrument/lookup';
import type { Instrument } from '../instrument/types';
import { readAnswer } from '../scoring/aggregate';
import { SUGGESTED_OPDS } from './types';

/** Indonesian collation for OPD lists ("Dinas Kesehatan" < "dinas pendidikan" < "Diskominfo"). */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Compares two OPD names for display order (Indonesian collation, case-insensitive). */
export function compareOpdNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** An OPD name as stored: trimmed, inner runs of whitespace collapsed to one space. */
export function normalizeOpdName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The grouping key of an OPD name: normalised and lower-cased. '' = no OPD. */
export function opdKey(name: string): string {
  return normalizeOpdName(name).toLowerCase();
}

/** The element id of an indicator id (`GOV.1.1` → `GOV.1`). */
export function elementIdOf(indicatorId: string): string {
  const dot = indicatorId.lastIndexOf('.');
  return dot < 0 ? indicatorId : indicatorId.slice(0, dot);
}

function assigned(assignments: Readonly<Record<string, string>>, key: string): string | null {
  const raw = Object.hasOwn(assignments, key) ? assignments[key] : undefined;
  const name = typeof raw === 'string' ? normalizeOpdName(raw) : '';
  return name === '' ? null : name;
}

/**
 * The OPD responsible for an indicator: its own entry if non-blank, else its element's, else null
 * (unassigned). Returned normalised (trimmed, single spaces).
 */
export function opdOfIndicator(assignments: Readonly<Record<string, string>>, indicatorId: string): string | null {
  return assigned(assignments, indicatorId) ?? assigned(assignments, elementIdOf(indicatorId));
}

/** The indicators assigned to `opd` (compared case-insensitively), in instrument order. */
export function indicatorsOfOpd(instrument: Instrument, assignments: Readonly<Record<string, string>>, opd: string): string[] {
  const key = opdKey(opd);
  if (key === '') return [];
  return listIndicators(instrument)
    .filter((i) => opdKey(opdOfIndicator(assignments, i.id) ?? '') === key)
    .map((i) => i.id);
}

export interface OpdProgress {
  /** The OPD's name (first spelling met in instrument order); null = the unassigned bucket. */
  readonly opd: string | null;
  readonly total: number;
  /** Answered with a level 0–5. */
  readonly answered: number;
  /** Valid "tidak relevan" (NA with a reason where allowed). */
  readonly na: number;
  /** Everything else (no answer, or an answer scoring ignores). */
  readonly unanswered: number;
}

type Tally = { -readonly [K in keyof OpdProgress]: OpdProgress[K] };

/**
 * Progress per OPD over the instrument's indicators: total, answered, NA and unanswered, read
 * with the same rules as scoring (`readAnswer`). OPDs are grouped case-insensitively and keep the
 * first spelling met in instrument order; sorted by name (Indonesian collation). The unassigned
 * bucket (`opd: null`) comes last and only when some indicator has no OPD.
 */
export function opdProgress(instrument: Instrument, assignments: Readonly<Record<string, string>>, answers: AnswerMap): OpdProgress[] {
  const groups = new Map<string, Tally>();
  for (const indicator of listIndicators(instrument)) {
    const opd = opdOfIndicator(assignments, indicator.id);
    const key = opd === null ? '' : opdKey(opd);
    let tally = groups.get(key);
    if (!tally) {
      tally = { opd, total: 0, answered: 0, na: 0, unanswered: 0 };
      groups.set(key, tally);
    }
    const { status } = readAnswer(indicator, answers);
    tally.total += 1;
    tally[status === 'answered' ? 'answered' : status === 'na' ? 'na' : 'unanswered'] += 1;
  }
  const unassigned = groups.get('');
  groups.delete('');
  const named = [...groups.values()].sort((a, b) => compareOpdNames(a.opd ?? '', b.opd ?? ''));
  return unassigned ? [...named, unassigned] : named;
}

/**
 * Names for the OPD field's suggestion list: the OPD names already used on the page (first
 * spelling, same name in another case or spacing counted once) followed by the standard
 * suggestions not yet used, each group sorted by name.
 */
export function opdSuggestions(usedNames: Iterable<string>): string[] {
  const used = new Map<string, string>();
  for (const raw of usedNames) {
    const name = normalizeOpdName(raw);
    if (name !== '' && !used.has(opdKey(name))) used.set(opdKey(name), name);
  }
  const standard = SUGGESTED_OPDS.filter((name) => !used.has(opdKey(name)));
  return [...[...used.values()].sort(compareOpdNames), ...[...standard].sort(compareOpdNames)];
}

/**
 * The OPDs responsible for at least one indicator (first spelling met in instrument order),
 * sorted by name: the OPDs a work package can be exported for.
 */
export function assignedOpds(instrument: Instrument, assignments: Readonly<Record<string, string>>): string[] {
  return opdProgress(instrument, assignments, {}).flatMap((row) => (row.opd === null ? [] : [row.opd]));
}
