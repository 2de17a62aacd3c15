import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../domain/instrument/types';
import type { DimensionId, Instrument } from '../domain/instrument/types';
import type { DimensionResult, ScoreResult } from '../domain/scoring/types';
import { hasMissingValues, radarAxesFromInstrument, radarRows, radarSeriesFromScore, wrapLabel } from './chart-data';

const LABELS = { score: 'Skor', conservative: 'Skor konservatif' };

function dimension(dimensionId: DimensionId, score: number | null, conservative: number | null): DimensionResult {
  return {
    dimensionId, score, conservative, band: null, isValid: score !== null, validElements: score === null ? 0 : 3,
    applicable: 12, answered: 12, total: 12, weight: 1, elements: [],
  };
}

function scoreWith(dimensions: DimensionResult[], answered: number, applicable: number): ScoreResult {
  return {
    instrumentVersion: 'test', weightProfileId: 'equal', index: null, conservative: null, band: null,
    predicate: null, coverage: answered / applicable, total: 72, applicable, answered, na: 72 - applicable,
    validDimensions: dimensions.filter((d) => d.isValid).length, isFinalEligible: false, spread: null,
    balance: null, dimensions, layers: [],
  };
}

const complete = scoreWith(DIMENSION_IDS.map((id, i) => dimension(id, i * 0.5 + 1, i * 0.5 + 1)), 72, 72);
const partial = scoreWith(
  DIMENSION_IDS.map((id, i) => (id === 'ENV' ? dimension(id, null, 0.5) : dimension(id, 3, 2 + i * 0.1))),
  50,
  70,
);

describe('radarSeriesFromScore', () => {
  it('gives one primary series keyed by dimension id when every applicable item is answered', () => {
    // Given a complete assessment, When shaped, Then there is no conservative series to draw
    const series = radarSeriesFromScore(complete, LABELS);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ key: 'score', label: 'Skor', style: 'primary' });
    expect(series[0]?.values).toEqual({ GOV: 1, BRD: 1.5, ECO: 2, LIV: 2.5, SOC: 3, ENV: 3.5 });
  });

  it('adds a dashed conservative series when items are unanswered, keeping nulls', () => {
    // Given a partial assessment with an invalid ENV dimension
    const series = radarSeriesFromScore(partial, LABELS);
    // Then the recorded ENV score stays null and the conservative series is dashed
    expect(series.map((s) => s.style)).toEqual(['primary', 'dashed']);
    expect(series[0]?.values.ENV).toBeNull();
    expect(series[1]?.values.ENV).toBe(0.5);
    expect(series[1]?.label).toBe('Skor konservatif');
  });
});

describe('radarRows', () => {
  it('gives one row per axis in axis order with every series value, missing as null', () => {
    const axes = [{ key: 'GOV', label: 'Gov' }, { key: 'XXX', label: 'Unknown' }];
    const rows = radarRows(axes, radarSeriesFromScore(partial, LABELS));
    expect(rows).toEqual([
      { axis: 'GOV', label: 'Gov', values: { score: 3, conservative: 2 } },
      { axis: 'XXX', label: 'Unknown', values: { score: null, conservative: null } },
    ]);
  });
});

describe('hasMissingValues', () => {
  const axes = DIMENSION_IDS.map((key) => ({ key, label: key }));
  it.each([
    ['complete score', complete, false],
    ['score with an invalid dimension', partial, true],
  ])('%s → %s', (_name, score, expected) => {
    expect(hasMissingValues(axes, radarSeriesFromScore(score, LABELS))).toBe(expected);
  });
});

describe('radarAxesFromInstrument', () => {
  it('labels the axes in the requested language, in instrument order', () => {
    const instrument = {
      version: 't', title: { id: 'T', en: 'T' }, rubric: [],
      dimensions: [
        { id: 'GOV', name: { id: 'Tata kelola', en: 'Governance' }, goal: { id: '', en: '' }, elements: [] },
        { id: 'BRD', name: { id: 'Citra', en: 'Branding' }, goal: { id: '', en: '' }, elements: [] },
      ],
    } satisfies Instrument;
    expect(radarAxesFromInstrument(instrument, 'en')).toEqual([
      { key: 'GOV', label: 'Governance' },
      { key: 'BRD', label: 'Branding' },
    ]);
    expect(radarAxesFromInstrument(instrument, 'id')[0]?.label).toBe('Tata kelola');
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Smart Governance', 14, ['Smart', 'Governance']],
    ['Smart Governance', 20, ['Smart Governance']],
    ['Tata  kelola sampah dan limbah', 12, ['Tata kelola', 'sampah dan', 'limbah']],
    ['Supercalifragilistic', 5, ['Supercalifragilistic']],
    ['', 10, []],
  ])('wraps %j at %i characters', (label, max, expected) => {
    expect(wrapLabel(label, max)).toEqual(expected);
  });
});
