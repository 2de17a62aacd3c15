#!/usr/bin/env node
/**
 * PDF checks with poppler-utils (pdfinfo, pdftotext, pdftoppm), used by e2e/report.spec.ts and
 * runnable by hand: `node scripts/pdf-check.mjs docs/sample-report.pdf` prints page count, page
 * size, and per page the share of dark pixels and the first words.
 * Run `sh scripts/ensure-poppler.sh` first if the tools are missing.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const MAX_BUFFER = 64 * 1024 * 1024;

function run(tool, args) {
  return execFileSync(tool, args, { maxBuffer: MAX_BUFFER });
}

/** Page count and the first page's size in PDF points (1 pt = 1/72 in; A4 = 595.3 × 841.9). */
export function pdfInfo(file) {
  const out = run('pdfinfo', [file]).toString('utf8');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

/** Text of one page (1-based); `layout` keeps the physical layout (columns side by side). */
export function pdfPageText(file, page, { layout = false } = {}) {
  const args = ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'];
  return run('pdftotext', args).toString('utf8');
}

/** Text of every page, index 0 = page 1. */
export function pdfPagesText(file, options = {}) {
  const { pages } = pdfInfo(file);
  return Array.from({ length: pages }, (_, i) => pdfPageText(file, i + 1, options));
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Words of one page with their boxes in PDF points from the top-left corner (pdftotext -bbox). */
export function pdfWords(file, page) {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-']).toString('utf8');
  const words = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const text = m[5].replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
    words.push({ text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/**
 * Large text on one page: the words at least `minHeight` points tall (e.g. a watermark), joined
 * left to right. Rotated watermark letters often come out of pdftotext as separate words, so
 * this reads them by size and position instead of relying on word grouping.
 */
export function pdfLargeText(file, page, { minHeight = 40 } = {}) {
  return pdfWords(file, page)
    .filter((w) => w.yMax - w.yMin >= minHeight)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text)
    .join('');
}

/** Parses a binary greyscale PGM (P5, maxval ≤ 255) as written by `pdftoppm -gray`. */
function parsePgm(buffer) {
  let offset = 0;
  const fields = [];
  while (fields.length < 4) {
    while (offset < buffer.length && /\s/.test(String.fromCharCode(buffer[offset]))) offset++;
    if (buffer[offset] === 0x23) {
      while (offset < buffer.length && buffer[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (offset < buffer.length && !/\s/.test(String.fromCharCode(buffer[offset]))) token += String.fromCharCode(buffer[offset++]);
    fields.push(token);
  }
  if (fields[0] !== 'P5') throw new Error(`not a binary PGM: ${fields[0]}`);
  const [width, height] = [Number(fields[1]), Number(fields[2])];
  return { width, height, pixels: buffer.subarray(offset + 1, offset + 1 + width * height) };
}

/**
 * Share (0–1) of pixels darker than `threshold` (0 black – 255 white) on one page, or inside
 * `box` (PDF points from the top-left: { x, y, width, height }) when given. Renders with
 * `pdftoppm -gray -r dpi` (default 50 dpi).
 */
export function pdfDarkness(file, page, { box, dpi = 50, threshold = 200 } = {}) {
  const args = ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page)];
  if (box) {
    const px = (pt) => String(Math.max(0, Math.round((pt * dpi) / 72)));
    args.push('-x', px(box.x), '-y', px(box.y), '-W', px(box.width), '-H', px(box.height));
  }
  const { pixels } = parsePgm(run('pdftoppm', [...args, file]));
  let dark = 0;
  for (const value of pixels) if (value < threshold) dark++;
  return pixels.length === 0 ? 0 : dark / pixels.length;
}

/**
 * The longest vertical line in `box` (PDF points from the top-left) on one page: a table's or box's
 * side border. `run` is its length and `x` its position in points; `width` is how many points wide it
 * is (adjacent pixel columns with a run at least 90 % as long), so a border cut down to a sliver by
 * the margin clip shows as narrower than the border it should be.
 */
export function pdfLongestVerticalLine(file, page, { box, dpi = 144, threshold = 200 }) {
  const px = (pt) => Math.max(0, Math.round((pt * dpi) / 72));
  const args = ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page),
    '-x', String(px(box.x)), '-y', String(px(box.y)), '-W', String(Math.max(1, px(box.width))), '-H', String(px(box.height))];
  const { width, height, pixels } = parsePgm(run('pdftoppm', [...args, file]));
  const runs = [];
  for (let col = 0; col < width; col++) {
    let current = 0;
    let longest = 0;
    for (let row = 0; row < height; row++) {
      current = pixels[row * width + col] < threshold ? current + 1 : 0;
      if (current > longest) longest = current;
    }
    runs.push(longest);
  }
  const best = runs.reduce((b, r, i) => (r > runs[b] ? i : b), 0);
  let [from, to] = [best, best];
  while (from > 0 && runs[from - 1] >= 0.9 * runs[best]) from--;
  while (to < width - 1 && runs[to + 1] >= 0.9 * runs[best]) to++;
  const toPt = (n) => (n * 72) / dpi;
  return { run: toPt(runs[best] ?? 0), x: box.x + toPt(best + 0.5), width: runs[best] ? toPt(to - from + 1) : 0 };
}

function main(file) {
  const info = pdfInfo(file);
  console.log(`${file}: ${info.pages} pages, ${info.width} × ${info.height} pt`);
  for (let p = 1; p <= info.pages; p++) {
    const words = pdfPageText(file, p).split(/\s+/).filter(Boolean);
    const large = pdfLargeText(file, p);
    console.log(`  page ${p}: ${(pdfDarkness(file, p) * 100).toFixed(2)}% dark, ${words.length} words${large ? `, large text "${large}"` : ''}: ${words.slice(0, 8).join(' ')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/pdf-check.mjs <file.pdf>');
    process.exit(2);
  }
  main(file);
}
