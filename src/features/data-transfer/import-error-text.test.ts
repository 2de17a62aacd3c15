import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportError, ImportErrorCode } from '../../domain/exchange/import-errors';
import { initI18n } from '../../i18n';
import { dataPageLocale } from './data-page-locale';
import { formatMegabytes, importErrorText } from './import-error-text';

const at = { position: 2, regionCode: '32.74', period: 2026 };
/** One sample per code: adding a code without a sample (and a message) fails to compile. */
const SAMPLES: Record<ImportErrorCode, ImportError> = {
  not_json: { code: 'not_json' },
  too_large: { code: 'too_large', limit: 128 * 1024 * 1024, value: String(200 * 1024 * 1024) },
  wrong_format: { code: 'wrong_format', value: 'excalidraw' },
  newer_version: { code: 'newer_version', value: '2', limit: 1 },
  integrity_missing: { code: 'integrity_missing' },
  hash_mismatch: { code: 'hash_mismatch' },
  empty: { code: 'empty' },
  missing_value: { code: 'missing_value', at: { ...at, field: 'updatedAt' } },
  invalid_value: { code: 'invalid_value', at: { ...at, field: 'status' }, value: 'done' },
  too_long: { code: 'too_long', at: { ...at, indicatorId: 'GOV.1.1', field: 'note' }, limit: 2000 },
  too_many: { code: 'too_many', at: { ...at, indicatorId: 'GOV.1.1', field: 'evidence' }, limit: 20 },
  unknown_instrument: { code: 'unknown_instrument', at, value: 'gmsc-2030.1' },
  unknown_weight_profile: { code: 'unknown_weight_profile', at, value: 'ahp' },
  unknown_indicator: { code: 'unknown_indicator', at: { ...at, indicatorId: 'GOV.9.9' }, value: 'GOV.9.9' },
  level_out_of_range: { code: 'level_out_of_range', at: { ...at, indicatorId: 'GOV.1.2', field: 'level' }, value: '7' },
  na_not_allowed: { code: 'na_not_allowed', at: { ...at, indicatorId: 'GOV.1.2' } },
  na_reason_missing: { code: 'na_reason_missing', at: { ...at, indicatorId: 'BRD.1.3' } },
  unknown_region: { code: 'unknown_region', at: { position: 1, regionCode: '99.99', period: 2026 }, value: '99.99' },
  period_out_of_range: { code: 'period_out_of_range', at: { position: 1, period: 1999 }, value: '1999' },
  url_invalid: { code: 'url_invalid', at: { ...at, indicatorId: 'GOV.1.1' }, value: 'javascript:alert(1)' },
  duplicate_id: { code: 'duplicate_id', at, value: 'a-1', firstPosition: 1 },
  duplicate_region_period: { code: 'duplicate_region_period', at, firstPosition: 1 },
};

const regionName = (code: string) => (code === '32.74' ? 'Kota Cirebon' : code);

beforeAll(() => {
  initI18n('id');
  i18next.addResourceBundle('id', 'dataPage', dataPageLocale.id, true, true);
  i18next.addResourceBundle('en', 'dataPage', dataPageLocale.en, true, true);
});

describe('import error messages', () => {
  it.each(['id', 'en'] as const)('has a message for every code in %s, without raw keys or placeholders', async (lang) => {
    await i18next.changeLanguage(lang);
    const t = i18next.getFixedT(lang, 'dataPage');
    for (const error of Object.values(SAMPLES)) {
      const text = importErrorText(error, t, lang === 'id' ? 'id-ID' : 'en-GB', regionName);
      expect(text).not.toMatch(/errors\.|{{|undefined/);
    }
  });

  it.each([
    ['level_out_of_range', 'Penilaian ke-2 (Kota Cirebon, 2026), indikator GOV.1.2: tingkat 7 di luar rentang 0–5.'],
    ['too_large', 'Berkas terlalu besar (200 MB). Ukuran maksimal 128 MB. Ekspor sebagian penilaian saja, lalu impor per berkas.'],
    ['period_out_of_range', 'Penilaian ke-1: periode 1999 di luar rentang 2000–2100.'],
    ['hash_mismatch', 'Kode integritas tidak cocok: isi berkas telah diubah atau rusak setelah diekspor. Gunakan berkas asli.'],
    ['duplicate_region_period', 'Penilaian ke-2 (Kota Cirebon, 2026): wilayah dan periode yang sama sudah ada pada penilaian ke-1 dalam berkas ini.'],
  ] as const)('says where and what for %s (Indonesian)', async (code, expected) => {
    await i18next.changeLanguage('id');
    expect(importErrorText(SAMPLES[code], i18next.getFixedT('id', 'dataPage'), 'id-ID', regionName)).toBe(expected);
  });

  it('formats sizes in MB with the locale decimal mark', () => {
    expect(formatMegabytes(128 * 1024 * 1024, 'id-ID')).toBe('128 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'id-ID')).toBe('1,5 MB');
  });
});
