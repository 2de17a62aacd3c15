import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../state/settings-store';

/** One visible button that switches between Bahasa Indonesia and English; the choice persists. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useSettingsStore((s) => s.lang);
  const setLang = useSettingsStore((s) => s.setLang);
  const next = lang === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="btn btn-ghost lang-switch"
      lang={next}
      aria-label={t('language.switchToLabel')}
      onClick={() => {
        setLang(next);
        void i18n.changeLanguage(next);
        document.documentElement.lang = next;
      }}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="10" />
        <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
      </svg>
      {t('language.switchTo')}
    </button>
  );
}
