import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type UiLang = 'id' | 'en';
/** Paper the reports are laid out for: ISO A4 (210 × 297 mm) or F4/Folio (215 × 330 mm). */
export type PaperSize = 'a4' | 'f4';

/** Persisted key: never rename without a migration. */
export const SETTINGS_STORAGE_KEY = 'siap-cerdas:settings';

interface SettingsState {
  readonly lang: UiLang;
  readonly paper: PaperSize;
  /** Show each question's translation under it in the questionnaire ("Tampilkan terjemahan"). */
  readonly showTranslation: boolean;
  setLang(lang: UiLang): void;
  setPaper(paper: PaperSize): void;
  setShowTranslation(show: boolean): void;
}

type PersistedSettings = Pick<SettingsState, 'lang' | 'paper' | 'showTranslation'>;

/**
 * Reads persisted settings of any earlier version: v1 had only `lang`; v2 adds `paper` (A4 for
 * everyone who chose nothing yet) and `showTranslation` (default on, as before the switch existed).
 * Unknown values fall back to the defaults.
 */
function migrateSettings(persisted: unknown): PersistedSettings {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  return {
    lang: p['lang'] === 'en' ? 'en' : 'id',
    paper: p['paper'] === 'f4' ? 'f4' : 'a4',
    showTranslation: p['showTranslation'] !== false,
  };
}

/**
 * UI preferences, persisted in localStorage (the first render needs them synchronously).
 * Assessments never go here: they live in IndexedDB through storage/.
 */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      lang: 'id',
      paper: 'a4',
      showTranslation: true,
      setLang: (lang) => set({ lang }),
      setPaper: (paper) => set({ paper }),
      setShowTranslation: (showTranslation) => set({ showTranslation }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      // 1: { lang }. 2: adds `paper` and `showTranslation`.
      version: 2,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => migrateSettings(persisted) as SettingsState,
      partialize: (s): PersistedSettings => ({ lang: s.lang, paper: s.paper, showTranslation: s.showTranslation }),
    },
  ),
);
