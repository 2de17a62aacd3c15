// `npm run bench -- --peer`: Siap Cerdas and the SurveyJS peer measured with the same probes in one
// invocation, alternately run by run (warm-up of each, then A, B, A, B …), so both see the same
// machine load. Scenarios (each in fresh browser contexts, apps.mjs says how each app is driven):
//   load         desktop 1280×900, CPU `throttle`: cold load → first question, TBT, heap;
//   interaction  desktop: click → next paint, click → stored, next dimension → first question;
//   phone        390×844, DPR 3, touch, CPU `phoneThrottle` (6×): cold load, tap → paint, dimension switch;
//   slowlink     1.6 Mbps / 750 kbps / 150 ms RTT, CPU `throttle`, first visit: ours home usable
//                and offline ready, the peer's first question shown.
import { withDeadline } from '../bench-lib.mjs';
import { OURS, PEER } from './apps.mjs';
import { interactionRun, interactionSummary } from './interaction.mjs';
import { loadRun, loadSummary } from './load.mjs';
import { slowLinkRun, slowLinkSummary } from './slow-link.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const SIDE_BY_SIDE = ['load', 'interaction', 'phone', 'slowlink'];

/** Warm-up of each app, then `runs` pairs; returns [runs of ours, runs of the peer]. */
async function alternate(options, label, run, deadlineMs) {
  const ours = [];
  const peer = [];
  for (let r = -1; r < options.runs; r++) {
    options.log(`${label} ${r < 0 ? 'warm-up' : `run ${r + 1}/${options.runs}`}…`);
    const a = await withDeadline(() => run(OURS, options.base), deadlineMs, `${label} (${OURS.name})`);
    const b = await withDeadline(() => run(PEER, options.peerBase), deadlineMs, `${label} (${PEER.name})`);
    if (r >= 0) { ours.push(a); peer.push(b); }
  }
  return [ours, peer];
}

/**
 * Runs the `only` side-by-side scenarios; returns { load, interaction, phone, slowLink }, each
 * { ours, peer } with the same summaries as the single-app scenarios.
 */
export async function sideBySide(browser, only, options) {
  const results = {};
  const pair = ([ours, peer], summarise) => ({ ours: summarise(ours), peer: summarise(peer) });
  if (only.includes('load')) {
    results.load = pair(await alternate(options, 'load', (app, base) => loadRun(browser, { ...options, base, app }), 180_000), loadSummary);
  }
  if (only.includes('interaction')) {
    results.interaction = pair(await alternate(options, 'interaction', (app, base) => interactionRun(browser, { ...options, base, app }), 300_000), interactionSummary);
  }
  if (only.includes('phone')) {
    const phone = { ...options, throttle: options.phoneThrottle, device: PHONE, clicksPerRun: options.phoneClicks };
    const [ours, peer] = await alternate(options, 'phone', async (app, base) => ({
      load: await loadRun(browser, { ...phone, base, app }),
      interaction: await interactionRun(browser, { ...phone, base, app }),
    }), 400_000);
    const summarise = (runs) => ({ load: loadSummary(runs.map((r) => r.load)), interaction: interactionSummary(runs.map((r) => r.interaction)) });
    results.phone = { throttle: options.phoneThrottle, device: PHONE, ours: summarise(ours), peer: summarise(peer) };
  }
  if (only.includes('slowlink')) {
    results.slowLink = pair(await alternate(options, 'slow link', (app, base) => slowLinkRun(browser, { ...options, base, app }), 120_000), slowLinkSummary);
  }
  return results;
}
