// The benchmark's summary table: each metric beside the SurveyJS reference and the target of
// issue 7. Reference figures: the same 72-question instrument built with SurveyJS (survey-core +
// survey-react-ui, React 19, Vite production build), median of 7 runs with 4× CPU throttling.

import { BUDGETS } from '../bundle-size.mjs';

const KB = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (s) => (s ? `${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)})` : 'n/a');
const megabytes = (s) => (s ? `${s.median.toFixed(1)} MB (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a');
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

/** ✓ / ✗ against an upper bound, or '' without a target or a value. */
const verdict = (value, limit) => (value === undefined || value === null || limit === undefined ? '' : value <= limit ? '✓' : '✗');

/**
 * Rows [metric, SurveyJS reference, target, Siap Cerdas, verdict] for the scenarios in `r`
 * (a scenario that did not run is left out).
 */
export function tableRows(r) {
  const rows = [];
  const add = (metric, reference, target, value, shown, limit) => rows.push([metric, reference, target, shown, verdict(value, limit)]);
  if (r.bytes) {
    const { initial, precache } = r.bytes;
    add('initial route JS+CSS, gzip (raw)', '424 KB + 39 KB', `≤ ${KB(BUDGETS.initialGzip)}`, initial.gzip, `${KB(initial.gzip)} (${KB(initial.raw)})`, BUDGETS.initialGzip);
    add('whole precache, gzip (raw)', '', `≤ ${KB(BUDGETS.precacheGzip)}`, precache.gzip, `${KB(precache.gzip)} (${KB(precache.raw)}), ${precache.files.length} files`, BUDGETS.precacheGzip);
  }
  if (r.load) {
    const l = r.load;
    add('cold load → first question', '2,547 ms', '≤ 850 ms', l.coldFirstQuestionMs?.median, ms(l.coldFirstQuestionMs), 850);
    add('warm load, offline (SW) → first question', '', '', null, ms(l.warmFirstQuestionMs));
    add('FCP / LCP, cold', '', '', null, `${ms(l.coldFcpMs)} / ${ms(l.coldLcpMs)}`);
    add('total blocking time, cold (FCP → quiet)', '1,513 ms', '≤ 150 ms', l.coldTbtMs?.median, ms(l.coldTbtMs), 150);
    add('total blocking time, cold (navigation → quiet)', '', '', null, ms(l.coldTbtFromNavigationMs));
    add('JS heap after load', '14.0 MB', '', null, megabytes(l.heapAfterLoadMB));
  }
  if (r.interaction) {
    const i = r.interaction;
    add('click on a level → next paint', '136 ms', '≤ 35 ms', i.clickToNextFrameMs?.median, ms(i.clickToNextFrameMs), 35);
    add('click → answer stored', '99 ms (localStorage)', '≤ 16 ms (IndexedDB)', i.clickToStoredMs?.median, ms(i.clickToStoredMs), 16);
    add('next dimension → first question', '504 ms', '≤ 150 ms', i.dimensionSwitchMs?.median, ms(i.dimensionSwitchMs), 150);
  }
  if (r.views) {
    add('results view (click → radar painted)', '', '', null, ms(r.views.resultsViewMs));
    add('print route (click → report painted)', '', '', null, ms(r.views.printRouteMs));
  }
  if (r.national) {
    const n = r.national;
    add('import 514 × 5 (click → done)', '', '≤ 1 s', n.importMs?.median, ms(n.importMs), 1000);
    add('benchmark view 514 × 5: charts after data', '', '≤ 300 ms', n.benchmarkAfterDataMs?.median, ms(n.benchmarkAfterDataMs), 300);
    add('benchmark view 514 × 5: navigation → charts', '', '', null, ms(n.benchmarkChartsMs));
    if (n.peerSwitchMs) add('benchmark view 514 × 5: peer group switch (click → next frame)', '', '≤ 150 ms', n.peerSwitchMs.median, ms(n.peerSwitchMs), 150);
    add('JS heap peak: import / benchmark view', '', '', null, `${megabytes(n.importPeakHeapMB)} / ${megabytes(n.benchmarkPeakHeapMB)}`);
  }
  if (r.large) {
    const l = r.large;
    add(`${l.fileMB.toFixed(1)} MiB file, 5,000 assessments: pick → preview`, '', '', null, `${ms(l.pickToPreviewMs)}${l.progressShown ? ', progress shown' : ''}`);
    add('… longest main-thread task while reading', '', '≤ 200 ms', l.readLongestTaskMs?.median, ms(l.readLongestTaskMs), 200);
    add('… import (click → done); longest task', '', '≤ 200 ms', l.writeLongestTaskMs?.median, `${ms(l.importMs)}; ${ms(l.writeLongestTaskMs)}`, 200);
  }
  if (r.slowLink) {
    add('slow link (1.6 Mbps, 150 ms RTT): home usable', '', '≤ 2.5 s', r.slowLink.homeUsable?.median, ms(r.slowLink.homeUsable), 2500);
    add('slow link: offline ready (precache complete)', '', '≤ 6 s', r.slowLink.offlineReady?.median, ms(r.slowLink.offlineReady), 6000);
  }
  if (r.scoring) {
    add(`scoring ${r.scoring.assessments.toLocaleString('en-US')} assessments, Node`, '', '≤ 30 ms', r.scoring.passMs?.median, ms(r.scoring.passMs), 30);
  }
  return rows;
}

/** "4.2×": how many times `peer` is larger than `ours` (∞ when ours is 0). */
const times = (peer, ours) => (peer === undefined || ours === undefined ? 'n/a' : ours === 0 ? '∞' : `${(peer / ours).toFixed(1)}×`);

/**
 * Rows [metric, SurveyJS peer, Siap Cerdas, ratio, target, verdict] of a `--peer` run (`r`: the
 * result of sideBySide). A ratio target `≥ n×` means the peer's median is at least n times ours.
 */
export function peerTableRows(r) {
  const rows = [];
  const ratio = (metric, peer, ours, atLeast, show = ms) => {
    const q = peer?.median !== undefined && ours?.median !== undefined ? (ours.median === 0 ? Infinity : peer.median / ours.median) : undefined;
    rows.push([metric, show(peer), show(ours), times(peer?.median, ours?.median), atLeast ? `≥ ${atLeast}×` : '', q === undefined || !atLeast ? '' : q >= atLeast ? '✓' : '✗']);
  };
  const absolute = (metric, peer, ours, limit) => rows.push([metric, peer ? ms(peer) : '', ms(ours), peer ? times(peer.median, ours?.median) : '', `≤ ${fmt(limit)} ms`, verdict(ours?.median, limit)]);
  if (r.load) {
    const { ours, peer } = r.load;
    ratio('cold load → first question', peer.coldFirstQuestionMs, ours.coldFirstQuestionMs, 4);
    ratio('total blocking time (navigation → quiet)', peer.coldTbtFromNavigationMs, ours.coldTbtFromNavigationMs, 10);
    ratio('JS heap after load (after GC)', peer.heapAfterLoadMB, ours.heapAfterLoadMB, undefined, megabytes);
  }
  if (r.interaction) {
    const { ours, peer } = r.interaction;
    ratio('click on a level → next paint', peer.clickToNextFrameMs, ours.clickToNextFrameMs, 5);
    absolute('click → answer stored (peer: localStorage; ours: IndexedDB)', peer.clickToStoredMs, ours.clickToStoredMs, 16);
    ratio('next dimension → first question', peer.dimensionSwitchMs, ours.dimensionSwitchMs, 5);
  }
  if (r.phone) {
    const { ours, peer, throttle } = r.phone;
    ratio(`phone 390×844, touch, ${throttle}× CPU: cold load → first question`, peer.load.coldFirstQuestionMs, ours.load.coldFirstQuestionMs);
    ratio('phone: tap on a level → next paint', peer.interaction.clickToNextFrameMs, ours.interaction.clickToNextFrameMs);
    ratio('phone: next dimension → first question', peer.interaction.dimensionSwitchMs, ours.interaction.dimensionSwitchMs);
  }
  if (r.slowLink) {
    const { ours, peer } = r.slowLink;
    absolute('slow link (1.6 Mbps, 150 ms RTT): ours home usable, peer first question', peer.firstQuestion, ours.homeUsable, 2500);
    absolute('slow link: ours offline ready (precache complete)', null, ours.offlineReady, 6000);
  }
  return rows;
}

/** A Markdown table (also readable in a terminal); `head` defaults to the single-app columns. */
export function formatTable(rows, head = ['metric', 'SurveyJS reference', 'target', 'Siap Cerdas: median (min–max)', '']) {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
