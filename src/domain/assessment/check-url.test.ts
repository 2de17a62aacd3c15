// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkUrl } from './validation';

describe('checkUrl', () => {
  it.each([
    ['https://jdih.cirebonkota.go.id/perwal', undefined],
    ['', undefined],
    ['http://', 'url_no_host'],
    ['https:', 'url_no_host'],
    ['javascript:alert(1)', 'url_scheme'],
    ['ftp://contoh.go.id/berkas', 'url_scheme'],
    ['contoh.go.id/dokumen', 'url_invalid'],
  ])('%s → %s', (url, code) => {
    expect(checkUrl(url)?.code).toBe(code);
  });
});
