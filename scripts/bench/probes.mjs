/* global window, self, document, requestAnimationFrame, IDBDatabase, indexedDB, MutationObserver, HTMLInputElement, Element */
// Code that runs IN THE PAGE (passed to Playwright's addInitScript / evaluate), so it only uses
// browser globals and its arguments. All times are performance.now() values: ms since navigation start.

/**
 * Installed before the app loads (addInitScript). Collects into `window.__bench`:
 * - `fcp`, `lcp`: First / Largest Contentful Paint (PerformanceObserver 'paint',
 *   'largest-contentful-paint'); `longTasks`: every task ≥ 50 ms ('longtask') as { start, duration };
 * - `clicks`: the timeStamp of each click (capture phase, so before the app handles it) and
 *   `frames`: click → next frame: requestAnimationFrame, then a 0 ms timeout, so the time includes
 *   the style, layout and paint of the frame that shows the click's result;
 * - `stored`: last click → the `complete` event of a readwrite transaction on `answers` in the page
 *   (the answer is durable in IndexedDB). Siap Cerdas writes answers in its storage worker: those
 *   transactions are timed there (`installWorkerStoredProbe`) and added by interaction.mjs;
 * - `seen[name]`: the next-frame time (as above) after a CSS selector first matched, for the
 *   watches registered with `window.__bench.watch(name, selector, count)` or passed as `watches`
 *   ({ name: selector } or { name: [selector, count] });
 * - `peakHeap`: the largest `performance.memory.usedJSHeapSize` sampled every 50 ms.
 */
export function installProbes(watches) {
  const b = { fcp: null, lcp: null, longTasks: [], clicks: [], frames: [], stored: [], seen: {}, peakHeap: 0 };
  window.__bench = b;
  const nextFrame = (fn) => requestAnimationFrame(() => setTimeout(() => fn(performance.now()), 0));
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch { /* entry type not supported */ }
  };
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.startTime; });

  let last = { target: null, t: -Infinity };
  document.addEventListener('click', (e) => {
    const t = e.timeStamp;
    // A click on a <label> is followed by the click it forwards to its input: count the user's click once.
    const forwarded = e.target instanceof HTMLInputElement && last.target instanceof Element && t - last.t < 100
      && [...(e.target.labels ?? [])].some((l) => l.contains(last.target));
    if (forwarded) return;
    last = { target: e.target, t };
    b.clicks.push(t);
    nextFrame((now) => b.frames.push(now - t));
  }, true);

  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && names.includes('answers')) {
      tx.addEventListener('complete', () => {
        const last = b.clicks[b.clicks.length - 1];
        if (last !== undefined) b.stored.push(performance.now() - last);
      });
    }
    return tx;
  };

  const pending = new Map();
  const check = () => {
    for (const [name, w] of pending) {
      if (document.querySelectorAll(w.selector).length < w.count) continue;
      pending.delete(name);
      nextFrame((now) => { b.seen[name] = now; });
    }
  };
  b.watch = (name, selector, count = 1) => {
    delete b.seen[name];
    pending.set(name, { selector, count });
    check();
  };
  for (const [name, w] of Object.entries(watches ?? {})) b.watch(name, ...(Array.isArray(w) ? w : [w]));
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });

  setInterval(() => {
    const m = performance.memory;
    if (m) b.peakHeap = Math.max(b.peakHeap, m.usedJSHeapSize);
  }, 50);
}

/**
 * Evaluated IN A WORKER (Playwright's `worker.evaluate`), before the clicks: the `complete` event of
 * each readwrite transaction on `answers` there, as `performance.timeOrigin + performance.now()`
 * (the page converts it with its own `timeOrigin`), into `self.__benchStored`, and each such
 * transaction's creation → `complete` in ms into `self.__benchTx` (CDP cannot throttle a worker's
 * CPU: "only supported for pages", so this is the part a 4× throttle would not have slowed).
 * Called again, it empties both lists.
 */
export function installWorkerStoredProbe() {
  if (self.__benchStored) {
    self.__benchStored.length = 0;
    self.__benchTx.length = 0;
    return;
  }
  self.__benchStored = [];
  self.__benchTx = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && names.includes('answers')) {
      const created = performance.now();
      tx.addEventListener('complete', () => {
        self.__benchStored.push(performance.timeOrigin + performance.now());
        self.__benchTx.push(performance.now() - created);
      });
    }
    return tx;
  };
}

/**
 * Installed after `installProbes` for an app that stores answers in localStorage (the SurveyJS
 * peer): each `setItem` of `key` adds last click → the moment the write returned to `stored`
 * (localStorage writes are synchronous).
 */
export function installLocalStorageProbe(key) {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    setItem.call(this, k, v);
    const b = window.__bench;
    const last = b.clicks[b.clicks.length - 1];
    if (k === key && last !== undefined) b.stored.push(performance.now() - last);
  };
}

/**
 * Stores assessments the way DB version 1 of the app wrote them (src/storage/upgrades.ts), on a
 * page of the origin that does not run the app (robots.txt); the app then upgrades the database
 * like any old one. `list`: [{ id, regionCode, status, levels: { [indicatorId]: 0–5 } }].
 */
export function seedDatabaseV1(list) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('siap-cerdas', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
      assessments.createIndex('by-updatedAt', 'updatedAt');
      assessments.createIndex('by-region-period', ['regionCode', 'period']);
      const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'indicatorId'] });
      answers.createIndex('by-assessment', 'assessmentId');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['assessments', 'answers'], 'readwrite');
      const at = '2026-01-05T02:00:00.000Z';
      for (const a of list) {
        tx.objectStore('assessments').put({
          id: a.id, regionCode: a.regionCode, period: 2026, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
          status: a.status, createdAt: at, updatedAt: at, schemaVersion: 1,
        });
        for (const [indicatorId, level] of Object.entries(a.levels)) {
          tx.objectStore('answers').put({ assessmentId: a.id, indicatorId, level, evidence: [], answeredAt: at, schemaVersion: 1 });
        }
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** True once `quietMs` have passed since `seen[name]` and since the end of the last long task. */
export function isQuiet([name, quietMs]) {
  const b = window.__bench;
  const start = b.seen[name];
  if (start === undefined) return false;
  const lastEnd = Math.max(start, ...b.longTasks.map((t) => t.start + t.duration));
  return performance.now() - lastEnd >= quietMs;
}
