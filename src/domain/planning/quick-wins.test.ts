// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersFrom, buildInstrument, buildWeightProfile } from '../../test/instrument-fixture';
import type { AnswerMap } from '../assessment/types';
import type { Instrument, WeightProfile } from '../instrument/types';
import { bandOf } from '../scoring/bands';
import { scoreAssessment } from '../scoring/score-assessment';
import { rankQuickWins } from './quick-wins';

const instrument = buildInstrument();

/**
 * Equal weights. Hand-computed (W = answered count, next level L+1 reached at score ≥ L + 0.5):
 * - GOV.1 3,2,2,2 = 2.25 (band 2) → 2.5 needs Σ ≥ 10, has 9: 1 step, GOV.1.2 2→3, gain 0.25.
 * - GOV.2 1,1,1,1 = 1 (band 1) → 1.5 needs 6, has 4: 2 steps, GOV.2.1 and GOV.2.2 1→2, gain 0.5.
 * - GOV.3 0,0,0,4 = 1 (band 1): 2 steps, GOV.3.1 and GOV.3.2 0→1, gain 0.5.
 * - BRD.1 2,2,3,– = 7/3 (band 2) → 2.5 needs 7.5, has 7: 1 step, BRD.1.1 2→3 → 8/3, gain 1/3.
 * - BRD.2 4,4,5,5 = 4.5: band 5, nothing to reach.
 * - BRD.3 one answer of four: not valid → answer first.
 * - ECO.1 0,0,0,0 = 0 → 0.5 needs 2: 2 steps, ECO.1.1 and ECO.1.2 0→1, gain 0.5.
 * - ECO.2 3,3,3,3 = 3 → 3.5 needs 14, has 12: 2 steps, gain 0.5.
 * - ECO.3 2,2,2,1 = 1.75 (band 2) → 2.5 needs 10, has 7: 3 steps; the weakest first: ECO.3.4 1→2,
 *   then ECO.3.1 and ECO.3.2 2→3, gain 0.75.
 * - LIV, SOC, ENV unanswered: not valid → answer first.
 */
const answers = answersFrom({
  'GOV.1.1': 3, 'GOV.1.2': 2, 'GOV.1.3': 2, 'GOV.1.4': 2,
  'GOV.2.1': 1, 'GOV.2.2': 1, 'GOV.2.3': 1, 'GOV.2.4': 1,
  'GOV.3.1': 0, 'GOV.3.2': 0, 'GOV.3.3': 0, 'GOV.3.4': 4,
  'BRD.1.1': 2, 'BRD.1.2': 2, 'BRD.1.3': 3,
  'BRD.2.1': 4, 'BRD.2.2': 4, 'BRD.2.3': 5, 'BRD.2.4': 5,
  'BRD.3.1': 3,
  'ECO.1.1': 0, 'ECO.1.2': 0, 'ECO.1.3': 0, 'ECO.1.4': 0,
  'ECO.2.1': 3, 'ECO.2.2': 3, 'ECO.2.3': 3, 'ECO.2.4': 3,
  'ECO.3.1': 2, 'ECO.3.2': 2, 'ECO.3.3': 2, 'ECO.3.4': 1,
});

function rank(weights: WeightProfile, map: AnswerMap, inst: Instrument = instrument) {
  return rankQuickWins(inst, weights, map, scoreAssessment(inst, weights, map));
}

describe('rankQuickWins with equal weights', () => {
  const ranking = rank(buildWeightProfile(), answers);

  it('ranks by fewest steps, then larger gain, then instrument order', () => {
    expect(ranking.suggestions.map((s) => [s.elementId, s.steps])).toEqual([
      ['BRD.1', 1], // gain 1/3
      ['GOV.1', 1], // gain 0.25
      ['GOV.2', 2],
      ['GOV.3', 2],
      ['ECO.1', 2],
      ['ECO.2', 2],
      ['ECO.3', 3],
    ]);
  });

  it('gives current score, band, next level, score after and the raises (weakest first)', () => {
    const byId = new Map(ranking.suggestions.map((s) => [s.elementId, s]));
    expect(byId.get('GOV.1')).toMatchObject({
      dimensionId: 'GOV', currentScore: 2.25, band: 2, nextLevel: 3, steps: 1, scoreAfter: 2.5, gain: 0.25,
      raises: [{ indicatorId: 'GOV.1.2', from: 2, to: 3 }],
    });
    expect(byId.get('GOV.2')?.raises).toEqual([{ indicatorId: 'GOV.2.1', from: 1, to: 2 }, { indicatorId: 'GOV.2.2', from: 1, to: 2 }]);
    expect(byId.get('GOV.3')?.raises).toEqual([{ indicatorId: 'GOV.3.1', from: 0, to: 1 }, { indicatorId: 'GOV.3.2', from: 0, to: 1 }]);
    expect(byId.get('BRD.1')).toMatchObject({ nextLevel: 3, raises: [{ indicatorId: 'BRD.1.1', from: 2, to: 3 }] });
    expect(byId.get('BRD.1')?.scoreAfter).toBeCloseTo(8 / 3, 12);
    expect(byId.get('ECO.1')).toMatchObject({ band: 0, nextLevel: 1, scoreAfter: 0.5 });
    expect(byId.get('ECO.3')).toMatchObject({
      band: 2, nextLevel: 3, steps: 3, scoreAfter: 2.5, gain: 0.75,
      raises: [{ indicatorId: 'ECO.3.1', from: 2, to: 3 }, { indicatorId: 'ECO.3.2', from: 2, to: 3 }, { indicatorId: 'ECO.3.4', from: 1, to: 2 }],
    });
  });

  it('leaves out elements at level 5 and lists invalid ones as "answer first"', () => {
    expect(ranking.suggestions.some((s) => s.elementId === 'BRD.2')).toBe(false);
    expect(ranking.needsAnswers).toEqual(['BRD.3', 'LIV.1', 'LIV.2', 'LIV.3', 'SOC.1', 'SOC.2', 'SOC.3', 'ENV.1', 'ENV.2', 'ENV.3']);
  });

  it('never counts unanswered indicators, and leaves out elements with every indicator NA', () => {
    const naInstrument = buildInstrument({ naAllowed: ['LIV.1.1', 'LIV.1.2', 'LIV.1.3', 'LIV.1.4'] });
    const map = { ...answers, ...answersFrom({ 'LIV.1.1': 'NA', 'LIV.1.2': 'NA', 'LIV.1.3': 'NA', 'LIV.1.4': 'NA' }) };
    const r = rank(buildWeightProfile(), map, naInstrument);
    expect(r.needsAnswers).not.toContain('LIV.1');
    expect(r.suggestions.some((s) => s.elementId === 'LIV.1')).toBe(false);
    // BRD.1.4 is unanswered: BRD.1 still needs one raise of an answered indicator.
    expect(r.suggestions.find((s) => s.elementId === 'BRD.1')?.raises.map((x) => x.indicatorId)).toEqual(['BRD.1.1']);
  });
});

