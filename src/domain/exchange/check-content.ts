/**
 * Checks of a schema-valid envelope that need the app's knowledge: instrument versions and
 * weight profiles this build can score, indicator ids of that instrument, "Tidak relevan" rules,
 * region codes of the catalogue, evidence links, and duplicates inside the file.
 */
import { checkUrl } from '../assessment/validation';
import { listIndicators } from '../instrument/lookup';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import type { IndicatorDef, Instrument } from '../instrument/types';
import type { RegionCatalog } from '../regions/parse-catalog';
import type { ImportError } from './import-errors';
import { locate } from './import-errors';
import type { ImportedAnswer, ImportedAssessment } from './schema';

const indicatorMaps = new WeakMap<Instrument, ReadonlyMap<string, IndicatorDef>>();

function indicatorsById(instrument: Instrument): ReadonlyMap<string, IndicatorDef> {
  let map = indicatorMaps.get(instrument);
  if (!map) {
    map = new Map(listIndicators(instrument).map((i) => [i.id, i]));
    indicatorMaps.set(instrument, map);
  }
  return map;
}

function checkAnswer(
  id: string,
  answer: ImportedAnswer,
  indicators: ReadonlyMap<string, IndicatorDef>,
  where: (extra: { indicatorId: string; field?: string }) => ReturnType<typeof locate>,
): ImportError[] {
  const indicator = indicators.get(id);
  if (!indicator) return [{ code: 'unknown_indicator', at: where({ indicatorId: id }), value: id }];
  const errors: ImportError[] = [];
  if (answer.level === 'NA' && !indicator.naAllowed) {
    errors.push({ code: 'na_not_allowed', at: where({ indicatorId: id, field: 'level' }) });
  } else if (answer.level === 'NA' && (answer.naReason ?? '').trim() === '') {
    errors.push({ code: 'na_reason_missing', at: where({ indicatorId: id, field: 'naReason' }) });
  }
  (answer.evidence ?? []).forEach((e, i) => {
    const wrong = e.url === undefined ? undefined : checkUrl(e.url);
    if (e.url !== undefined && wrong) {
      const code = wrong.code === 'url_no_host' ? 'url_no_host' : 'url_invalid';
      errors.push({ code, at: where({ indicatorId: id, field: `evidence[${i}].url` }), value: e.url.slice(0, 60) });
    }
  });
  return errors;
}

function checkAssessment(a: ImportedAssessment, index: number, catalog: RegionCatalog): ImportError[] {
  const where = (extra: { indicatorId?: string; field?: string } = {}) => locate(a, index, extra);
  const errors: ImportError[] = [];
  if (!catalog.byCode.has(a.region.code)) {
    errors.push({ code: 'unknown_region', at: where({ field: 'region.code' }), value: a.region.code });
  }
  const instrument = getInstrument(a.instrumentVersion);
  if (!instrument) {
    return [...errors, { code: 'unknown_instrument', at: where({ field: 'instrumentVersion' }), value: a.instrumentVersion }];
  }
  const weights = getWeightProfile(a.weightProfileId);
  if (!weights || weights.instrumentVersion !== instrument.version) {
    errors.push({ code: 'unknown_weight_profile', at: where({ field: 'weightProfileId' }), value: a.weightProfileId });
  }
  const indicators = indicatorsById(instrument);
  for (const [id, answer] of Object.entries(a.answers)) errors.push(...checkAnswer(id, answer, indicators, where));
  for (const id of a.workPackage?.indicatorIds ?? []) {
    if (!indicators.has(id)) errors.push({ code: 'unknown_indicator', at: where({ field: 'workPackage.indicatorIds' }), value: id });
  }
  return errors;
}

function checkDuplicates(assessments: readonly ImportedAssessment[]): ImportError[] {
  const errors: ImportError[] = [];
  const byId = new Map<string, number>();
  const byRegionPeriod = new Map<string, number>();
  assessments.forEach((a, index) => {
    const key = `${a.region.code}|${a.period}`;
    const sameId = byId.get(a.id);
    const sameRegion = byRegionPeriod.get(key);
    if (sameId !== undefined) {
      errors.push({ code: 'duplicate_id', at: locate(a, index), value: a.id, firstPosition: sameId + 1 });
    } else if (sameRegion !== undefined) {
      errors.push({ code: 'duplicate_region_period', at: locate(a, index), firstPosition: sameRegion + 1 });
    }
    if (sameId === undefined) byId.set(a.id, index);
    if (sameRegion === undefined) byRegionPeriod.set(key, index);
  });
  return errors;
}

/**
 * Returns every content problem of a schema-valid list of assessments (empty when importable):
 * unknown region, instrument version, weight profile or indicator id; NA where not allowed or
 * without reason; evidence links that are not http(s); ids or region+period pairs repeated.
 */
export function checkContent(assessments: readonly ImportedAssessment[], catalog: RegionCatalog): ImportError[] {
  return [...assessments.flatMap((a, i) => checkAssessment(a, i, catalog)), ...checkDuplicates(assessments)];
}
