// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, eagerAssets, initialRouteFiles, precacheUrls, staticImports } from './bundle-size.mjs';
import type { BuildSizes, PartSize } from './bundle-size.mjs';

/** index.html as `vite build` writes it (CSP and icons included, whitespace as emitted). */
const HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
    <link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />
    <script type="module" crossorigin src="./assets/index-AAA.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/types-BBB.js">
    <link rel="stylesheet" crossorigin href="./assets/index-CCC.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body><div id="root"></div></body>
</html>`;

/** Minified chunks in Rolldown's shape: static imports first, lazy chunks behind import(). */
const FILES: Record<string, string> = {
  'assets/index-AAA.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-EEE.js"])))=>i.map(i=>d[i]);'
    + 'import{a as e,c as t}from"./types-BBB.js";import{n}from"./store-DDD.js";import"./side-effect-FFF.js";'
    + 'const q=()=>import("./lazy-EEE.js");console.log(import.meta.url);',
  'assets/types-BBB.js': 'var e=1;export{e as a,e as c};',
  'assets/store-DDD.js': 'import{a}from"./types-BBB.js";export*from"./shared-GGG.js";var n=a;export{n};',
  'assets/side-effect-FFF.js': 'console.log(1);',
  'assets/shared-GGG.js': 'export const s=1;',
  'assets/lazy-EEE.js': 'import{n}from"./store-DDD.js";export default n;',
  'assets/index-CCC.css': 'body{margin:0}',
};
const read = (file: string) => FILES[file];

describe('initial route files', () => {
  it('takes the module entry, modulepreloads and stylesheets from index.html, not icons or the manifest', () => {
    expect(eagerAssets(HTML)).toEqual(['assets/index-AAA.js', 'assets/types-BBB.js', 'assets/index-CCC.css']);
  });

  it('finds static imports and re-exports but not dynamic import() or import.meta', () => {
    expect(staticImports(FILES['assets/index-AAA.js'] ?? '')).toEqual(['./types-BBB.js', './store-DDD.js', './side-effect-FFF.js']);
    expect(staticImports(FILES['assets/store-DDD.js'] ?? '')).toEqual(['./types-BBB.js', './shared-GGG.js']);
    expect(staticImports('import { x } from "./a.js";\nexport { y } from \'./b.js\';')).toEqual(['./a.js', './b.js']);
  });

  it('follows static imports transitively and leaves lazy chunks out', () => {
    const files = initialRouteFiles(HTML, read);
    expect(files).toEqual([
      'assets/index-AAA.js', 'assets/types-BBB.js', 'assets/index-CCC.css',
      'assets/store-DDD.js', 'assets/side-effect-FFF.js', 'assets/shared-GGG.js',
    ]);
    expect(files).not.toContain('assets/lazy-EEE.js');
  });

  it('fails loudly when index.html names a file the build does not have', () => {
    expect(() => initialRouteFiles(HTML, () => undefined)).toThrow(/index-AAA\.js/);
  });
});

describe('precache manifest', () => {
  it('lists each URL of the Workbox manifest once', () => {
    const sw = 'define(["./workbox-1"],function(e){e.precacheAndRoute([{url:"assets/a-1.js",revision:null},'
      + '{url:"index.html",revision:"abc"},{url:"assets/a-1.js",revision:null},{url:"manifest.webmanifest",revision:"d"}],{})});';
    expect(precacheUrls(sw)).toEqual(['assets/a-1.js', 'index.html', 'manifest.webmanifest']);
  });
});

describe('budgets', () => {
  const part = (gzip: number, files = 3): PartSize => ({
    raw: gzip * 3, gzip,
    files: Array.from({ length: files }, (_, i) => ({ file: `f${i}.js`, raw: 3, gzip: gzip / files })),
  });

  it('are 120,000 and 460,000 gzip bytes (1 KB = 1,000 bytes)', () => {
    expect(BUDGETS).toEqual({ initialGzip: 120_000, precacheGzip: 460_000 });
  });

  it('pass at exactly the budget and fail one byte over, naming the biggest files', () => {
    const at: BuildSizes = { initial: part(120_000), precache: part(460_000) };
    expect(checkBudgets(at).map((r) => r.ok)).toEqual([true, true]);
    const over: BuildSizes = { initial: part(120_001, 7), precache: part(1) };
    const [initial, precache] = checkBudgets(over);
    expect(initial).toMatchObject({ ok: false, measured: 120_001, budget: 120_000, count: 7 });
    expect(initial?.biggest).toHaveLength(5);
    expect(precache?.ok).toBe(true);
  });
});
