// @vitest-environment node
import { quickWinAction } from '../planning/plan';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from './build-export';
import type { AssessmentPlan } from '../planning/types';
import { completeAnswers, makeBundle, nodeSha256Hex, testCatalog } from './exchange-test-data';
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import { checkIntegrity } from './integrity';
import { parseImport } from './parse-import';

const params = {
  catalog: testCatalog(),
  appName: 'Siap Cerdas',
  appVersion: '0.1.0',
  exportedAt: '2026-11-22T03:00:00.000Z',
  sha256Hex: nodeSha256Hex,
};

describe('buildExport', () => {
  it('writes the envelope, region info, answers by indicator id and informational scores', async () => {
    const env = await buildExport({ ...params, bundles: [makeBundle()] });
    expect(env).toMatchObject({ format: FORMAT_NAME, formatVersion: FORMAT_VERSION, app: { name: 'Siap Cerdas', version: '0.1.0' }, exportedAt: params.exportedAt });
    const [a] = env.assessments;
    expect(a?.region).toEqual({ code: '32.74', name: 'Kota Cirebon', type: 'kota', provinceCode: '32', provinceName: 'Jawa Barat' });
    expect(a).toMatchObject({ instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1', period: 2026, status: 'draft', team: 'Tim Smart City' });
    expect(Object.keys(a?.answers ?? {})).toHaveLength(72);
    expect(a?.answers['BRD.1.3']).toEqual({ level: 'NA', naReason: 'Tidak ada destinasi berbayar.' });
    expect(a?.answers['GOV.1.1']?.evidence?.[0]?.url).toBe('https://jdih.example.go.id/107');
    expect(a?.scores?.index).toBeGreaterThan(0);
    expect(Object.keys(a?.scores?.elements ?? {})).toHaveLength(18);
    expect(await checkIntegrity(JSON.parse(serializeExport(env)) as Record<string, unknown>, nodeSha256Hex)).toBe('ok');
  });

  it('sorts assessments by region code then period, whatever the input order', async () => {
    const env = await buildExport({
      ...params,
      bundles: [makeBundle({ id: 'b', period: 2027 }), makeBundle({ id: 'c', regionCode: '11.01' }), makeBundle({ id: 'a', period: 2025 })],
    });
    expect(env.assessments.map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });

  it('round-trips: importing the file gives the same assessment and answers', async () => {
    const bundle = makeBundle();
    const text = serializeExport(await buildExport({ ...params, bundles: [bundle] }));
    const result = await parseImport(text, { sha256Hex: nodeSha256Hex, catalog: testCatalog() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.bundles;
    expect(imported?.assessment).toEqual(bundle.assessment);
    expect(Object.fromEntries((imported?.answers ?? []).map((a) => [a.indicatorId, a]))).toEqual(bundle.answers);
  });

  it('round-trips answer provenance, the work-package marker of an OPD copy and the plan', async () => {
    const answers = completeAnswers();
    const merged = {
      ...answers,
      'GOV.1.2': { indicatorId: 'GOV.1.2', level: 4 as const, evidence: [], answeredAt: '2026-03-03T09:00:00.000Z',
        provenance: { opd: 'Diskominfo', packageId: 'wp-1', answeredAt: '2026-03-03T09:00:00.000Z', mergedAt: '2026-03-06T11:00:00.000Z' } },
      'GOV.1.3': { indicatorId: 'GOV.1.3', level: 1 as const, evidence: [], provenance: { opd: 'Bappeda', packageId: 'wp-2', mergedAt: '2026-03-06T11:00:00.000Z' } },
    };
    const plan: AssessmentPlan = {
      assessmentId: 'a-cirebon-2026',
      roadmap: {
        startYear: 2027, horizon: 5, elements: { 'GOV.1': { mode: 'yearly', finalTarget: 4, yearly: [2.6, 3, 3.3, 3.7, 4] } },
        baseline: { scores: { 'GOV.1': 2.25, 'GOV.2': null }, decision: 'kept', at: '2026-03-02T08:00:00.000Z' },
      },
      actions: [
        quickWinAction({ elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2026-12-31', note: 'Parkir non-tunai', chosenAt: '2026-03-01T08:00:00.000Z' }),
        quickWinAction({ elementId: 'ECO.2', ownerOpd: 'Bappeda', dueDate: '2027-06-30', chosenAt: '2026-03-01T08:00:00.000Z' }),
      ],
      assignments: { 'GOV.1': 'Diskominfo', 'GOV.1.4': 'Bappeda' },
      workPackages: [
        { id: 'wp-1', opd: 'Diskominfo', indicatorIds: ['GOV.1.1', 'GOV.1.2'], exportedAt: '2026-03-01T08:00:00.000Z', mergedAt: '2026-03-06T11:00:00.000Z' },
        { id: 'wp-2', opd: 'Bappeda', indicatorIds: ['GOV.1.4'], exportedAt: '2026-03-01T08:00:00.000Z' },
      ],
      updatedAt: '2026-03-06T11:00:00.000Z',
    };
    const copy = makeBundle({
      id: 'copy-1', regionCode: '32.09',
      workPackage: { packageId: 'wp-9', opd: 'Dinas Kesehatan', sourceAssessmentId: 'a-master', indicatorIds: ['LIV.1.1', 'LIV.1.2'], exportedAt: '2026-03-01T08:00:00.000Z' },
    });
    const bundles = [{ ...makeBundle({}, merged), plan }, copy];
    const text = serializeExport(await buildExport({ ...params, bundles }));
    expect(JSON.parse(text).assessments[1].answers['GOV.1.3'].provenance).toEqual({ opd: 'Bappeda', packageId: 'wp-2', mergedAt: '2026-03-06T11:00:00.000Z' });
    const result = await parseImport(text, { sha256Hex: nodeSha256Hex, catalog: testCatalog() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [imported, importedCopy] = [result.bundles.find((b) => b.assessment.id === 'a-cirebon-2026'), result.bundles.find((b) => b.assessment.id === 'copy-1')];
    expect(Object.fromEntries((imported?.answers ?? []).map((a) => [a.indicatorId, a]))).toEqual(merged);
    expect(imported?.plan).toEqual(plan);
    expect(importedCopy?.assessment).toEqual(copy.assessment);
    expect(importedCopy).not.toHaveProperty('plan');
  });

  it('normalises an imported roadmap: targets to one decimal within 0–5, yearly lists as long as the horizon', async () => {
    const plan: AssessmentPlan = {
      assessmentId: 'a-cirebon-2026',
      roadmap: { startYear: 2027, horizon: 5, elements: { 'GOV.1': { mode: 'yearly', finalTarget: 3.96, yearly: [2.64, 3] } }, baseline: null },
      actions: [], assignments: {}, workPackages: [], updatedAt: '2026-03-06T11:00:00.000Z',
    };
    const text = serializeExport(await buildExport({ ...params, bundles: [{ ...makeBundle(), plan }] }));
    const result = await parseImport(text, { sha256Hex: nodeSha256Hex, catalog: testCatalog() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundles[0]?.plan?.roadmap?.elements['GOV.1']).toEqual({ mode: 'yearly', finalTarget: 4, yearly: [2.6, 3, 3, 3, 3] });
    // No recorded baseline in the file: "not recorded" (the planning page asks to recompute or keep).
    expect(result.bundles[0]?.plan?.roadmap?.baseline).toBeNull();
  });
});

