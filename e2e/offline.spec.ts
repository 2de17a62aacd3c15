import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShellModel } from './page-models/app-shell';
import { HomePageModel } from './page-models/home-page';
import { NewAssessmentModel } from './page-models/new-assessment-page';
import { QuestionnaireModel } from './page-models/questionnaire-page';

declare global {
  interface Window {
    /** Set by a test; a full reload clears it, so it tells whether the page was reloaded. */
    __sameDocument?: boolean;
  }
}

test.describe('offline', () => {
  test('after one visit the app opens and works with the network off, and no request leaves the origin', async ({
    page, context, baseURL, home, newAssessment, questionnaire, results,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });
    const shell = new AppShellModel(page);

    // Given one visit while online
    await home.goto();
    await shell.waitForOfflineReady();

    // When the network goes away, the app still opens from the service worker
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Penilaian kesiapan smart city' })).toBeVisible();
    await expect(page.getByTestId('offline-ready')).toBeVisible();

    // And a new assessment can be created (the region list is precached) and answered
    await newAssessment.create('kota cirebon', /^Kota Cirebon \(32\.74\)/, 2026);
    await questionnaire.answer('GOV.1.1', 3);
    await questionnaire.answer('GOV.1.2', 1);
    await questionnaire.openNotes('GOV.1.2');
    await questionnaire.card('GOV.1.2').getByLabel('Catatan').fill('Dicatat tanpa internet.');
    await questionnaire.expectSaved('GOV.1.2');

    // Then everything is there after another offline reload
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await expect(questionnaire.level('GOV.1.1', 3)).toBeChecked();
    await expect(questionnaire.level('GOV.1.2', 1)).toBeChecked();
    await expect(questionnaire.card('GOV.1.2').getByLabel('Catatan')).toHaveValue('Dicatat tanpa internet.');

    // And the lazily loaded screens (results with charts, explanation, method) work offline too
    await results.open();
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await page.getByRole('link', { name: 'Lihat cara skor dihitung' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cara skor dihitung');
    await page.goto('./#/metode');
    await expect(page.getByRole('heading', { level: 1, name: 'Metode penilaian' })).toBeVisible();
    await home.goto();
    await expect(home.row('Kota Cirebon', 2026)).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test('the Content-Security-Policy blocks requests to other origins', async ({ page, context, home, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const answered: string[] = [];
    context.on('response', (r) => {
      if (new URL(r.url()).origin !== origin) answered.push(r.url());
    });
    await home.goto();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);

    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const img = document.createElement('img');
      img.src = 'http://example.invalid/x.png';
      img.alt = '';
      document.body.append(img);
      const fetched = await fetch('http://example.invalid/data.json').then(() => 'loaded', () => 'blocked');
      const font = new FontFace('Remote', 'url(https://fonts.example.invalid/f.woff2)');
      const fontLoad = await font.load().then(() => 'loaded', () => 'blocked');
      await new Promise((resolve) => setTimeout(resolve, 300));
      img.remove();
      return { violations: violations.sort(), fetched, fontLoad };
    });

    expect(outcome).toEqual({
      violations: [
        'connect-src http://example.invalid/data.json',
        'font-src https://fonts.example.invalid/f.woff2',
        'img-src http://example.invalid/x.png',
      ],
      fetched: 'blocked',
      fontLoad: 'blocked',
    });
    expect(answered).toEqual([]);
  });

  test('is installable: a manifest with icons and a service worker, no installability errors', async ({
    playwright, launchOptions, baseURL, request,
  }, testInfo) => {
    const manifest = (await (await request.get('./manifest.webmanifest')).json()) as {
      name: string; short_name: string; display: string; start_url: string; icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ short_name: 'Siap Cerdas', display: 'standalone', start_url: './' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const response = await request.get(`./${icon.src}`);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    // Chromium reports "in-incognito" for every private context, so ask in a regular profile.
    const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      ...launchOptions, ...(baseURL ? { baseURL } : {}),
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('./#/');
      await new AppShellModel(page).waitForOfflineReady();
      const cdp = await context.newCDPSession(page);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    } finally {
      await context.close();
    }
  });
});

/**
 * A proxy in front of the preview server that can serve a changed `sw.js`, as a deployment of a
 * new version would. (Playwright's routing cannot intercept the service worker script itself.)
 */
async function startUpdateProxy(target: string): Promise<{ origin: string; publishNewVersion(): void; close(): Promise<void> }> {
  const upstream = new URL(target);
  let version = 0;
  const server: Server = createServer((req, res) => {
    const isChangedWorker = req.url?.endsWith('/sw.js') === true && version > 0;
    // The changed worker is built from a full, uncompressed upstream body (never a 304 or gzip).
    const {
      'if-none-match': _ifNoneMatch, 'if-modified-since': _ifModifiedSince, 'accept-encoding': _encoding, ...unconditional
    } = req.headers;
    const headers = { ...(isChangedWorker ? unconditional : req.headers), host: upstream.host };
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (upstreamRes) => {
        if (!isChangedWorker) {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        upstreamRes.on('data', (c: Buffer) => chunks.push(c));
        upstreamRes.on('end', () => {
          const body = Buffer.concat([...chunks, Buffer.from(`\n// new version ${version}\n`)]);
          const {
            'content-length': _length, 'content-encoding': _contentEncoding, etag: _etag, 'last-modified': _modified, ...headers
          } = upstreamRes.headers;
          res.writeHead(200, {
            ...headers, 'content-type': 'text/javascript', 'content-length': body.length, 'cache-control': 'no-cache',
          });
          res.end(body);
        });
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    publishNewVersion: () => {
      version += 1;
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/**
 * From the next click on, the page fetches three of its own files every 40 ms for `ms` (served by the
 * service worker), as the app's idle preloading of lazy screens does right after a load.
 */
async function fetchWhenClicked(page: Page, ms: number): Promise<void> {
  await page.evaluate((duration) => {
    const files = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).slice(0, 3);
    document.addEventListener('click', () => {
      const until = Date.now() + duration;
      const timer = setInterval(() => {
        if (Date.now() > until) clearInterval(timer);
        for (const file of files) void fetch(file).catch(() => undefined);
      }, 40);
    }, { capture: true, once: true });
  }, ms);
}

/** Asks the browser to check for a new service worker now (the app also checks hourly). */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test.describe('updates', () => {
  test('a new version is offered, not forced: the page reloads only when the user accepts', async ({ page, baseURL }) => {
    const proxy = await startUpdateProxy(baseURL ?? '');
    try {
      const shell = new AppShellModel(page);
      const q = new QuestionnaireModel(page);
      // Given the app, installed, with a questionnaire open and answered
      await page.goto(`${proxy.origin}/#/`);
      await shell.waitForOfflineReady();
      await new HomePageModel(page).startNewAssessment();
      const create = new NewAssessmentModel(page);
      await create.chooseRegion('kota cirebon', /^Kota Cirebon/);
      await create.fillPeriod('2026');
      await create.submit();
      await q.answer('GOV.1.1', 2);
      await page.evaluate(() => {
        window.__sameDocument = true;
      });

      // When a new version is deployed and the app checks for it
      proxy.publishNewVersion();
      await checkForUpdate(page);

      // Then it is offered, and nothing reloads by itself
      await expect(shell.updatePrompt()).toContainText('Versi baru tersedia — muat ulang.');
      await shell.postponeUpdate();
      await expect(shell.updatePrompt()).toHaveCount(0);
      await q.answer('GOV.1.2', 3);
      expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

      // When the user accepts (the prompt comes back on the next check or load)
      await page.reload();
      await expect(shell.updatePrompt()).toContainText('Versi baru tersedia — muat ulang.');
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      // (while the page is still fetching its files, as its idle preloading does: Chromium then
      // abandons the first activation, and the app must ask again instead of reloading into a hang)
      await fetchWhenClicked(page, 2_000);
      const reloaded = page.waitForEvent('load');
      await shell.acceptUpdate();

      // Then the new version takes over with a reload, and the answers are all there
      await reloaded;
      expect(await page.evaluate(() => window.__sameDocument ?? false)).toBe(false);
      await expect(q.level('GOV.1.1', 2)).toBeChecked();
      await expect(q.level('GOV.1.2', 3)).toBeChecked();
      await expect(shell.updatePrompt()).toHaveCount(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      await proxy.close();
    }
  });

  test('accepting in one tab reloads that tab only; the other is told to reload', async ({ page, context, baseURL }) => {
    const proxy = await startUpdateProxy(baseURL ?? '');
    try {
      // Tab A is the very first visit (the worker claimed it without a reload); tab B opens later
      await page.goto(`${proxy.origin}/#/`);
      await new AppShellModel(page).waitForOfflineReady();
      const other = await context.newPage();
      await other.goto(`${proxy.origin}/#/metode`);
      for (const tab of [page, other]) {
        await tab.evaluate(() => {
          window.__sameDocument = true;
        });
      }

      proxy.publishNewVersion();
      await checkForUpdate(page);
      const shellA = new AppShellModel(page);
      const shellB = new AppShellModel(other);
      await expect(shellA.updatePrompt()).toContainText('Versi baru tersedia');
      await expect(shellB.updatePrompt()).toContainText('Versi baru tersedia');

      const reloaded = page.waitForEvent('load', { timeout: 4_500 });
      await shellA.acceptUpdate();

      // A reloads as soon as the new version controls it (well before the 5 s fallback)
      await reloaded;
      expect(await page.evaluate(() => window.__sameDocument ?? false)).toBe(false);
      await expect(shellB.updatePrompt()).toContainText('Versi baru sudah diaktifkan dari tab lain.');
      expect(await other.evaluate(() => window.__sameDocument)).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
