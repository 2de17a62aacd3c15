/**
 * Hash routes: `#/`, `#/baru`, `#/baru?salin=<id>`, `#/penilaian/<id>/<elementId>` (with
 * `?indikator=<indicatorId>`: that indicator's card gets focus), `#/penilaian/<id>/lengkapi` (what is
 * left to complete, with search), `#/penilaian/<id>/hasil`, `#/penilaian/<id>/penjelasan`, `#/penilaian/<id>/laporan` (printable
 * report), `#/penilaian/<id>/rencana` (targets, roadmap, quick wins), `#/penilaian/<id>/opd` (OPD
 * collaboration), `#/penilaian/<id>/aksi` (action plan), `#/penilaian/<id>/aksi-opd` (printable action plan by OPD), `#/bandingkan?ids=a,b` (comparison report), `#/data` (export/import),
 * `#/pembanding?fokus=<id>` (benchmarking), `#/metode`, `#/studi-banding` (visit workspace, `?kami=<id>&tuan=<side>`),
 * `#/studi-banding/paket?dari=<id>` (visit package export), `#/studi-banding/laporan?kami=…&tuan=…` (visit report),
 * `#/studi-banding/siapa?elemen=<elementId>&kami=<id>` (whom to visit).
 * Hash routing keeps every screen reachable offline from the one precached index.html.
 */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'new'; readonly copyFrom?: string }
  | { readonly name: 'questionnaire'; readonly id: string; readonly elementId?: string; readonly indicatorId?: string }
  | { readonly name: 'whatsLeft'; readonly id: string }
  | { readonly name: 'results'; readonly id: string }
  | { readonly name: 'explain'; readonly id: string }
  | { readonly name: 'report'; readonly id: string }
  | { readonly name: 'plan'; readonly id: string }
  | { readonly name: 'opd'; readonly id: string }
  | { readonly name: 'actions'; readonly id: string }
  | { readonly name: 'opdActionPlan'; readonly id: string }
  | { readonly name: 'compare'; readonly ids: readonly string[] }
  | { readonly name: 'data' }
  | { readonly name: 'benchmark'; readonly focus?: string }
  | { readonly name: 'method' }
  | { readonly name: 'visit'; readonly ours?: string; readonly other?: string }
  | { readonly name: 'visitExport'; readonly from?: string }
  | { readonly name: 'visitReport'; readonly ours: string; readonly other: string }
  | { readonly name: 'whomToVisit'; readonly elementId: string; readonly ours?: string }
  | { readonly name: 'not_found' };

/** `#/studi-banding[/paket|/laporan|/siapa]`: the visit workspace, the host's export, the visit report, whom to visit. */
function parseVisitRoute(sub: string | undefined, params: URLSearchParams): Route {
  const opt = <K extends string>(key: K, param: string) => {
    const value = params.get(param);
    return (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
  };
  if (sub === undefined) return { name: 'visit', ...opt('ours', 'kami'), ...opt('other', 'tuan') };
  if (sub === 'paket') return { name: 'visitExport', ...opt('from', 'dari') };
  const ours = params.get('kami');
  const other = params.get('tuan');
  if (sub === 'laporan' && ours && other) return { name: 'visitReport', ours, other };
  const elementId = params.get('elemen');
  if (sub === 'siapa' && elementId) return { name: 'whomToVisit', elementId, ...opt('ours', 'kami') };
  return { name: 'not_found' };
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts.length === 0) return { name: 'home' };
  const [head, id, sub] = parts;
  if (head === 'baru' && parts.length === 1) {
    const copyFrom = params.get('salin');
    return copyFrom ? { name: 'new', copyFrom } : { name: 'new' };
  }
  if (head === 'metode' && parts.length === 1) return { name: 'method' };
  if (head === 'data' && parts.length === 1) return { name: 'data' };
  if (head === 'studi-banding' && parts.length <= 2) return parseVisitRoute(id, params);
  if (head === 'pembanding' && parts.length === 1) {
    const focus = params.get('fokus');
    return focus ? { name: 'benchmark', focus } : { name: 'benchmark' };
  }
  if (head === 'bandingkan' && parts.length === 1) {
    // Split before decoding, so an id containing an encoded comma survives.
    const raw = /(?:^|&)ids=([^&]*)/.exec(query)?.[1] ?? '';
    return { name: 'compare', ids: raw.split(',').filter(Boolean).map(decodeURIComponent) };
  }
  if (head === 'penilaian' && id && parts.length <= 3) {
    if (sub === 'hasil') return { name: 'results', id };
    if (sub === 'penjelasan') return { name: 'explain', id };
    if (sub === 'laporan') return { name: 'report', id };
    if (sub === 'rencana') return { name: 'plan', id };
    if (sub === 'opd') return { name: 'opd', id };
    if (sub === 'aksi') return { name: 'actions', id };
    if (sub === 'aksi-opd') return { name: 'opdActionPlan', id };
    if (sub === 'lengkapi') return { name: 'whatsLeft', id };
    if (!sub) return { name: 'questionnaire', id };
    const indicatorId = params.get('indikator');
    return indicatorId ? { name: 'questionnaire', id, elementId: sub, indicatorId } : { name: 'questionnaire', id, elementId: sub };
  }
  return { name: 'not_found' };
}

