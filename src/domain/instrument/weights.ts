/**
 * Weight profiles (§6.4). Weights are data: a profile is identified by its id, stored with every
 * score, and benchmarks compare only results computed with the same instrument version and
 * weight profile. Missing entries weigh 1.
 */
import type { WeightProfile } from './types';
import { GMSC_2026_1_VERSION } from './gmsc-2026-1';

/**
 * Default profile: every indicator, element and dimension weighs 1 (dimensions therefore 1/6).
 * GM100SC publishes no weights; equal weighting follows Giffinger (§6.4).
 * Persisted by id: do not change `id` or the meaning of this profile; add a new one instead.
 */
export const WEIGHTS_EQUAL_V1: WeightProfile = {
  id: 'equal-v1',
  instrumentVersion: GMSC_2026_1_VERSION,
  name: { id: 'Bobot setara', en: 'Equal weights' },
  indicator: {},
  element: {},
  dimension: {},
};

