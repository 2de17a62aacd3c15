/**
 * Builds the exchange envelope for export (strict types, `format.ts`): per assessment the
 * metadata, region info from the catalogue, answers by indicator id and freshly computed scores,
 * then the integrity hash over the canonical form.
 */
import type { Answer, AnswerMap, Assessment, Evidence } from '../assessment/types';
import { getInstrument, getWeightProfile } from '../instrument/registry';
import type { AssessmentPlan } from '../planning/types';
import type { RegionCatalog } from '../regions/parse-catalog';
import type { VisitWorkspace } from '../visit/workspace';
import { workspaceEntries } from '../visit/workspace';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ExportEnvelope, ExportedAnswer, ExportedAssessment, ExportedEvidence, ExportedRegion, ExportedScores, Sha256Hex } from './format';
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import { computeIntegrity } from './integrity';
import { exportPlan } from './plan-transfer';
import { summarizeScores } from './score-summary';

export interface ExportBundle {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
  /** The assessment's plan, when one was saved (written as the optional `plan` member). */
  readonly plan?: AssessmentPlan;
}

export interface BuildExportParams {
  readonly bundles: readonly ExportBundle[];
  readonly catalog: RegionCatalog;
  readonly appName: string;
  readonly appVersion: string;
  /** ISO timestamp written as `exportedAt`. */
  readonly exportedAt: string;
  readonly sha256Hex: Sha256Hex;
  /** The device's studi-banding workspace: given for a full backup only; written unless empty. */
  readonly visitWorkspace?: VisitWorkspace;
}

/** Orders strings by UTF-16 code units (locale-independent, so exports are reproducible). */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Copies only the defined optional fields (strict export: absent, never `undefined`). */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function exportEvidence(e: Evidence): ExportedEvidence {
  return { id: e.id, kind: e.kind, title: e.title, reference: e.reference, ...pick(e, ['url', 'date', 'ownerOpd']) };
}

/** One answer in export form; `provenance` is written when present (merged from a work package). */
export function exportAnswer(a: Answer): ExportedAnswer {
  const p = a.provenance;
  return {
    level: a.level,
    ...pick(a, ['naReason', 'note', 'answeredBy', 'answeredAt']),
    ...(a.evidence.length > 0 ? { evidence: a.evidence.map(exportEvidence) } : {}),
    ...(p ? { provenance: { opd: p.opd, packageId: p.packageId, ...pick(p, ['answeredAt']), mergedAt: p.mergedAt } } : {}),
  };
}

/** Region info from the catalogue; a code the catalogue lacks keeps its code as name. */
export function exportRegion(code: string, catalog: RegionCatalog): ExportedRegion {
  const region = catalog.byCode.get(code);
  const provinceCode = region?.provinceCode ?? code.slice(0, 2);
  return {
    code,
    name: region?.name ?? code,
    type: region?.type ?? (Number(code.slice(3)) >= 71 ? 'kota' : 'kabupaten'),
    provinceCode,
    provinceName: catalog.provinceByCode.get(provinceCode)?.name ?? '',
  };
}

function scoresOf(bundle: ExportBundle): ExportedScores | undefined {
  const instrument = getInstrument(bundle.assessment.instrumentVersion);
  const weights = getWeightProfile(bundle.assessment.weightProfileId);
  return instrument && weights ? summarizeScores(scoreAssessment(instrument, weights, bundle.answers)) : undefined;
}

/** One assessment in export form, answers sorted by indicator id. */
export function exportAssessment(bundle: ExportBundle, catalog: RegionCatalog): ExportedAssessment {
  const a = bundle.assessment;
  const answers = Object.fromEntries(
    Object.values(bundle.answers)
      .map((answer) => [answer.indicatorId, exportAnswer(answer)] as const)
      .sort(([x], [y]) => compareText(x, y)),
  );
  const scores = scoresOf(bundle);
  return {
    id: a.id,
    instrumentVersion: a.instrumentVersion,
    weightProfileId: a.weightProfileId,
    region: exportRegion(a.regionCode, catalog),
    period: a.period,
    status: a.status,
    ...pick(a, ['team', 'contact']),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    answers,
    ...(scores ? { scores } : {}),
    ...(a.workPackage ? { workPackage: { ...a.workPackage, indicatorIds: [...a.workPackage.indicatorIds] } } : {}),
    ...(bundle.plan ? { plan: exportPlan(bundle.plan) } : {}),
  };
}

/** Packages in id order, so the same workspace always writes the same file. */
function sortedWorkspace(ws: VisitWorkspace): VisitWorkspace {
  return { ...ws, packages: [...ws.packages].sort((x, y) => compareText(x.packageId, y.packageId)) };
}

/**
 * Builds the full envelope (format name and version, app, export time, assessments sorted by
 * region code then period, integrity hash). Scores are recomputed here from the answers.
 */
export async function buildExport(p: BuildExportParams): Promise<ExportEnvelope> {
  const assessments = p.bundles
    .map((b) => exportAssessment(b, p.catalog))
    .sort((x, y) => compareText(x.region.code, y.region.code) || x.period - y.period || compareText(x.id, y.id));
  const body = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    app: { name: p.appName, version: p.appVersion },
    exportedAt: p.exportedAt,
    assessments,
    ...(p.visitWorkspace && workspaceEntries(p.visitWorkspace).length > 0 ? { visitWorkspace: sortedWorkspace(p.visitWorkspace) } : {}),
  } as const;
  return { ...body, integrity: await computeIntegrity(body, p.sha256Hex) };
}

/**
 * The file text: compact JSON (indentation would add about 35 % to a full backup). Any
 * formatting reads back the same: the hash is over the canonical form.
 */
export function serializeExport(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope)}\n`;
}
