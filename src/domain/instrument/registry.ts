/**
 * Every instrument version and weight profile the app can score with. Old assessments keep
 * scoring with the version they were answered under, so versions are only ever added here.
 */
import type { Instrument, WeightProfile } from './types';
import { INSTRUMENT_GMSC_2026_1 } from './gmsc-2026-1';
import { WEIGHTS_EQUAL_V1 } from './weights';

const INSTRUMENTS: readonly Instrument[] = [INSTRUMENT_GMSC_2026_1];
const WEIGHT_PROFILES: readonly WeightProfile[] = [WEIGHTS_EQUAL_V1];

/** The instrument new assessments are answered with. */
export const CURRENT_INSTRUMENT: Instrument = INSTRUMENT_GMSC_2026_1;

/** The weight profile used unless the user picks another. */
export const DEFAULT_WEIGHT_PROFILE: WeightProfile = WEIGHTS_EQUAL_V1;

/** Returns the instrument with this version, or undefined when this build does not know it. */
export function getInstrument(version: string): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.version === version);
}

/** Returns the weight profile with this id, or undefined when this build does not know it. */
export function getWeightProfile(id: string): WeightProfile | undefined {
  return WEIGHT_PROFILES.find((p) => p.id === id);
}
