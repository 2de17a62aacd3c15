import type { Assessment } from '../../domain/assessment/types';
import { localDate } from '../../lib/download';

/** A file-name-safe slug: "Dinas Kesehatan" → "dinas-kesehatan". */
function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || 'opd';
}

/**
 * e.g. `paket-kerja-dinas-kesehatan-32.74-2026-2026-11-22.json` (to the OPD) or
 * `paket-kembali-dinas-kesehatan-32.74-2026-2026-11-22.json` (back to the coordinator).
 */
export function packageFileName(direction: 'to_opd' | 'to_coordinator', opd: string, assessment: Pick<Assessment, 'regionCode' | 'period'>, iso: string): string {
  const prefix = direction === 'to_opd' ? 'paket-kerja' : 'paket-kembali';
  return `${prefix}-${slug(opd)}-${assessment.regionCode}-${assessment.period}-${localDate(iso)}.json`;
}
