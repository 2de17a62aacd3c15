/**
 * Reading visit-package files (written by `visit-write.ts`): the same envelope as work packages (format, version,
 * app, SHA-256 over the canonical JSON) around a `VisitPackage`. Reading checks size, JSON (the
 * tolerant reader), format and version, hash, schema and content, lists every problem and never
 * throws. Runs in the file reader worker (`domain/files/read-file.ts`).
 */
import { checkUrl } from '../assessment/validation';
import type { Sha256Hex } from '../exchange/format';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import { elementOrder, listIndicators } from '../instrument/lookup';
import type { PackageKind } from '../planning/package-envelope';
import { readEnvelope, refusal } from '../planning/package-envelope';
import type { RegionCatalog } from '../regions/parse-catalog';
import type { VisitError } from './visit-errors';
import type { ShareField, VisitPackage } from './visit-format';
import { MAX_VISIT_PACKAGE_BYTES, SHARE_FIELDS, VISIT_PACKAGE_FORMAT, VISIT_PACKAGE_VERSION } from './visit-format';
import type { ImportedVisitPackage } from './visit-schema';
import { visitPackageSchema } from './visit-schema';

const VISIT_PACKAGE: PackageKind<ImportedVisitPackage> = {
  format: VISIT_PACKAGE_FORMAT, version: VISIT_PACKAGE_VERSION, maxBytes: MAX_VISIT_PACKAGE_BYTES, schema: visitPackageSchema,
};

export type ParseVisitResult =
  | { readonly ok: true; readonly pkg: VisitPackage }
  | { readonly ok: false; readonly errors: readonly VisitError[] };

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
  const read = await readEnvelope(text, VISIT_PACKAGE, sha256Hex);
  // The envelope's problems are all visit-package problems too (see `VisitError`).
  if (!read.ok) return read as ParseVisitResult;
  const errors = [...read.errors] as VisitError[];
  errors.push(...checkContent(read.data, catalog));
  return errors.length > 0 ? refusal(errors) : { ok: true, pkg: restore(read.data) };
}
