import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useDeviceStore } from '../state/device-store';

/** How often an open app asks the server for a new version (only when online). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/**
 * SKIP_WAITING is sent only after the page fetched nothing for this long (at most `QUIET_MAX_MS`).
 * Chromium abandons an activation when a fetch reaches the outgoing worker while it stops (a lazy
 * screen part loading right after a reload can do that); the new version then stays waiting, and a
 * reload in that state could leave the tab loading forever (offline.spec.ts, "a new version…").
 */
const QUIET_MS = 400;
const QUIET_MAX_MS = 5000;
/** Without `controllerchange` this long after SKIP_WAITING, the user is told how to finish. */
const GIVE_UP_MS = 10_000;

/**
 * Resolves once no resource of the page finished loading for `QUIET_MS` (or after `QUIET_MAX_MS`).
 * An observer, not `getEntriesByType`: the resource timing buffer stops filling at 250 entries.
 */
function networkQuiet(): Promise<void> {
  const started = performance.now();
  let lastEnd = started;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().length > 0) lastEnd = performance.now();
  });
  observer.observe({ type: 'resource' });
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if (now - lastEnd < QUIET_MS && now - started < QUIET_MAX_MS) {
        setTimeout(check, 100);
        return;
      }
      observer.disconnect();
      resolve();
    };
    setTimeout(check, QUIET_MS);
  });
}

/**
 * Resolves once no answer is being written. The assessment store loads on demand (it is not part
 * of the first bundle); when it cannot load, no questionnaire ran in this tab, so nothing is in flight.
 */
function savesSettled(): Promise<void> {
  return import('../state/assessment-store').then((m) => m.whenSavesSettled(), () => undefined);
}

/**
 * Offers a new version instead of forcing it ('prompt' mode): a reload mid-questionnaire is the
 * user's choice. Accepting waits until no answer is being written, then activates the waiting
 * service worker and reloads. If another tab accepted, this tab is told to reload, not reloaded.
 */
export function ReloadPrompt() {
  const { t } = useTranslation();
  const requestedHere = useRef(false);
  const isUpdateWaiting = useRef(false);
  const [isSwitching, setSwitching] = useState(false);
  const [isStuck, setStuck] = useState(false);
  const [isActivatedElsewhere, setActivatedElsewhere] = useState(false);
  // "Nanti" holds until the next page load: workbox-window may report the same waiting worker
  // twice ('installed', then 'waiting'), which must not bring the prompt back.
  const [isPostponed, setPostponed] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onOfflineReady: () => useDeviceStore.getState().setOfflineReady(),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      if (registration.active) useDeviceStore.getState().setOfflineReady();
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onNeedRefresh: () => {
      isUpdateWaiting.current = true;
    },
    // Handled below for every tab; without this the plugin would reload this page by itself.
    onNeedReload: () => undefined,
  });
  useEffect(() => {
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!container) return;
    // The waiting version took control: here because the user accepted, or in another tab.
    // (The first install claiming the page also changes the controller, but nothing was waiting.)
    const onControllerChange = () => {
      if (!isUpdateWaiting.current) return;
      if (requestedHere.current) window.location.reload();
      else setActivatedElsewhere(true);
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => container.removeEventListener('controllerchange', onControllerChange);
  }, []);

  const accept = async () => {
    requestedHere.current = true;
    setSwitching(true);
    setStuck(false);
    await savesSettled();
    await networkQuiet();
    await updateServiceWorker(true);
    // The tab reloads on `controllerchange` only, never on a timer (see QUIET_MS).
    setTimeout(() => {
      setSwitching(false);
      setStuck(true);
    }, GIVE_UP_MS);
  };

  if (isActivatedElsewhere) {
    return (
      <div className="toast" role="status" data-testid="update-prompt">
        <span>{t('update.activatedElsewhere')}</span>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      </div>
    );
  }
  if (!needRefresh || isPostponed) return null;
  return (
    <div className="toast" role="status" data-testid="update-prompt">
      <span>{isSwitching ? t('update.switching') : t(isStuck ? 'update.stuck' : 'update.available')}</span>
      <button type="button" className="btn btn-primary" disabled={isSwitching} onClick={() => void accept()}>
        {t('update.reload')}
      </button>
      <button type="button" className="btn" onClick={() => {
        setPostponed(true);
        setNeedRefresh(false);
      }}>
        {t('update.later')}
      </button>
    </div>
  );
}
