import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/app';
import { initI18n } from './i18n';
import { parseRoute } from './lib/routes';
import { useSettingsStore } from './state/settings-store';
import './app/app.css';

preloadScreen(parseRoute(window.location.hash));
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
