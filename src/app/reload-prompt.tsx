import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useDeviceStore } from '../state/device-store';

/** How often an open app asks the server for a new version (only when online). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** If the new worker has not taken control this long after "reload", reload anyway. */
const RELOAD_FALLBACK_MS = 5000;

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
    await savesSettled();
    await updateServiceWorker(true);
    setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
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
      <span>{isSwitching ? t('update.switching') : t('update.available')}</span>
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
