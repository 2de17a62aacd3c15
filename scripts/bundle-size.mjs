// Byte sizes of a production build folder, shared by check-budgets.mjs (CI) and bench.mjs:
//   initial route = what index.html makes the browser load eagerly: the entry module script, its
//                   <link rel="modulepreload"> chunks and stylesheets, plus (transitively) the static
//                   imports of those scripts; lazy chunks (dynamic import()) are not counted;
//   precache      = every file listed in the precache manifest of the generated sw.js.
// Sizes are raw bytes and gzip level 9 bytes (what a server or the service worker would compress
// at best); 1 KB = 1,000 bytes throughout. Pure functions take text; only measureBuild reads files.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** CI byte budgets (issue 7), gzip bytes. "120 KB" is read strictly as 120,000 bytes, not KiB. */
// precacheGzip: 400,000 until 2026-12-01, raised as a decision (docs/performance.md, "Budget decision").
export const BUDGETS = Object.freeze({ initialGzip: 120_000, precacheGzip: 460_000 });

const JS_OR_CSS = /\.(?:m?js|css)$/;

/** Strips `./`, a leading `/`, a query or hash: `./assets/a.js?v=1` → `assets/a.js`. */
function normalise(url) {
  return url.replace(/[?#].*$/, '').replace(/^\.\//, '').replace(/^\//, '');
}

/** The value of attribute `name` in one tag's text, or undefined. */
function attr(tag, name) {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/**
 * Files index.html loads eagerly, in document order: `<script type="module" src>`,
 * `<link rel="modulepreload" href>` and `<link rel="stylesheet" href>` (JS and CSS only; icons
 * and the manifest are not part of the route's code). Paths are relative to the build folder.
 */
export function eagerAssets(html) {
  const files = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const url = isScript ? attr(tag, 'src') : attr(tag, 'href');
    if (!url || /^[a-z]+:\/\//i.test(url)) continue;
    const wanted = isScript ? (attr(tag, 'type') ?? '') === 'module' : rel.includes('modulepreload') || rel.includes('stylesheet');
    if (wanted && JS_OR_CSS.test(normalise(url))) files.push(normalise(url));
  }
  return [...new Set(files)];
}

/**
 * Specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"` statements in
 * an ES module chunk. Dynamic `import("x")` (a lazy chunk) is not a static import and is skipped.
 */
export function staticImports(code) {
  const found = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*\s{},]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    found.push(m[1]);
  }
  return [...new Set(found)];
}

/**
 * The initial route's files: the eager assets of `html` plus everything their scripts import
 * statically, transitively. `read(path)` returns a file's text, or undefined when it does not exist.
 */
export function initialRouteFiles(html, read) {
  const files = eagerAssets(html);
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (!/\.m?js$/.test(file)) continue;
    const code = read(file);
    if (code === undefined) throw new Error(`index.html loads ${file}, which is not in the build`);
    for (const spec of staticImports(code)) {
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (!files.includes(target) && read(target) !== undefined) files.push(target);
    }
  }
  return files;
}

/** URLs in the precache manifest of a Workbox-generated sw.js (`{url:"…",revision:…}`), deduplicated. */
export function precacheUrls(swCode) {
  return [...new Set([...swCode.matchAll(/\burl\s*:\s*"([^"]+)"/g)].map((m) => normalise(m[1])))];
}

/** Raw and gzip -9 bytes of each file (largest gzip first) and their totals. */
export function measureFiles(dir, files) {
  const list = files.map((file) => {
    const bytes = readFileSync(`${dir}/${file}`);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }).sort((a, b) => b.gzip - a.gzip);
  return { files: list, raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) };
}

/** Initial-route and precache sizes of the production build in `dir` (needs index.html and sw.js). */
export function measureBuild(dir) {
  const read = (file) => (existsSync(`${dir}/${file}`) ? readFileSync(`${dir}/${file}`, 'utf8') : undefined);
  const html = read('index.html');
  const sw = read('sw.js');
  if (html === undefined || sw === undefined) throw new Error(`${dir} has no index.html or sw.js: not a production build`);
  return { initial: measureFiles(dir, initialRouteFiles(html, read)), precache: measureFiles(dir, precacheUrls(sw)) };
}

/**
 * Compares measured sizes with the budgets. Returns one row per budget: its name, the measured
 * gzip bytes, the budget, whether it is within, and the biggest files (for the failure message).
 */
export function checkBudgets(sizes, budgets = BUDGETS) {
  return [
    { name: 'initial route JS+CSS (gzip)', measured: sizes.initial.gzip, budget: budgets.initialGzip, part: sizes.initial },
    { name: 'whole precache (gzip)', measured: sizes.precache.gzip, budget: budgets.precacheGzip, part: sizes.precache },
  ].map(({ part, ...row }) => ({ ...row, ok: row.measured <= row.budget, raw: part.raw, count: part.files.length, biggest: part.files.slice(0, 5) }));
}

/** `123456` → `123,456 B`. */
export const bytes = (n) => `${n.toLocaleString('en-US')} B`;
