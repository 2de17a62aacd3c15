/**
 * Writing and reading visit-package files: the same envelope as work packages (format, version,
 * app, SHA-256 over the canonical JSON) around a `VisitPackage`. Reading checks size, JSON (the
 * tolerant reader), format and version, hash, schema and content, lists every problem and never
 * throws. Runs in the file reader worker (`domain/files/read-file.ts`).
 */
import { checkUrl } from '../assessment/validation';
import type { Sha256Hex } from '../exchange/format';
import { MAX_REPORTED_ERRORS } from '../exchange/import-errors';
import { checkIntegrity } from '../exchange/integrity';
import { readJson } from '../exchange/read-json';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import { elementOrder, listIndicators } from '../instrument/lookup';
import { issueToPackageError } from '../planning/work-package-checks';
import type { RegionCatalog } from '../regions/parse-catalog';
import type { VisitError } from './visit-errors';
import type { ShareField, VisitPackage } from './visit-format';
import { MAX_VISIT_PACKAGE_BYTES, SHARE_FIELDS, VISIT_PACKAGE_FORMAT, VISIT_PACKAGE_VERSION } from './visit-format';
import type { ImportedVisitPackage } from './visit-schema';
import { visitPackageSchema } from './visit-schema';

export type ParseVisitResult =
  | { readonly ok: true; readonly pkg: VisitPackage }
  | { readonly ok: false; readonly errors: readonly VisitError[] };

function fail(all: readonly VisitError[]): ParseVisitResult {
  const errors = [...new Map(all.map((e) => [JSON.stringify(e), e])).values()];
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

function checkHead(raw: unknown): VisitError | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { code: 'wrong_format' };
  const { format, formatVersion } = raw as Record<string, unknown>;
  if (format !== VISIT_PACKAGE_FORMAT || typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return { code: 'wrong_format' };
  if (formatVersion > VISIT_PACKAGE_VERSION) return { code: 'newer_version', version: formatVersion, supported: VISIT_PACKAGE_VERSION };
  return undefined;
}

/** Fields present in `element` (or the top-level contact) that the host did not choose to share. */
function unshared(data: ImportedVisitPackage): VisitError[] {
  const errors: VisitError[] = [];
  if (data.contact !== undefined && !data.shares.contact) errors.push({ code: 'unshared_field', field: 'contact' });
  for (const [elementId, element] of Object.entries(data.elements)) {
    const present: Record<Exclude<ShareField, 'contact'>, boolean> = {
      practice: element.practice !== undefined, opd: element.opd !== undefined, evidence: element.evidence !== undefined, notes: element.notes !== undefined,
    };
    for (const field of SHARE_FIELDS) {
      if (field !== 'contact' && present[field] && !data.shares[field]) errors.push({ code: 'unshared_field', field, elementId });
    }
  }
  return errors;
}

/** Content problems of a schema-valid package: instrument, weights, region, ids, unchosen fields, links. */
function checkContent(data: ImportedVisitPackage, catalog: RegionCatalog): VisitError[] {
  const instrument = getInstrument(data.host.instrumentVersion);
  if (!instrument) return [{ code: 'unknown_instrument', value: data.host.instrumentVersion }];
  const errors: VisitError[] = [];
  const weights = getWeightProfile(data.host.weightProfileId);
  if (!weights || weights.instrumentVersion !== instrument.version) errors.push({ code: 'unknown_weight_profile', value: data.host.weightProfileId });
  if (!catalog.byCode.has(data.host.regionCode)) errors.push({ code: 'unknown_region', value: data.host.regionCode });
  const indicators = new Set(listIndicators(instrument).map((i) => i.id));
  const unknown = Object.keys(data.levels).filter((id) => !indicators.has(id));
  if (unknown.length > 0) errors.push({ code: 'unknown_indicator', indicatorIds: unknown });
  const elements = new Set(elementOrder(instrument).map((e) => e.id));
  for (const id of Object.keys(data.elements)) if (!elements.has(id)) errors.push({ code: 'unknown_element', value: id });
  errors.push(...unshared(data));
  for (const [elementId, element] of Object.entries(data.elements)) {
    for (const e of element.evidence ?? []) {
      if (e.url !== undefined && (e.url.trim() === '' || checkUrl(e.url))) errors.push({ code: 'bad_link', elementId, value: e.url });
    }
  }
  return errors;
}

function restore(data: ImportedVisitPackage): VisitPackage {
  const { regionName, ...host } = data.host;
  return {
    packageId: data.packageId,
    exportedAt: data.exportedAt,
    host: { ...host, ...(regionName !== undefined ? { regionName } : {}) },
    shares: data.shares,
    ...(data.contact !== undefined ? { contact: data.contact } : {}),
    levels: data.levels as VisitPackage['levels'], // the schema allows only whole 0–5, 'NA' and null
    elements: Object.fromEntries(Object.entries(data.elements).map(([id, e]) => [id, {
      ...(e.practice !== undefined ? { practice: e.practice } : {}),
      ...(e.opd !== undefined ? { opd: e.opd } : {}),
      ...(e.evidence !== undefined ? { evidence: e.evidence.map((x) => ({ kind: x.kind, title: x.title, ...(x.reference !== undefined ? { reference: x.reference } : {}), ...(x.url !== undefined ? { url: x.url } : {}), ...(x.date !== undefined ? { date: x.date } : {}) })) } : {}),
      ...(e.notes !== undefined ? { notes: e.notes } : {}),
    }])),
  };
}

/**
 * Reads a visit-package file. Refused, with every problem found (at most 50), when it is too
 * large, not JSON, refused by the tolerant reader, not a visit package, from a newer app, without
 * or not matching its hash (tampered or damaged), breaks the schema, names an instrument, weight
 * profile, region, indicator or element this app does not know, holds a field the host did not
 * choose to share, or a link that is not http(s).
 */
export async function parseVisitPackage(text: string, sha256Hex: Sha256Hex, catalog: RegionCatalog): Promise<ParseVisitResult> {
  const json = readJson(text, MAX_VISIT_PACKAGE_BYTES);
  if (!json.ok) return fail([json.error]);
  const headError = checkHead(json.value);
  if (headError) return fail([headError]);
  const raw = json.value as Record<string, unknown>;
  const errors: VisitError[] = [];
  const integrity = await checkIntegrity(raw, sha256Hex);
  if (integrity !== 'ok') errors.push({ code: integrity === 'missing' ? 'integrity_missing' : 'hash_mismatch' });
  const parsed = visitPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((issue) => integrity === 'ok' || issue.path[0] !== 'integrity');
    return fail([...errors, ...issues.map((issue) => issueToPackageError(issue, raw) as VisitError)]);
  }
  errors.push(...checkContent(parsed.data, catalog));
  return errors.length > 0 ? fail(errors) : { ok: true, pkg: restore(parsed.data) };
}
