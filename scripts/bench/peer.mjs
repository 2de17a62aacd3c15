// The SurveyJS peer (../shared/peer-surveyjs, read-only there; its README describes it): copied to
// a folder in the system temp directory, `npm ci` and its build run there, and served with its own
// `vite preview` on 127.0.0.1. The folder is keyed by a hash of the peer's sources and the domain
// model it generates its questions from, so a second `npm run bench -- --peer` reuses the build.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from '../bench-lib.mjs';

const SOURCE = resolve(process.env.PEER_DIR ?? '../shared/peer-surveyjs');
const MODEL = resolve(SOURCE, '../domain/assessment-model.md');
/** What the build depends on (not node_modules, dist or earlier results). */
const INPUTS = ['package.json', 'package-lock.json', 'index.html', 'vite.config.js', 'src', 'scripts'];

function files(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

function sourceHash() {
  const hash = createHash('sha256');
  const paths = INPUTS.map((p) => join(SOURCE, p)).filter(existsSync).flatMap(files);
  if (existsSync(MODEL)) paths.push(MODEL);
  for (const p of paths) hash.update(p.slice(SOURCE.length)).update(readFileSync(p));
  return hash.digest('hex').slice(0, 16);
}

/** Copies, installs and builds the peer unless the cached build of the same sources exists; returns its folder. */
function buildPeer(log) {
  if (!existsSync(join(SOURCE, 'package.json'))) throw new Error(`--peer: no SurveyJS peer at ${SOURCE} (set PEER_DIR)`);
  const dir = join(tmpdir(), `siap-cerdas-peer-${sourceHash()}`);
  const done = join(dir, '.bench-built');
  if (existsSync(done)) {
    log(`peer: cached build in ${dir}`);
    return dir;
  }
  log(`peer: copying ${SOURCE} to ${dir}, npm ci, build…`);
  for (const p of INPUTS) if (existsSync(join(SOURCE, p))) cpSync(join(SOURCE, p), join(dir, p), { recursive: true });
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts']);
  run(process.execPath, ['scripts/gen-survey.mjs', '--model', MODEL]);
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']);
  writeFileSync(done, new Date().toISOString());
  return dir;
}

/** Builds (or reuses) the peer and serves its dist/ on 127.0.0.1:`port`. */
export function servePeer({ port, log }) {
  return preview({ port, cwd: buildPeer(log) });
}
