/**
 * Adoption into the plan: each practice the visitor marked becomes one action of the visitor's
 * plan (a quick win or a roadmap action) lifting that element, owned by the visitor's OPD in the
 * target year, with its source recorded ("Diadopsi dari Kota Cirebon, studi banding 25 Maret
 * 2019"). Checked with the plan's own rules (`validateAction`); nothing is added unless all pass.
 */
import type { ActionContext, ActionErrors, ActionValues } from '../planning/actions';
import { validateAction } from '../planning/actions';

/** A practice the visitor marks to adopt (kept with the visit until it enters the plan). */
export interface Adoption {
  readonly ownerOpd: string;
  /** Target year as typed. */
  readonly targetYear: string;
  readonly note: string;
  /** A quick win rather than a roadmap action. */
  readonly quickWin: boolean;
}

export interface AdoptionVisit {
  readonly hostName: string;
  readonly hostCode?: string;
  /** YYYY-MM-DD; required: the source names the visit. */
  readonly visitDate: string;
}

export type AdoptionResult =
  | { readonly ok: true; readonly actions: readonly ActionValues[] }
  | { readonly ok: false; readonly dateMissing: boolean; readonly errors: Readonly<Record<string, ActionErrors>> };

/**
 * The actions for the marked practices, in `order` (element ids, instrument order), named by
 * `names` (the localized action name per element). Refused with every problem when the visit has
 * no date or any action breaks the plan's rules (owner missing, year outside the plan's years …).
 */
export function adoptionActions(
  adoptions: Readonly<Record<string, Adoption>>,
  order: readonly string[],
  names: Readonly<Record<string, string>>,
  visit: AdoptionVisit,
  ctx: ActionContext,
): AdoptionResult {
  const dateMissing = !/^\d{4}-\d{2}-\d{2}$/.test(visit.visitDate);
  const errors: Record<string, ActionErrors> = {};
  const actions = order.flatMap((elementId): ActionValues[] => {
    const a = adoptions[elementId];
    if (!a) return [];
    const year = /^\d{4}$/.test(a.targetYear.trim()) ? Number(a.targetYear.trim()) : Number.NaN;
    const values: ActionValues = {
      name: names[elementId] ?? elementId,
      ...(a.note.trim() ? { description: a.note.trim() } : {}),
      opd: a.ownerOpd,
      lifts: [{ elementId }],
      startYear: year,
      endYear: year,
      quickWin: a.quickWin,
      source: { kind: 'studi-banding', hostName: visit.hostName, ...(visit.hostCode ? { hostCode: visit.hostCode } : {}), visitDate: visit.visitDate, elementId },
    };
    const problems = validateAction(values, ctx);
    if (Object.keys(problems).length > 0) errors[elementId] = problems;
    return [values];
  });
  return dateMissing || Object.keys(errors).length > 0 ? { ok: false, dateMissing, errors } : { ok: true, actions };
}
