import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { GMSC_2026_1_VERSION, INSTRUMENT_GMSC_2026_1 } from './src/domain/instrument/gmsc-2026-1';

/**
 * Content-Security-Policy for the production build: nothing may load from another origin
 * (no CDN fonts, analytics or remote assets). Inline styles stay allowed because Recharts sets
 * style attributes. Dev keeps Vite's inline HMR scripts, so the policy is build-only.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Libraries the first screen needs (see `build` below and docs/performance.md). */
const VENDOR = /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zustand|use-sync-external-store|idb)[\\/]/;

/** Modules of the planning screens only (see the `planning` chunk group below). */
const PLANNING_SCREENS =
  /src[\\/]features[\\/]planning[\\/](?!package-bar|open-package-panel|planning\.css|opd-progress-table|register-planning-text|[a-z-]+-locale|package-error-text|refusal-alert|use-send-back)/;

/**
 * What the package bar and the "open a work package" panel share with the planning screens. Every
 * module those two import from features/planning must be listed here (and excluded above): one left
 * in the `planning` group makes the questionnaire fetch and run every planning screen and Recharts
 * (`use-send-back` did, ≈ 100 ms of evaluation at 4× after the first question; docs/performance.md).
 */
const PLANNING_SHARED = /src[\\/]features[\\/]planning[\\/](opd-progress-table|register-planning-text|[a-z-]+-locale|package-error-text|refusal-alert|use-send-back)/;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'siap-cerdas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** True for an instrument text in both languages (`LocalizedText`). */
function isLocalizedText(value: unknown): value is Record<'id' | 'en', string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort().join();
  return keys === 'en,id' && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The file reader worker checks indicator ids and "Tidak relevan" marks and scores imports: it
 * needs the instrument's structure, never its text (messages are written on the page). In the
 * worker's bundle the instrument module is its structure with every text empty: about 8.5 KB gzip
 * less in the precache (docs/performance.md).
 */
function instrumentStructureInWorker(): Plugin {
  const structure = JSON.stringify(INSTRUMENT_GMSC_2026_1, (_key, value: unknown) =>
    isLocalizedText(value) ? { id: '', en: '' } : value);
  return {
    name: 'siap-cerdas-worker-instrument',
    load(id) {
      if (!/src[\\/]domain[\\/]instrument[\\/]gmsc-2026-1\.ts$/.test(id)) return null;
      return `export const GMSC_2026_1_VERSION = ${JSON.stringify(GMSC_2026_1_VERSION)};\n` +
        `export const INSTRUMENT_GMSC_2026_1 = ${structure};\n`;
    },
  };
}

/**
 * The modules the questionnaire's chunk imports statically that the first bundle does not hold: one
 * chunk (the `questionnaire-deps` group below) instead of about 14 small ones, which the browser found
 * one import level at a time (four rounds of request, parse and compile before the first question).
 * The set is computed from the module graph when the build's modules are known (`buildEnd`), before
 * the chunks are made. Other screens that share some of these modules load this chunk too (the home
 * page's panels did load most of them already: the instrument, plans, scoring; ≈ 5 KB more).
 */
function questionnaireDeps(): Plugin & { has: (id: string) => boolean } {
  const deps = new Set<string>();
  return {
    name: 'siap-cerdas-questionnaire-deps',
    apply: 'build',
    has: (id) => deps.has(id),
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const closure = (from: string | undefined) => {
        const seen = new Set<string>();
        const todo = from ? [from] : [];
        for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const main = ids.find((id) => /src[\\/]main\.tsx$/.test(id));
      const page = ids.find((id) => /src[\\/]features[\\/]questionnaire[\\/]questionnaire-page\.tsx$/.test(id));
      // A renamed entry or page would silently bring back the 14-chunk waterfall: fail the build instead.
      if (!main || !page) this.error('questionnaireDeps: src/main.tsx or src/features/questionnaire/questionnaire-page.tsx is not in the build; update vite.config.ts');
      const initial = closure(main);
      for (const id of closure(page)) {
        if (initial.has(id) || id.startsWith('\0') || /node_modules|src[\\/]features[\\/]questionnaire[\\/]/.test(id)) continue;
        deps.add(id);
      }
    },
  };
}
const QUESTIONNAIRE_DEPS = questionnaireDeps();

export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    QUESTIONNAIRE_DEPS,
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': an update is offered ("Versi baru tersedia"), never forced mid-questionnaire.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precache every built file (all lazy chunks, `regions-data`,
      // icons); listing assets or manifest icons again only duplicates precache entries.
      includeAssets: [],
      includeManifestIcons: false,
      workbox: {
        // manifest.webmanifest is added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so it works offline without a
        // reload. No `skipWaiting`: an UPDATE waits until the user accepts the prompt.
        clientsClaim: true,
      },
      manifest: {
        name: 'Siap Cerdas — Penilaian Kesiapan Smart City',
        short_name: 'Siap Cerdas',
        description: 'Penilaian mandiri kesiapan smart city kabupaten/kota, luring.',
        lang: 'id',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  // The file reader worker (state/file-reader.worker.ts) is an ES module like the app.
  worker: { format: 'es', plugins: () => [instrumentStructureInWorker()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // A lazy screen's JS needs no <link rel="modulepreload"> per chunk it imports: the browser finds
    // those imports itself (one request round more, on one origin and from the service worker's
    // cache offline), while inserting the links cost the main thread ≈ 50–130 ms at 4× per screen
    // (the questionnaire's 21, the package bar's 26; docs/performance.md). The entry's own
    // preloads in index.html stay, and CSS of lazy chunks is still loaded with them. One exception:
    // the questionnaire page's one shared chunk (`questionnaire-deps`) is preloaded with the page, so
    // both download at once instead of one after the other (the page is what most visits open).
    modulePreload: {
      resolveDependencies: (file, deps, { hostType }) => {
        if (hostType === 'html') return deps;
        return file.includes('questionnaire-page-') ? deps.filter((d) => d.includes('questionnaire-deps-')) : [];
      },
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every screen needs, in one chunk: one request instead of several small
          // shared chunks (fewer bytes too), and a file that stays the same across app updates, so
          // the service worker need not download it again. Recharts, zod etc. stay in lazy chunks.
          // The planning screens share many small modules (state, text): one lazy chunk for them
          // saves per-chunk overhead in the precache. Only features/ and state/ modules: domain
          // planning code is also imported by the exchange code, and grouping it here made the two
          // chunks import each other (a cycle that broke module evaluation). `state/work-package-copy`
          // stays out as well: the home page's panel imports it.
          groups: [
            { name: 'vendor', test: VENDOR },
            // Not the two pieces other screens show (the questionnaire's package bar, the home
            // page's "open a work package" panel) nor what they need: in this chunk they would make
            // those screens fetch and run every planning screen, Recharts included.
            { name: 'planning', includeDependenciesRecursively: false, test: PLANNING_SCREENS },
            // What the bar, the panel and the screens share (text, the OPD table): one small chunk.
            { name: 'planning-shared', includeDependenciesRecursively: false, test: PLANNING_SHARED },
            // What the questionnaire needs beyond the first bundle, in one chunk (`questionnaireDeps`).
            { name: 'questionnaire-deps', includeDependenciesRecursively: false, test: QUESTIONNAIRE_DEPS.has },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
