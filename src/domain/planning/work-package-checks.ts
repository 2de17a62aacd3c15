/**
 * Checks of a work-package file beyond its zod schema: known instrument, weight profile and
 * indicator ids, "Tidak relevan" rules and evidence links (the same rules as exchange files), and
 * the mapping of zod issues to `PackageError`s.
 */
import type { z } from 'zod/mini';
import { checkUrl } from '../assessment/validation';
import { formatPath } from '../exchange/import-errors';
import type { ImportErrorCode } from '../exchange/import-errors';
import { classify, show, valueAt } from '../exchange/zod-issues';
import { listIndicators } from '../instrument/lookup';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import type { IndicatorDef } from '../instrument/types';
import type { PackageError } from './package-errors';
import type { ImportedWorkPackage } from './work-package-schema';

type ImportedAnswer = ImportedWorkPackage['answers'][string];

function invalid(reason: ImportErrorCode, field: string, value: unknown, indicatorId?: string): PackageError {
  const shown = show(value);
  return {
    code: 'invalid',
    reason,
    field,
    detail: shown === undefined ? field : `${field}: ${shown}`,
    ...(indicatorId !== undefined ? { indicatorId } : {}),
  };
}

/** Converts one zod issue on the file `raw` into a package error naming the field. */
export function issueToPackageError(issue: z.core.$ZodIssue, raw: unknown): PackageError {
  const field = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  const { code, limit } = classify(issue, field, value);
  const [head, key] = issue.path;
  const indicatorId = head === 'answers' && typeof key === 'string' ? key : undefined;
  if (code === 'unknown_indicator' && indicatorId !== undefined) return { code: 'unknown_indicator', indicatorIds: [indicatorId] };
  const error = invalid(code, field, value, indicatorId);
  return limit !== undefined && error.code === 'invalid' ? { ...error, limit } : error;
}

function checkAnswer(indicator: IndicatorDef, answer: ImportedAnswer): PackageError[] {
  const at = `answers.${indicator.id}`;
  const errors: PackageError[] = [];
  if (answer.level === 'NA' && !indicator.naAllowed) errors.push(invalid('na_not_allowed', `${at}.level`, 'NA', indicator.id));
  else if (answer.level === 'NA' && (answer.naReason ?? '').trim() === '') errors.push(invalid('na_reason_missing', `${at}.naReason`, undefined, indicator.id));
  (answer.evidence ?? []).forEach((e, i) => {
    const wrong = e.url === undefined ? undefined : checkUrl(e.url);
    if (e.url !== undefined && wrong) {
      errors.push(invalid(wrong.code === 'url_no_host' ? 'url_no_host' : 'url_invalid', `${at}.evidence[${i}].url`, e.url, indicator.id));
    }
  });
  return errors;
}

function duplicatesOf(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/**
 * Returns every content problem of a schema-valid package (empty when it can be used): unknown
 * instrument version, weight profile or indicator ids (in `indicatorIds` or `answers`), an
 * indicator listed twice, NA where not allowed or without a reason, evidence links that are not
 * http(s), an action listed twice in the action-plan part, and a returned package without `returnedAt`.
 */
export function checkPackageContent(data: ImportedWorkPackage): PackageError[] {
  const instrument = getInstrument(data.source.instrumentVersion);
  if (!instrument) return [{ code: 'unknown_instrument', value: data.source.instrumentVersion }];
  const errors: PackageError[] = [];
  const weights = getWeightProfile(data.source.weightProfileId);
  if (!weights || weights.instrumentVersion !== instrument.version) {
    errors.push({ code: 'unknown_weight_profile', value: data.source.weightProfileId });
  }
  const known = new Map(listIndicators(instrument).map((i) => [i.id, i]));
  const unknown = [...new Set([...data.indicatorIds, ...Object.keys(data.answers)].filter((id) => !known.has(id)))];
  if (unknown.length > 0) errors.push({ code: 'unknown_indicator', indicatorIds: unknown });
  for (const id of duplicatesOf(data.indicatorIds)) errors.push(invalid('duplicate_id', 'indicatorIds', id));
  for (const [id, answer] of Object.entries(data.answers)) {
    const indicator = known.get(id);
    if (indicator) errors.push(...checkAnswer(indicator, answer));
  }
  for (const id of duplicatesOf((data.actionPlan?.actions ?? []).map((x) => x.id))) errors.push(invalid('duplicate_id', 'actionPlan.actions', id));
  if (data.direction === 'to_coordinator' && data.returnedAt === undefined) errors.push(invalid('missing_value', 'returnedAt', undefined));
  return errors;
}
