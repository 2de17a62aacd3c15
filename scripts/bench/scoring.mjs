// Scoring throughput in Node: `scoreAssessment` (src/domain/scoring) over all 2,570 assessments
// of the national dataset. The TypeScript source is loaded with Vite's module runner
// (`runnerImport`: the same transform as the dev server, not minified), so no separate build or
// TS runner is needed. One warm-up pass (JIT), then `runs` timed passes; figures are ms per pass.
import { runnerImport } from 'vite';
import { summary } from '../bench-lib.mjs';

async function load(path) {
  return (await runnerImport(path, { configFile: false, logLevel: 'error' })).module;
}

export async function scoringScenario({ runs }, assessments) {
  const { scoreAssessment } = await load('./src/domain/scoring/score-assessment.ts');
  const { getInstrument, getWeightProfile } = await load('./src/domain/instrument/registry.ts');
  const inputs = assessments.map((a) => ({
    instrument: getInstrument(a.instrumentVersion),
    weights: getWeightProfile(a.weightProfileId),
    answers: Object.fromEntries(Object.entries(a.answers).map(([id, { level }]) => [id, { indicatorId: id, level, evidence: [] }])),
  }));
  if (inputs.some((x) => !x.instrument || !x.weights)) throw new Error('scoring: unknown instrument or weight profile in the dataset');
  const pass = () => {
    const start = performance.now();
    let check = 0;
    for (const x of inputs) check += scoreAssessment(x.instrument, x.weights, x.answers).index ?? 0;
    return { ms: performance.now() - start, check };
  };
  pass();
  const times = [];
  for (let r = 0; r < runs; r++) times.push(pass().ms);
  const ms = summary(times);
  return { assessments: inputs.length, passMs: ms, perAssessmentUs: +((ms.median * 1000) / inputs.length).toFixed(1) };
}