const enc = encodeURIComponent;
export const hrefs = {
  home: () => '#/',
  newAssessment: (copyFrom?: string) => (copyFrom ? `#/baru?salin=${enc(copyFrom)}` : '#/baru'),
  questionnaire: (id: string, elementId?: string, indicatorId?: string) =>
    elementId
      ? `#/penilaian/${enc(id)}/${enc(elementId)}${indicatorId ? `?indikator=${enc(indicatorId)}` : ''}`
      : `#/penilaian/${enc(id)}`,
  /** What is left to complete (unanswered, above their evidence, "Tidak relevan"), with search. */
  whatsLeft: (id: string) => `#/penilaian/${enc(id)}/lengkapi`,
  results: (id: string) => `#/penilaian/${enc(id)}/hasil`,
  explain: (id: string) => `#/penilaian/${enc(id)}/penjelasan`,
  report: (id: string) => `#/penilaian/${enc(id)}/laporan`,
  plan: (id: string) => `#/penilaian/${enc(id)}/rencana`,
  opd: (id: string) => `#/penilaian/${enc(id)}/opd`,
  /** The action plan: who does what, when, and whether it happened (issue 16). */
  actions: (id: string) => `#/penilaian/${enc(id)}/aksi`,
  /** The printable action plan by OPD (issue 16). */
  opdActionPlan: (id: string) => `#/penilaian/${enc(id)}/aksi-opd`,
  compare: (ids: readonly string[]) => `#/bandingkan?ids=${ids.map(enc).join(',')}`,
  data: () => '#/data',
  benchmark: (focus?: string) => (focus ? `#/pembanding?fokus=${enc(focus)}` : '#/pembanding'),
  method: () => '#/metode',
  visit: (ours?: string, other?: string) => `#/studi-banding${query({ kami: ours, tuan: other })}`,
  visitExport: (from?: string) => `#/studi-banding/paket${query({ dari: from })}`,
  visitReport: (ours: string, other: string) => `#/studi-banding/laporan${query({ kami: ours, tuan: other })}`,
  whomToVisit: (elementId: string, ours?: string) => `#/studi-banding/siapa${query({ elemen: elementId, kami: ours })}`,
};

function query(values: Readonly<Record<string, string | undefined>>): string {
  const pairs = Object.entries(values).flatMap(([k, v]) => (v ? [`${k}=${enc(v)}`] : []));
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

/** Replaces the current history entry (no extra Back step), e.g. to pin a default sub-route. */
export function replaceRoute(href: string): void {
  window.location.replace(href.startsWith('#') ? href : `#${href}`);
}
