// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, LAYERS, LEVELS } from './types';
import { INSTRUMENT_GMSC_2026_1 } from './gmsc-2026-1';
import { indicatorCountOf } from './indicator-counts';
import {
  elementOrder,
  findDimension,
  findElement,
  findIndicator,
  listIndicators,
  nextElementId,
  previousElementId,
  rubricLevel,
} from './lookup';
import {
  CURRENT_INSTRUMENT,
  DEFAULT_WEIGHT_PROFILE,
  getInstrument,
  getWeightProfile,
} from './registry';
import { WEIGHTS_EQUAL_V1 } from './weights';

const instrument = INSTRUMENT_GMSC_2026_1;

/** The items marked † in assessment-model.md §6.9, read by hand. */
const NA_ALLOWED_IDS = ['BRD.1.3', 'BRD.1.4', 'ECO.1.4', 'LIV.3.1', 'ENV.3.3'];

describe('instrument gmsc-2026.1: structure', () => {
  it('has version and title', () => {
    expect(instrument.version).toBe('gmsc-2026.1');
    expect(instrument.title).toEqual({ id: 'Instrumen Kesiapan Smart City', en: 'Smart City Readiness Instrument' });
  });

  it('has the 6 dimensions in order GOV, BRD, ECO, LIV, SOC, ENV', () => {
    expect(instrument.dimensions.map((d) => d.id)).toEqual(['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV']);
    expect(instrument.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it('has 18 elements, 3 per dimension, with ids D.1–D.3 and a consistent dimensionId', () => {
    expect(elementOrder(instrument)).toHaveLength(18);
    for (const d of instrument.dimensions) {
      expect(d.elements.map((e) => e.id)).toEqual([`${d.id}.1`, `${d.id}.2`, `${d.id}.3`]);
      for (const e of d.elements) expect(e.dimensionId).toBe(d.id);
    }
  });

  it('has 72 unique indicators with well-formed ids, 4 per element, consistent parents', () => {
    const indicators = listIndicators(instrument);
    expect(indicators).toHaveLength(72);
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(72);
    for (const id of ids) expect(id).toMatch(/^(GOV|BRD|ECO|LIV|SOC|ENV)\.[1-3]\.[1-4]$/);
    for (const d of instrument.dimensions) {
      for (const e of d.elements) {
        expect(e.indicators.map((i) => i.id)).toEqual([1, 2, 3, 4].map((n) => `${e.id}.${n}`));
        for (const i of e.indicators) {
          expect(i.elementId).toBe(e.id);
          expect(i.dimensionId).toBe(d.id);
          expect(LAYERS).toContain(i.layer);
        }
      }
    }
  });

  it('allows NA on exactly the † items of §6.9', () => {
    const naAllowed = listIndicators(instrument).filter((i) => i.naAllowed).map((i) => i.id);
    expect(naAllowed).toEqual(NA_ALLOWED_IDS);
  });

  it('has a few layers as in §6.9', () => {
    expect(findIndicator(instrument, 'GOV.1.1')?.layer).toBe('LAY');
    expect(findIndicator(instrument, 'GOV.3.1')?.layer).toBe('SUP');
    expect(findIndicator(instrument, 'ECO.3.4')?.layer).toBe('STR');
    expect(findIndicator(instrument, 'ENV.3.4')?.layer).toBe('DMP');
    expect(findIndicator(instrument, 'SOC.2.1')?.layer).toBe('INF');
  });

  it('has non-empty text in both languages everywhere, and no † in questions', () => {
    const texts = [
      instrument.title,
      ...instrument.dimensions.flatMap((d) => [d.name, d.goal]),
      ...elementOrder(instrument).map((e) => e.name),
      ...listIndicators(instrument).flatMap((i) => [i.question, i.evidenceHint]),
      ...instrument.rubric.flatMap((r) => [r.name, r.descriptor]),
    ];
    for (const t of texts) {
      expect(t.id.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(t.id).toBe(t.id.trim());
      expect(t.en).toBe(t.en.trim());
    }
    for (const i of listIndicators(instrument)) {
      expect(i.question.id).not.toContain('†');
      expect(i.question.en).not.toContain('†');
    }
  });

  it('has a rubric with 6 levels 0–5 in order', () => {
    expect(instrument.rubric.map((r) => r.level)).toEqual([...LEVELS]);
    expect(instrument.rubric.map((r) => r.name.id)).toEqual([
      'Belum Ada',
      'Rintisan',
      'Terkelola',
      'Terdefinisi',
      'Terpadu dan Terukur',
      'Optimum',
    ]);
  });
});

describe('lookup helpers', () => {
  it('lists indicators in questionnaire order and memoises per instrument', () => {
    const list = listIndicators(instrument);
    expect(list[0]?.id).toBe('GOV.1.1');
    expect(list[4]?.id).toBe('GOV.2.1');
    expect(list[12]?.id).toBe('BRD.1.1');
    expect(list[71]?.id).toBe('ENV.3.4');
    expect(listIndicators(instrument)).toBe(list);
  });

  it('finds indicators, elements and dimensions by id, undefined for unknown ids', () => {
    expect(findIndicator(instrument, 'LIV.2.3')?.elementId).toBe('LIV.2');
    expect(findIndicator(instrument, 'LIV.2.5')).toBeUndefined();
    expect(findElement(instrument, 'SOC.3')?.name.id).toBe('Keamanan');
    expect(findElement(instrument, 'SOC.4')).toBeUndefined();
    expect(findDimension(instrument, 'ENV')?.name.en).toBe('Smart Environment');
    expect(findDimension(instrument, 'XYZ')).toBeUndefined();
  });

  it('navigates between elements across dimension boundaries', () => {
    expect(nextElementId(instrument, 'GOV.1')).toBe('GOV.2');
    expect(nextElementId(instrument, 'GOV.3')).toBe('BRD.1');
    expect(previousElementId(instrument, 'BRD.1')).toBe('GOV.3');
    expect(previousElementId(instrument, 'ENV.2')).toBe('ENV.1');
  });

  it('returns undefined at the ends and for unknown elements', () => {
    expect(previousElementId(instrument, 'GOV.1')).toBeUndefined();
    expect(nextElementId(instrument, 'ENV.3')).toBeUndefined();
    expect(nextElementId(instrument, 'NOPE.1')).toBeUndefined();
    expect(previousElementId(instrument, 'NOPE.1')).toBeUndefined();
  });

  it('returns rubric levels by number', () => {
    expect(rubricLevel(instrument, 0)?.name.id).toBe('Belum Ada');
    expect(rubricLevel(instrument, 4)?.name).toEqual({ id: 'Terpadu dan Terukur', en: 'Integrated and measured' });
    expect(rubricLevel(instrument, 5)?.descriptor.en).toBe(
      'Continuously improved from evaluation; proven impact; replicated.',
    );
  });
});

describe('registry and weights', () => {
  it('knows the indicator count of every registered instrument (the home list uses it without the text)', () => {
    for (const version of ['gmsc-2026.1']) {
      const known = getInstrument(version);
      expect(known).toBeDefined();
      if (known) expect(indicatorCountOf(version)).toBe(listIndicators(known).length);
    }
    expect(indicatorCountOf('gmsc-1999.1')).toBeUndefined();
  });

  it('returns known instruments and profiles, undefined for unknown ones', () => {
    expect(CURRENT_INSTRUMENT).toBe(instrument);
    expect(getInstrument('gmsc-2026.1')).toBe(instrument);
    expect(getInstrument('gmsc-2099.9')).toBeUndefined();
    expect(getInstrument('')).toBeUndefined();
    expect(DEFAULT_WEIGHT_PROFILE).toBe(WEIGHTS_EQUAL_V1);
    expect(getWeightProfile('equal-v1')).toBe(WEIGHTS_EQUAL_V1);
    expect(getWeightProfile('expert-v1')).toBeUndefined();
  });

  it('ties the default weight profile to the current instrument version', () => {
    expect(DEFAULT_WEIGHT_PROFILE.instrumentVersion).toBe(CURRENT_INSTRUMENT.version);
  });
});
