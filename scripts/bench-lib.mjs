// Helpers shared by the benchmark scripts (bench.mjs, bench-benchmark.mjs, bench-scale.mjs).

/** `--runs 7 --scenario load` → { runs: 7, scenario: 'load' } (numbers parsed, other values kept). */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.join(' ').split('--').filter(Boolean).map((s) => s.trim().split(/\s+/))
      .map(([k, v]) => [k, v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
  );
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and min–max rounded to 0.1, plus the sample count. */
export function summary(xs) {
  return { median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1), n: xs.length };
}

/** Bytes → MiB with one decimal. */
export const mb = (bytes) => +(bytes / 1048576).toFixed(1);
