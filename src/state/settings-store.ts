import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type UiLang = 'id' | 'en';

/** Persisted key: never rename without a migration. */
export const SETTINGS_STORAGE_KEY = 'siap-cerdas:settings';

interface SettingsState {
  readonly lang: UiLang;
  setLang(lang: UiLang): void;
}

/**
 * Small UI preferences in localStorage (synchronous, so the first render already has them).
 * Assessments never go here: they live in IndexedDB through storage/.
 */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      lang: 'id',
      setLang: (lang) => set({ lang }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => {
        const p = persisted as { lang?: unknown } | undefined;
        return { lang: p?.lang === 'en' ? 'en' : 'id' } as SettingsState;
      },
      partialize: (s) => ({ lang: s.lang }),
    },
  ),
);
