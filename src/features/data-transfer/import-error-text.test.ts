import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportError, ImportErrorCode } from '../../domain/exchange/import-errors';
import { initI18n } from '../../i18n';
import { dataPageLocale } from './data-page-locale';
import { importErrorText } from './import-error-text';

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
  url_no_host: { code: 'url_no_host', at: { ...at, indicatorId: 'GOV.1.1', field: 'evidence[0].url' }, value: 'http://' },
  too_deep: { code: 'too_deep', field: 'extra[0][0][0]', limit: 32 },
  non_finite_number: { code: 'non_finite_number', field: 'assessments[0].period' },
  forbidden_key: { code: 'forbidden_key', field: 'assessments[0].answers.__proto__', value: '__proto__' },
  unreadable: { code: 'unreadable' },
  level_not_integer: { code: 'level_not_integer', at: { ...at, indicatorId: 'GOV.1.2', field: 'level' }, value: '2.5' },
  period_not_integer: { code: 'period_not_integer', at: { position: 1 }, value: '2026.5' },
  timestamp_profile: { code: 'timestamp_profile', at: { ...at, field: 'updatedAt' }, value: '2026-11-22T03:15Z' },
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
    ['too_large', 'Berkas terlalu besar (200 MiB). Ukuran maksimal 128 MiB. Ekspor sebagian penilaian saja, lalu impor per berkas.'],
    ['level_not_integer', 'Penilaian ke-2 (Kota Cirebon, 2026), indikator GOV.1.2: tingkat 2.5 bukan bilangan bulat; isi 0, 1, 2, 3, 4, atau 5.'],
    ['url_no_host', 'Penilaian ke-2 (Kota Cirebon, 2026), indikator GOV.1.1: tautan bukti “http://” tidak menyebut alamat situs setelah http:// atau https://.'],
    ['timestamp_profile', 'Penilaian ke-2 (Kota Cirebon, 2026): waktu “2026-11-22T03:15Z” pada “updatedAt” tidak sesuai RFC 3339 dengan detik dan zona waktu (contoh 2026-11-22T03:15:00Z atau 2026-11-22T10:15:00+07:00).'],
    ['forbidden_key', 'Berkas ini tidak dapat dibaca sebagai berkas ekspor atau cadangan Siap Cerdas: isian bernama “__proto__” pada “assessments[0].answers.__proto__” tidak diperbolehkan. Gunakan berkas asli hasil ekspor Siap Cerdas, atau minta pengirim mengekspor ulang.'],
    ['period_out_of_range', 'Penilaian ke-1: periode 1999 di luar rentang 2000–2100.'],
    ['hash_mismatch', 'Kode integritas tidak cocok: isi berkas telah diubah atau rusak setelah diekspor. Gunakan berkas asli.'],
    ['duplicate_region_period', 'Penilaian ke-2 (Kota Cirebon, 2026): wilayah dan periode yang sama sudah ada pada penilaian ke-1 dalam berkas ini.'],
  ] as const)('says where and what for %s (Indonesian)', async (code, expected) => {
    await i18next.changeLanguage('id');
    expect(importErrorText(SAMPLES[code], i18next.getFixedT('id', 'dataPage'), 'id-ID', regionName)).toBe(expected);
  });

  it('names sizes in MiB, in exact bytes when a file is just over the limit', async () => {
    await i18next.changeLanguage('id');
    const t = i18next.getFixedT('id', 'dataPage');
    const limit = 128 * 1024 * 1024;
    expect(importErrorText({ code: 'too_large', limit, value: String(limit + 1) }, t, 'id-ID', regionName)).toBe(
      'Berkas terlalu besar (134.217.729 byte). Ukuran maksimal 134.217.728 byte (128 MiB). Ekspor sebagian penilaian saja, lalu impor per berkas.',
    );
    expect(importErrorText({ code: 'too_large', limit, value: String(1.5 * limit) }, t, 'id-ID', regionName)).toContain('(192 MiB)');
  });
});
