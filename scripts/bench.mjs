// The benchmark suite (issue 7; docs/performance.md explains every metric). Builds the production
// app, serves it on 127.0.0.1 and measures it in Debian's Chromium with CPU throttling (CDP
// Emulation.setCPUThrottlingRate), each browser scenario as a warm-up plus `--runs` runs in fresh
// browser contexts, reporting median and min–max. Prints one table beside the SurveyJS reference
// and the targets, and writes artifacts/bench-<date>.json and artifacts/bench-latest.json.
//
// Scenarios (all by default; pick with --only, comma-separated):
//   bytes        initial route and precache, raw and gzip (no browser)
//   load         cold and warm (offline, service worker) load → first question; FCP, LCP, TBT, heap
//   interaction  click → next paint, click → stored in IndexedDB, next dimension → first question
//   views        results view and print route of a complete assessment
//   national     import of 514 × 5 assessments, then the benchmark view over them; peak heap
//   large        a file of 5,000 assessments (9.1 MiB): pick → preview, import, progress shown, longest main-thread task
//   slowlink     first visit over 1.6 Mbps / 150 ms RTT: home usable, offline ready (precache complete)
//   scoring      scoreAssessment over the 2,570 assessments in Node
//
// With --peer: Siap Cerdas beside the SurveyJS peer (../shared/peer-surveyjs, built in a temp
// folder, bench/peer.mjs), alternately run by run, scenarios bytes, load, interaction, phone
// (390×844, touch, --phone-throttle 6×) and slowlink (bench/side-by-side.mjs); --only picks among
// those. The peer is served on PEER_PORT (default BENCH_PORT + 1000).
//
// Usage: npm run bench [-- --only load,interaction --runs 7 --national-runs 3 --throttle 4 --clicks 24]
//        npm run bench -- --peer [--runs 3 --clicks 12 --phone-clicks 8 --phone-throttle 6]
//        npm run bench -- --dist <folder>   measure an existing build instead of building
// BENCH_PORT (default 4175) sets the port; the default port builds into dist-bench/, any other
// into its own folder in the system temp directory, so suites on different ports can run at once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumVersion, launchChromium, mb, nationalDataset, parseArgs, serveBuild } from './bench-lib.mjs';
import { measureBuild } from './bundle-size.mjs';
import { interactionScenario } from './bench/interaction.mjs';
import { largeFileScenario } from './bench/large-file.mjs';
import { loadScenario } from './bench/load.mjs';
import { nationalScenario } from './bench/national.mjs';
import { scoringScenario } from './bench/scoring.mjs';
import { slowLinkScenario } from './bench/slow-link.mjs';
import { servePeer } from './bench/peer.mjs';
import { SIDE_BY_SIDE, sideBySide } from './bench/side-by-side.mjs';
import { formatTable, peerTableRows, tableRows } from './bench/table.mjs';
import { viewsScenario } from './bench/views.mjs';

const args = parseArgs();
const peer = 'peer' in args;
const ALL = peer ? ['bytes', ...SIDE_BY_SIDE] : ['bytes', 'load', 'interaction', 'views', 'national', 'large', 'slowlink', 'scoring'];
const only = args.only ? String(args.only).split(',') : ALL;
const unknown = only.filter((s) => !ALL.includes(s));
if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')} (choose from ${ALL.join(', ')})`);
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const PEER_PORT = Number(process.env.PEER_PORT ?? PORT + 1000);
const options = {
  runs: args.runs ?? (peer ? 3 : 7),
  phoneThrottle: args['phone-throttle'] ?? 6,
  phoneClicks: args['phone-clicks'] ?? 8,
  nationalRuns: args['national-runs'] ?? args.runs ?? 7,
  throttle: args.throttle ?? 4,
  clicksPerRun: args.clicks ?? (peer ? 12 : 24),
  log: (line) => console.error(line),
};
const outDir = args.dist ?? (PORT === 4175 ? 'dist-bench' : join(tmpdir(), `siap-cerdas-dist-bench-${PORT}`));

const started = performance.now();
const results = {};
const needsBrowser = only.some((s) => s !== 'bytes' && s !== 'scoring');
const dataset = only.includes('national') || only.includes('scoring') ? nationalDataset() : null;
const server = needsBrowser || !args.dist ? await serveBuild({ port: PORT, outDir, build: !args.dist }) : null;
let peerServer = null;
// The servers run in their own process groups: stop them on Ctrl-C too.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { server?.stop(); peerServer?.stop(); process.exit(130); });
try {
  if (only.includes('bytes')) results.bytes = measureBuild(outDir);
  if (peer && needsBrowser && server) {
    peerServer = await servePeer({ port: PEER_PORT, log: options.log });
    const browser = await launchChromium();
    try {
      Object.assign(results, await sideBySide(browser, only, { ...options, base: server.base, peerBase: peerServer.base }));
    } finally {
      await browser.close();
    }
  } else if (needsBrowser && server) {
    const browser = await launchChromium();
    try {
      const run = { ...options, base: server.base };
      const scenarios = { load: loadScenario, interaction: interactionScenario, views: viewsScenario };
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (!only.includes(name)) continue;
        options.log(`${name}…`);
        results[name] = await scenario(browser, run);
      }
      if (only.includes('national') && dataset) {
        options.log('national…');
        results.national = await nationalScenario(browser, run, dataset.file);
      }
      if (only.includes('slowlink')) {
        options.log('slow link…');
        results.slowLink = await slowLinkScenario(browser, run);
      }
      if (only.includes('large')) {
        options.log('large…');
        results.large = await largeFileScenario(browser, run, nationalDataset({ periods: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], limit: 5000, details: true }).file);
      }
    } finally {
      await browser.close();
    }
  }
  if (only.includes('scoring') && dataset) {
    options.log('scoring…');
    results.scoring = await scoringScenario(options, dataset.assessments);
  }
} finally {
  server?.stop();
  peerServer?.stop();
}

const cpu = cpus();
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpu.length, cpuModel: cpu[0]?.model.trim(), memoryGB: +(totalmem() / 1e9).toFixed(1), node: process.version, chromium: chromiumVersion() },
  settings: { build: outDir, peer, cpuThrottling: options.throttle, ...(peer && { phoneThrottling: options.phoneThrottle, phoneClicksPerRun: options.phoneClicks }), runs: options.runs, nationalRuns: options.nationalRuns, clicksPerRun: options.clicksPerRun, scenarios: only },
  durationS: +((performance.now() - started) / 1000).toFixed(0),
  ...results,
};
mkdirSync('artifacts', { recursive: true });
const json = JSON.stringify(report, null, 2);
const file = `artifacts/bench-${report.date.slice(0, 19).replace(/:/g, '-')}.json`;
writeFileSync(file, json);
writeFileSync('artifacts/bench-latest.json', json);
if (peer) {
  if (results.bytes) console.log(`${formatTable(tableRows({ bytes: results.bytes }))}\n`);
  console.log(formatTable(peerTableRows(results), ['metric', 'SurveyJS peer', 'Siap Cerdas', 'ratio', 'target', '']));
} else {
  console.log(formatTable(tableRows(results)));
}
console.log(`\n${report.date.slice(0, 10)} · ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGB} GB, ${report.machine.chromium}`);
console.log(`CPU throttling ${options.throttle}×${peer ? ` (phone ${options.phoneThrottle}×)` : ''}, ${options.runs} runs${peer ? ' of each app, alternately,' : ` (national: ${options.nationalRuns})`} after a warm-up; ${report.durationS} s. Written to ${file}`);
if (results.national) console.log(`national dataset: 2,570 assessments, ${mb(dataset.file.length)} MiB file`);
