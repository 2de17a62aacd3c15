/**
 * Fixtures for the exchange tests: complete assessments on the real instrument and catalogue,
 * and a Node SHA-256 (tests run in Node; the app injects Web Crypto from `lib/sha256.ts`).
 */
import { createHash } from 'node:crypto';
import type { Answer, AnswerMap, Assessment } from '../assessment/types';
import { listIndicators } from '../instrument/lookup';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../instrument/registry';
import type { Level } from '../instrument/types';
import { parseRegionCatalog } from '../regions/parse-catalog';
import type { RegionCatalog } from '../regions/parse-catalog';
import rawRegions from '../regions/regions-data.json';
import type { ExportBundle } from './build-export';

export const nodeSha256Hex = async (text: string): Promise<string> => createHash('sha256').update(text, 'utf8').digest('hex');

let catalog: RegionCatalog | undefined;
export function testCatalog(): RegionCatalog {
  catalog ??= parseRegionCatalog(rawRegions);
  return catalog;
}

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a-cirebon-2026',
    regionCode: '32.74',
    period: 2026,
    instrumentVersion: CURRENT_INSTRUMENT.version,
    weightProfileId: DEFAULT_WEIGHT_PROFILE.id,
    status: 'draft',
    team: 'Tim Smart City',
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-02-01T09:30:00.000Z',
    ...overrides,
  };
}

/** All 72 indicators answered: level = position mod 6, BRD.1.3 NA with a reason, a note and evidence on GOV.1.1. */
export function completeAnswers(): AnswerMap {
  const answers: Record<string, Answer> = {};
  listIndicators(CURRENT_INSTRUMENT).forEach((indicator, i) => {
    answers[indicator.id] = { indicatorId: indicator.id, level: (i % 6) as Level, evidence: [] };
  });
  answers['BRD.1.3'] = { indicatorId: 'BRD.1.3', level: 'NA', naReason: 'Tidak ada destinasi berbayar.', evidence: [] };
  answers['GOV.1.1'] = {
    indicatorId: 'GOV.1.1',
    level: 3,
    note: 'Masterplan "2019"; disahkan',
    answeredBy: 'Bappeda',
    answeredAt: '2026-01-11T09:00:00.000Z',
    evidence: [
      { id: 'ev-1', kind: 'regulasi', title: 'Perbup No. 107 Tahun 2019', reference: 'S:\\SmartCity\\perbup.pdf', url: 'https://jdih.example.go.id/107', date: '2019-12-30', ownerOpd: 'Diskominfo' },
    ],
  };
  return answers;
}

export function makeBundle(overrides: Partial<Assessment> = {}, answers: AnswerMap = completeAnswers()): ExportBundle {
  return { assessment: makeAssessment(overrides), answers };
}
