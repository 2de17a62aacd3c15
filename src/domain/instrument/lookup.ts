/**
 * Pure lookups over an instrument: flat lists in questionnaire order and navigation between
 * elements. Results are derived from the instrument object, never stored.
 */
import type { DimensionDef, ElementDef, IndicatorDef, Instrument, Level, RubricLevel } from './types';

const indicatorCache = new WeakMap<Instrument, readonly IndicatorDef[]>();
const elementCache = new WeakMap<Instrument, readonly ElementDef[]>();

/**
 * Returns all indicators in questionnaire order (dimension, element, indicator). Memoised per
 * instrument object, so repeated calls return the same array.
 */
export function listIndicators(instrument: Instrument): readonly IndicatorDef[] {
  let list = indicatorCache.get(instrument);
  if (!list) {
    list = elementOrder(instrument).flatMap((e) => e.indicators);
    indicatorCache.set(instrument, list);
  }
  return list;
}

/** Returns all elements as one flat list in questionnaire order. Memoised per instrument. */
export function elementOrder(instrument: Instrument): readonly ElementDef[] {
  let list = elementCache.get(instrument);
  if (!list) {
    list = instrument.dimensions.flatMap((d) => d.elements);
    elementCache.set(instrument, list);
  }
  return list;
}

/** Returns the indicator with this id (e.g. `GOV.1.1`), or undefined. */
export function findIndicator(instrument: Instrument, id: string): IndicatorDef | undefined {
  return listIndicators(instrument).find((i) => i.id === id);
}

/** Returns the element with this id (e.g. `GOV.1`), or undefined. */
export function findElement(instrument: Instrument, id: string): ElementDef | undefined {
  return elementOrder(instrument).find((e) => e.id === id);
}

/** Returns the dimension with this id (e.g. `GOV`), or undefined. */
export function findDimension(instrument: Instrument, id: string): DimensionDef | undefined {
  return instrument.dimensions.find((d) => d.id === id);
}

function elementAtOffset(instrument: Instrument, elementId: string, offset: number): string | undefined {
  const order = elementOrder(instrument);
  const index = order.findIndex((e) => e.id === elementId);
  if (index < 0) return undefined;
  return order[index + offset]?.id;
}

/**
 * Returns the id of the element after `elementId` in questionnaire order, crossing into the next
 * dimension (`GOV.3` → `BRD.1`); undefined after the last element or for an unknown id.
 */
export function nextElementId(instrument: Instrument, elementId: string): string | undefined {
  return elementAtOffset(instrument, elementId, 1);
}

/**
 * Returns the id of the element before `elementId` in questionnaire order, crossing into the
 * previous dimension (`BRD.1` → `GOV.3`); undefined before the first element or for an unknown id.
 */
export function previousElementId(instrument: Instrument, elementId: string): string | undefined {
  return elementAtOffset(instrument, elementId, -1);
}

/** Returns the rubric entry (name and descriptor) for a 0–5 level, or undefined if missing. */
export function rubricLevel(instrument: Instrument, level: Level): RubricLevel | undefined {
  return instrument.rubric.find((r) => r.level === level);
}
