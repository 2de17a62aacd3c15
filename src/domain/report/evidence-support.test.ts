// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answer, Evidence, EvidenceKind } from '../assessment/types';
import { EVIDENCE_KINDS } from '../assessment/types';
import type { Level } from '../instrument/types';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import { listIndicators } from '../instrument/lookup';
import { scoreAssessment } from '../scoring/score-assessment';
import {
  EVIDENCE_SUPPORT_LEVEL, evidenceCaps, scoreEvidenceSupported, supportedLevel,
} from './evidence-support';

function ev(kind: EvidenceKind): Evidence {
  return { id: kind, kind, title: `Bukti ${kind}`, reference: '' };
}

function answer(level: Answer['level'], kinds: readonly EvidenceKind[] = []): Answer {
  return { indicatorId: 'GOV.1.1', level, evidence: kinds.map(ev), ...(level === 'NA' ? { naReason: 'x' } : {}) };
}

describe('EVIDENCE_SUPPORT_LEVEL', () => {
  it('maps every persisted evidence kind to a level, following the §6.3 evidence rule', () => {
    expect(Object.keys(EVIDENCE_SUPPORT_LEVEL).sort()).toEqual([...EVIDENCE_KINDS].sort());
    expect(EVIDENCE_SUPPORT_LEVEL).toEqual({
      foto: 1, aplikasi_url: 1, lainnya: 1, dokumen_rencana: 2, sk: 3, regulasi: 3, sop: 3, data: 4, laporan: 5,
    });
  });
});

describe('supportedLevel', () => {
  it.each<[string, Answer['level'], readonly EvidenceKind[], Level | null]>([
    // Given a claimed level and evidence kinds, then the level is capped at the best evidence.
    ['level 4 with only a photo is capped at 1', 4, ['foto'], 1],
    ['level 3 with an SK keeps 3', 3, ['sk'], 3],
    ['level 2 with a regulation keeps 2 (never raised above the claim)', 2, ['regulasi'], 2],
    ['level 5 with data and a report keeps 5', 5, ['data', 'laporan'], 5],
    ['level 5 with data only is capped at 4', 5, ['data', 'foto'], 4],
    ['level 4 with a plan and an SOP is capped at 3', 4, ['dokumen_rencana', 'sop'], 3],
    ['level 4 without evidence is capped at 0', 4, [], 0],
    ['level 0 without evidence stays 0', 0, [], 0],
    ['"Tidak relevan" is not touched', 'NA', ['foto'], null],
    ['unanswered is not touched', null, [], null],
  ])('%s', (_name, level, kinds, expected) => {
    expect(supportedLevel(answer(level, kinds))).toBe(expected);
  });
});

describe('scoreEvidenceSupported on NA and unanswered', () => {
  it('caps levels only: NA and unanswered count as in the claimed score, and the input is not mutated', () => {
    const naId = listIndicators(CURRENT_INSTRUMENT).find((i) => i.naAllowed)?.id ?? '';
    const answers: Record<string, Answer> = {
      'GOV.1.1': { ...answer(4, ['foto']), note: 'catatan' },
      [naId]: { ...answer('NA'), indicatorId: naId },
    };
    const claimed = scoreAssessment(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers);
    const supported = scoreEvidenceSupported(CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE, answers);
    expect([supported.answered, supported.na, supported.applicable]).toEqual([claimed.answered, claimed.na, claimed.applicable]);
    expect([claimed.answered, claimed.na]).toEqual([1, 1]);
    expect(supported.dimensions[0]?.elements[0]?.score).toBe(1); // GOV.1: only GOV.1.1, capped 4 → 1
    expect(answers['GOV.1.1']?.level).toBe(4); // input not mutated
  });
});

describe('evidenceCaps and scoreEvidenceSupported', () => {
  const instrument = CURRENT_INSTRUMENT;
  const weights = DEFAULT_WEIGHT_PROFILE;
  // Given every indicator answered 0, and in GOV.1: 4 with a photo, 3 with an SK, 2 without evidence.
  const answers: Record<string, Answer> = Object.fromEntries(
    listIndicators(instrument).map((i) => [i.id, { ...answer(0), indicatorId: i.id }]),
  );
  answers['GOV.1.1'] = { ...answer(4, ['foto']), indicatorId: 'GOV.1.1' };
  answers['GOV.1.2'] = { ...answer(3, ['sk']), indicatorId: 'GOV.1.2' };
  answers['GOV.1.3'] = { ...answer(2), indicatorId: 'GOV.1.3' };
  answers['GOV.2.1'] = { ...answer(7 as Level, ['laporan']), indicatorId: 'GOV.2.1' }; // malformed: unanswered

  it('lists the answers whose level is above what their evidence supports, in instrument order', () => {
    expect(evidenceCaps(instrument, answers)).toEqual([
      { indicatorId: 'GOV.1.1', elementId: 'GOV.1', dimensionId: 'GOV', level: 4, supported: 1 },
      { indicatorId: 'GOV.1.3', elementId: 'GOV.1', dimensionId: 'GOV', level: 2, supported: 0 },
    ]);
  });

  it('scores the capped answers: GOV.1 is (1 + 3 + 0 + 0) / 4 = 1 instead of (4 + 3 + 2 + 0) / 4 = 2.25', () => {
    const supported = scoreEvidenceSupported(instrument, weights, answers);
    const element = (s: typeof supported) => s.dimensions[0]?.elements[0];
    expect(element(supported)).toMatchObject({ elementId: 'GOV.1', score: 1 });
    expect(element(scoreAssessment(instrument, weights, answers))?.score).toBe(2.25);
  });
});
