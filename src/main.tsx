import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/app';
import { initI18n } from './i18n';
import { parseRoute } from './lib/routes';
import { getRepository } from './state/repository';
import { useSettingsStore } from './state/settings-store';
import './app/app.css';
import './features/questionnaire/questionnaire.css';

preloadScreen(parseRoute(window.location.hash));
// Every screen reads IndexedDB first: open it while the screen's chunks download and React starts.
// A failure is reported by the screen's own call (same promise); nothing to do here.
getRepository().catch(() => undefined);
const lang = useSettingsStore.getState().lang;
initI18n(lang);
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