/**
 * Weighted: LIV.1 weights 3,1,1,1 at 1,1,1,1: W = 6, Σ = 6 → 1.5 needs Σ ≥ 9: one raise of the
 * weight-3 indicator (equal weights would need two). LIV.2 weights 2,1,1,1 at 5,1,1,1: W = 5,
 * Σ = 13 = 2.6 (band 3) → 3.5 needs 17.5: the weight-2 indicator is at 5, so five weight-1 raises,
 * weakest first: LIV.2.2 1→3, LIV.2.3 1→3, LIV.2.4 1→2 → 18/5 = 3.6. LIV.3 weights 2,1 at 3,1 (two
 * of four answered, valid): W = 3, Σ = 7 → 2.5 needs 7.5: one raise, the heavier LIV.3.1 → 9/3 = 3.
 */
const weighted = buildWeightProfile({ indicator: { 'LIV.1.1': 3, 'LIV.2.1': 2, 'LIV.3.1': 2 } });
const weightedAnswers = answersFrom({
  'LIV.1.1': 1, 'LIV.1.2': 1, 'LIV.1.3': 1, 'LIV.1.4': 1,
  'LIV.2.1': 5, 'LIV.2.2': 1, 'LIV.2.3': 1, 'LIV.2.4': 1,
  'LIV.3.1': 3, 'LIV.3.2': 1,
});

describe('rankQuickWins with weights', () => {
  const byId = new Map(rank(weighted, weightedAnswers).suggestions.map((s) => [s.elementId, s]));

  it('raises the heaviest indicator first', () => {
    expect(byId.get('LIV.1')).toMatchObject({ steps: 1, scoreAfter: 1.5, raises: [{ indicatorId: 'LIV.1.1', from: 1, to: 2 }] });
    expect(byId.get('LIV.3')).toMatchObject({ steps: 1, scoreAfter: 3, raises: [{ indicatorId: 'LIV.3.1', from: 3, to: 4 }] });
  });

  it('spreads equal-weight raises over the weakest indicators', () => {
    expect(byId.get('LIV.2')).toMatchObject({
      currentScore: 2.6, band: 3, nextLevel: 4, steps: 5,
      raises: [{ indicatorId: 'LIV.2.2', from: 1, to: 3 }, { indicatorId: 'LIV.2.3', from: 1, to: 3 }, { indicatorId: 'LIV.2.4', from: 1, to: 2 }],
    });
    expect(byId.get('LIV.2')?.scoreAfter).toBeCloseTo(3.6, 12);
  });

  it('is minimal: applying the raises reaches the next level, and no plan with one step fewer does', () => {
    for (const s of byId.values()) {
      const raised = { ...weightedAnswers, ...answersFrom(Object.fromEntries(s.raises.map((r) => [r.indicatorId, r.to]))) };
      const after = scoreAssessment(instrument, weighted, raised).dimensions.flatMap((d) => d.elements).find((e) => e.elementId === s.elementId);
      expect(after?.band).toBe(s.nextLevel);
      expect(reachableWith(s.elementId, s.steps, s.nextLevel)).toBe(true);
      expect(reachableWith(s.elementId, s.steps - 1, s.nextLevel)).toBe(false);
    }
  });
});

/** Brute force: can at most `steps` raises of LIV answers reach `level` on element `elementId`? */
function reachableWith(elementId: string, steps: number, level: number): boolean {
  const items = Object.values(weightedAnswers)
    .filter((a) => a.indicatorId.startsWith(`${elementId}.`))
    .map((a) => ({ weight: weighted.indicator[a.indicatorId] ?? 1, level: a.level as number }));
  const weightTotal = items.reduce((sum, i) => sum + i.weight, 0);
  const search = (index: number, left: number, sum: number): boolean => {
    if (index === items.length) return bandOf(sum / weightTotal) >= level;
    const item = items[index];
    if (!item) return false;
    for (let r = 0; r <= Math.min(left, 5 - item.level); r++) {
      if (search(index + 1, left - r, sum + item.weight * (item.level + r))) return true;
    }
    return false;
  };
  return steps >= 0 && search(0, steps, 0);
}
