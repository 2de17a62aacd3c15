import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type UiLang = 'id' | 'en';

/** Persisted key: never rename without a migration. */
export const SETTINGS_STORAGE_KEY = 'siap-cerdas:settings';

interface SettingsState {
  readonly lang: UiLang;
  /** Show each question's translation under it in the questionnaire ("Tampilkan terjemahan"). */
  readonly showTranslation: boolean;
  setLang(lang: UiLang): void;
  setShowTranslation(show: boolean): void;
}

type PersistedSettings = Pick<SettingsState, 'lang' | 'showTranslation'>;

/**
 * Reads persisted settings of any earlier version: v1 had only `lang`; v2 adds `showTranslation`
 * (default on, as before the switch existed). Unknown values fall back to the defaults.
 */
function migrateSettings(persisted: unknown): PersistedSettings {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  return { lang: p['lang'] === 'en' ? 'en' : 'id', showTranslation: p['showTranslation'] !== false };
}

/**
 * Small UI preferences in localStorage (synchronous, so the first render already has them).
 * Assessments never go here: they live in IndexedDB through storage/.
 */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      lang: 'id',
      showTranslation: true,
      setLang: (lang) => set({ lang }),
      setShowTranslation: (showTranslation) => set({ showTranslation }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 2,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => migrateSettings(persisted) as SettingsState,
      partialize: (s): PersistedSettings => ({ lang: s.lang, showTranslation: s.showTranslation }),
    },
  ),
);
