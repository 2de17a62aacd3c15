// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from './routes';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/baru', { name: 'new' }],
    ['#/baru?salin=abc', { name: 'new', copyFrom: 'abc' }],
    ['#/metode', { name: 'method' }],
    ['#/penilaian/a1', { name: 'questionnaire', id: 'a1' }],
    ['#/penilaian/a1/GOV.2', { name: 'questionnaire', id: 'a1', elementId: 'GOV.2' }],
    ['#/penilaian/a1/hasil', { name: 'results', id: 'a1' }],
    ['#/penilaian/a1/penjelasan', { name: 'explain', id: 'a1' }],
    ['#/penilaian/a1/laporan', { name: 'report', id: 'a1' }],
    ['#/penilaian/a1/rencana', { name: 'plan', id: 'a1' }],
    ['#/penilaian/a1/opd', { name: 'opd', id: 'a1' }],
    ['#/penilaian/a1/aksi', { name: 'actions', id: 'a1' }],
    ['#/penilaian/a1/aksi-opd', { name: 'opdActionPlan', id: 'a1' }],
    ['#/penilaian/a1/lengkapi', { name: 'whatsLeft', id: 'a1' }],
    ['#/penilaian/a1/GOV.2?indikator=GOV.2.3', { name: 'questionnaire', id: 'a1', elementId: 'GOV.2', indicatorId: 'GOV.2.3' }],
    ['#/bandingkan?ids=a1,b2', { name: 'compare', ids: ['a1', 'b2'] }],
    ['#/bandingkan', { name: 'compare', ids: [] }],
    ['#/data', { name: 'data' }],
    ['#/pembanding', { name: 'benchmark' }],
    ['#/pembanding?fokus=a1', { name: 'benchmark', focus: 'a1' }],
    ['#/nope', { name: 'not_found' }],
    ['#/studi-banding', { name: 'visit' }],
    ['#/studi-banding?kami=a1&tuan=paket%3Ap1', { name: 'visit', ours: 'a1', other: 'paket:p1' }],
    ['#/studi-banding/paket?dari=a1', { name: 'visitExport', from: 'a1' }],
    ['#/studi-banding/laporan?kami=a1', { name: 'not_found' }],
    ['#/studi-banding/siapa?elemen=GOV.1&kami=a1', { name: 'whomToVisit', elementId: 'GOV.1', ours: 'a1' }],
    ['#/penilaian/a1/GOV.1/x', { name: 'not_found' }],
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips hrefs with characters that need encoding', () => {
    expect(parseRoute(hrefs.questionnaire('a b/c', 'LIV.3'))).toEqual({ name: 'questionnaire', id: 'a b/c', elementId: 'LIV.3' });
    expect(parseRoute(hrefs.results('x?y'))).toEqual({ name: 'results', id: 'x?y' });
    expect(parseRoute(hrefs.whatsLeft('x?y'))).toEqual({ name: 'whatsLeft', id: 'x?y' });
    expect(parseRoute(hrefs.questionnaire('a&b', 'GOV.1', 'GOV.1.2'))).toEqual({ name: 'questionnaire', id: 'a&b', elementId: 'GOV.1', indicatorId: 'GOV.1.2' });
    expect(parseRoute(hrefs.compare(['a,1', 'b']))).toEqual({ name: 'compare', ids: ['a,1', 'b'] });
    expect(parseRoute(hrefs.visitReport('a&b', 'penilaian:x y'))).toEqual({ name: 'visitReport', ours: 'a&b', other: 'penilaian:x y' });
  });
});
