// Byte budgets of the production build (issue 7), run by `npm test`; exits 1 when one is exceeded.
//   initial route JS+CSS ≤ 120,000 B gzip; whole precache ≤ 460,000 B gzip (gzip -9, 1 KB = 1,000 B).
// What counts as "initial route" and "precache": scripts/bundle-size.mjs. docs/performance.md.
// Usage: node scripts/check-budgets.mjs            builds into a temporary folder, checks, removes it
//        node scripts/check-budgets.mjs --dir dist checks an existing build instead (no build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytes, checkBudgets, measureBuild } from './bundle-size.mjs';

class BuildFailed extends Error {}

const dirArg = process.argv.indexOf('--dir');
const given = dirArg > 0 ? process.argv[dirArg + 1] : undefined;
const dir = given ?? mkdtempSync(join(tmpdir(), 'siap-cerdas-budgets-'));

try {
  if (!given) {
    try {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
    } catch {
      throw new BuildFailed();
    }
  }
  const rows = checkBudgets(measureBuild(dir));
  console.log('Byte budgets (gzip -9; 1 KB = 1,000 bytes):');
  for (const r of rows) {
    const margin = r.ok ? `${bytes(r.budget - r.measured)} to spare` : `${bytes(r.measured - r.budget)} OVER`;
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(28)} ${bytes(r.measured).padStart(11)} of ${bytes(r.budget)} (${margin}; ${r.count} files, ${bytes(r.raw)} raw)`);
  }
  const failed = rows.filter((r) => !r.ok);
  for (const r of failed) {
    console.error(`\nBudget exceeded: ${r.name} is ${bytes(r.measured)}, the budget is ${bytes(r.budget)}. Biggest files (gzip):`);
    for (const f of r.biggest) console.error(`  ${bytes(f.gzip).padStart(11)}  ${f.file}`);
  }
  if (failed.length > 0) {
    console.error('\nMove rarely used code behind a lazy import() (see docs/performance.md) or discuss raising the budget.');
    process.exitCode = 1;
  }
} catch (e) {
  if (!(e instanceof BuildFailed)) throw e;
  console.error('check-budgets: vite build failed (messages above), so there is nothing to measure.');
  process.exitCode = 1;
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
