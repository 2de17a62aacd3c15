/**
 * Writes a visit package file (docs/studi-banding.md). Apart from the reader (`visit-file.ts`) so
 * the export screen does not load the schema library.
 */
import type { Sha256Hex } from '../exchange/format';
import { computeIntegrity } from '../exchange/integrity';
import type { AppInfo } from '../planning/work-package-write';
import type { VisitPackage } from './visit-format';
import { VISIT_PACKAGE_FORMAT, VISIT_PACKAGE_VERSION } from './visit-format';

const sortedKeys = <T>(record: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The file text of a package: compact JSON with a final newline and the integrity hash. */
export async function serializeVisitPackage(pkg: VisitPackage, sha256Hex: Sha256Hex, app?: AppInfo): Promise<string> {
  const body = {
    format: VISIT_PACKAGE_FORMAT,
    formatVersion: VISIT_PACKAGE_VERSION,
    ...(app ? { app: { name: app.name, version: app.version } } : {}),
    packageId: pkg.packageId,
    exportedAt: pkg.exportedAt,
    host: { ...pkg.host },
    shares: { ...pkg.shares },
    ...(pkg.contact !== undefined ? { contact: pkg.contact } : {}),
    levels: sortedKeys(pkg.levels),
    elements: sortedKeys(pkg.elements),
  };
  return `${JSON.stringify({ ...body, integrity: await computeIntegrity(body, sha256Hex) })}\n`;
}

