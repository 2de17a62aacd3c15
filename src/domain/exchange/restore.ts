/**
 * The one normaliser from a validated, imported assessment to domain objects (after Excalidraw's
 * `restore.ts`): optional fields absent rather than undefined, evidence defaulting to an empty
 * list, scores dropped (they are recomputed from the answers, never trusted).
 */
import type { Answer, Assessment, Evidence } from '../assessment/types';
import type { AssessmentPlan } from '../planning/types';
import { restorePlan } from './plan-transfer';
import type { ImportedAnswer, ImportedAssessment } from './schema';

/** An assessment read from a file, ready to plan and write. */
export interface ImportedBundle {
  readonly assessment: Assessment;
  /** In indicator id order. */
  readonly answers: readonly Answer[];
  /** The region name the file states (informational; the catalogue name is shown). */
  readonly regionNameInFile: string;
  /** The plan made on this assessment, when the file has one. */
  readonly plan?: AssessmentPlan;
}

/** The entries whose value is defined (exactOptionalPropertyTypes: absent, never `undefined`). */
function defined<T extends object>(entries: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function restoreEvidence(e: NonNullable<ImportedAnswer['evidence']>[number]): Evidence {
  return { id: e.id, kind: e.kind, title: e.title, reference: e.reference, ...defined({ url: e.url, date: e.date, ownerOpd: e.ownerOpd }) };
}

/**
 * The evidence of every answer that has none: one shared, frozen empty list, so writing an
 * imported answer set clones one array per set rather than one per answer (the structured clone
 * writes a repeated object as a reference).
 */
const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);

/** Converts one imported answer to the domain `Answer` for `indicatorId`. */
export function restoreAnswer(indicatorId: string, a: ImportedAnswer): Answer {
  return {
    indicatorId,
    level: a.level as Answer['level'],
    ...defined({ naReason: a.naReason, note: a.note, answeredBy: a.answeredBy, answeredAt: a.answeredAt }),
    evidence: a.evidence && a.evidence.length > 0 ? a.evidence.map(restoreEvidence) : NO_EVIDENCE,
    ...(a.provenance ? { provenance: { opd: a.provenance.opd, packageId: a.provenance.packageId, ...defined({ answeredAt: a.provenance.answeredAt }), mergedAt: a.provenance.mergedAt } } : {}),
  };
}

/** Converts one validated imported assessment into domain objects. */
export function restoreAssessment(a: ImportedAssessment): ImportedBundle {
  const assessment: Assessment = {
    id: a.id,
    regionCode: a.region.code,
    period: a.period,
    instrumentVersion: a.instrumentVersion,
    weightProfileId: a.weightProfileId,
    status: a.status,
    ...defined({ team: a.team, contact: a.contact }),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...(a.workPackage ? { workPackage: a.workPackage } : {}),
  };
  const answers = Object.keys(a.answers)
    .sort()
    .map((id) => restoreAnswer(id, a.answers[id] as ImportedAnswer));
  return { assessment, answers, regionNameInFile: a.region.name, ...(a.plan ? { plan: restorePlan(a.plan, a.id) } : {}) };
}
