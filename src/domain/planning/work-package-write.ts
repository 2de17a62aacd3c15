/**
 * Writing work-package files: the envelope (format, version, app, integrity hash over the
 * canonical JSON, as for exchange files) around a `WorkPackage`. Reading is `work-package-file.ts`.
 */
import type { Answer } from '../assessment/types';
import { exportAnswer } from '../exchange/build-export';
import type { Sha256Hex } from '../exchange/format';
import { computeIntegrity } from '../exchange/integrity';
import type { WorkPackage } from './work-package-format';
import { ACTION_PART_VERSION, WORK_PACKAGE_FORMAT, WORK_PACKAGE_VERSION } from './work-package-format';

/** Producer named in the file's `app` member (informational). */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
}

function fileAnswer(answer: Answer) {
  const { provenance: _local, ...rest } = answer;
  return exportAnswer(rest);
}

/**
 * The file text of a package: compact JSON with a final newline, answers sorted by indicator id,
 * `provenance` never written (it is the coordinator's record, not the OPD's business), the
action-plan part (when there is one) with its `partVersion`, and the
 * integrity hash computed with the injected SHA-256.
 */
export async function serializeWorkPackage(pkg: WorkPackage, sha256Hex: Sha256Hex, app?: AppInfo): Promise<string> {
  const answers = Object.fromEntries(
    Object.values(pkg.answers)
      .map((a) => [a.indicatorId, fileAnswer(a)] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  );
  const body = {
    format: WORK_PACKAGE_FORMAT,
    formatVersion: WORK_PACKAGE_VERSION,
    ...(app ? { app: { name: app.name, version: app.version } } : {}),
    direction: pkg.direction,
    packageId: pkg.packageId,
    opd: pkg.opd,
    source: { ...pkg.source },
    indicatorIds: [...pkg.indicatorIds],
    exportedAt: pkg.exportedAt,
    ...(pkg.direction === 'to_coordinator' ? { returnedAt: pkg.returnedAt } : {}),
    answers,
    ...(pkg.actionPlan ? { actionPlan: { partVersion: ACTION_PART_VERSION, ...pkg.actionPlan } } : {}),
  };
  return `${JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha256Hex) })}\n`;
}
