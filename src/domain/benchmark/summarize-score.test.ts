// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerMap } from '../assessment/types';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import { listIndicators } from '../instrument/lookup';
import type { Level } from '../instrument/types';
import { scoreAssessment } from '../scoring/score-assessment';
import { summarizeScore } from './summarize-score';

function answers(levelOf: (dimensionId: string) => Level | null): AnswerMap {
  const map: Record<string, Answer> = {};
  for (const i of listIndicators(CURRENT_INSTRUMENT)) {
    const level = levelOf(i.dimensionId);
    if (level !== null) map[i.id] = { indicatorId: i.id, level, evidence: [] };
  }
  return map;
}

describe('summarizeScore', () => {
  it('keeps the index, six dimensions and 18 elements of a complete assessment', () => {
    const levels: Record<string, Level> = { GOV: 5, BRD: 4, ECO: 4, LIV: 4, SOC: 4, ENV: 3 };
    const score = scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers((d) => levels[d] ?? 0));
    const s = summarizeScore(score);
    expect(s.index).toBe(4);
    expect(s.dimensions).toEqual({ GOV: 5, BRD: 4, ECO: 4, LIV: 4, SOC: 4, ENV: 3 });
    expect(Object.keys(s.elements)).toHaveLength(18);
    expect(s.elements['ENV.2']).toBe(3);
  });

  it('turns invalid dimensions and elements into null', () => {
    const score = scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers((d) => (d === 'GOV' ? 2 : null)));
    const s = summarizeScore(score);
    expect(s.dimensions.GOV).toBe(2);
    expect(s.dimensions.ENV).toBeNull();
    expect(s.elements['ENV.1']).toBeNull();
    expect(s.index).toBe(2);
  });
});
